// Splits a document around a quoted passage so the viewer can highlight it.

export interface Passage {
  before: string
  match: string
  after: string
}

/** The text split at the first verbatim occurrence of `quote`; undefined when absent. */
export function findPassage(text: string, quote: string): Passage | undefined {
  const at = quote ? text.indexOf(quote) : -1
  if (at < 0)
    return undefined
  return { before: text.slice(0, at), match: quote, after: text.slice(at + quote.length) }
}
