// Checks that every evidence quote appears verbatim in the source it names.
// When it does not, says where it stops matching, or which character differs
// (a no-break space, a curly quote, a dash), so an author can fix it quickly.
import type { Evidence } from './common.ts'
import type { FieldProblem } from './errors.ts'

/** The source texts by id. */
export type SourceTexts = ReadonlyMap<string, string>

function longestMatchingPrefix(quote: string, text: string): number {
  let low = 0
  let high = quote.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (text.includes(quote.slice(0, mid)))
      low = mid
    else
      high = mid - 1
  }
  return low
}

const LOOSE_CLASSES: Array<[RegExp, string]> = [
  [/\s/, '[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]'],
  [/['\u2018\u2019\u201A\u201B\u2032`\u00B4]/, '[\'\\u2018\\u2019\\u201A\\u201B\\u2032`\\u00B4]'],
  [/["\u201C-\u201F\u2033\u00AB\u00BB]/, '["\\u201C-\\u201F\\u2033\\u00AB\\u00BB]'],
  [/[-\u2010-\u2015\u2212]/, '[-\\u2010-\\u2015\\u2212]'],
]

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g

/** A pattern matching the quote with any kind of space, quote mark or dash. */
function loosePattern(quote: string): RegExp {
  const parts = Array.from(quote, char => LOOSE_CLASSES.find(([test]) => test.test(char))?.[1] ?? char.replace(REGEX_SPECIAL, '\\$&'))
  return new RegExp(parts.join(''), 'u')
}

function describeChar(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  return char === '\u00A0' ? `a no-break space (${code})` : `"${char}" (${code})`
}

/** Undefined when `quote` is in `text` verbatim; otherwise what is wrong, with a hint. */
export function checkQuote(quote: string, source: string, text: string): string | undefined {
  if (text.includes(quote))
    return undefined
  const loose = loosePattern(quote).exec(text)?.[0]
  if (loose) {
    const chars = [...quote]
    const found = [...loose]
    const at = chars.findIndex((char, i) => char !== found[i])
    const before = chars.slice(Math.max(0, at - 20), at).join('')
    return `not found verbatim in source "${source}": after "${before}" the document has ${describeChar(found[at] ?? '')} where the quote has ${describeChar(chars[at] ?? '')}; copy the passage from the document exactly`
  }
  const matched = longestMatchingPrefix(quote, text)
  if (matched < 12)
    return `not found verbatim in source "${source}"`
  const tail = quote.slice(Math.max(0, matched - 30), matched)
  return `not found verbatim in source "${source}": it matches up to "…${tail}" and then differs`
}

export function checkEvidence(evidence: readonly Evidence[], texts: SourceTexts): FieldProblem[] {
  return evidence.flatMap((entry, i): FieldProblem[] => {
    const text = texts.get(entry.source)
    if (text === undefined)
      return [{ path: ['evidence', i, 'source'], message: `unknown source "${entry.source}" (known: ${[...texts.keys()].join(', ')})` }]
    const problem = checkQuote(entry.quote, entry.source, text)
    return problem ? [{ path: ['evidence', i, 'quote'], message: problem }] : []
  })
}

/** Every `evidence` list inside a value, with its path, for data files of any shape. */
export function findEvidence(value: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>, evidence: Evidence[] }> {
  if (Array.isArray(value))
    return value.flatMap((item, i) => findEvidence(item, [...path, i]))
  if (value === null || typeof value !== 'object')
    return []
  const found: Array<{ path: Array<string | number>, evidence: Evidence[] }> = []
  for (const [key, child] of Object.entries(value)) {
    if (key === 'evidence' && Array.isArray(child))
      found.push({ path, evidence: child as Evidence[] })
    else
      found.push(...findEvidence(child, [...path, key]))
  }
  return found
}
