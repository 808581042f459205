// Finds the citations written into slide Markdown (<EvidenceQuote source quote>,
// <SourceRef source quote>) and checks them against the source texts, so a test
// fails when a slide names an unknown source or misquotes one, or labels a
// quote with a voice its document does not give it.
import type { SourceTexts } from '../content/evidence.ts'
import { isQuotation } from '../content/attribution.ts'
import { checkQuote } from '../content/evidence.ts'

export interface SlideCitation {
  file: string
  line: number
  component: string
  source?: string
  quote?: string
  voice?: string
}

const TAG = /<(EvidenceQuote|SourceRef)\b([^>]*?)\/?>/g
const ATTRIBUTE = /(:?[\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** Every citation component with literal attributes in a Markdown file. */
export function findCitations(file: string, markdown: string): SlideCitation[] {
  return Array.from(markdown.matchAll(TAG), (tag) => {
    const attributes = new Map(Array.from((tag[2] ?? '').matchAll(ATTRIBUTE), a => [a[1] ?? '', a[2] ?? a[3] ?? '']))
    return {
      file,
      line: markdown.slice(0, tag.index).split('\n').length,
      component: tag[1] ?? '',
      source: attributes.get('source'),
      quote: attributes.get('quote'),
      voice: attributes.get('voice'),
    }
  })
}

/** What is wrong with each citation, as `file:line: message`; empty when all are sound. */
export function checkCitations(citations: readonly SlideCitation[], texts: SourceTexts): string[] {
  return citations.flatMap((citation) => {
    const where = `${citation.file}:${citation.line}: <${citation.component}>`
    if (!citation.source)
      return [`${where} has no literal source="…"`]
    const text = texts.get(citation.source)
    if (text === undefined)
      return [`${where} names unknown source "${citation.source}"`]
    if (citation.component === 'EvidenceQuote' && !citation.quote)
      return [`${where} has no literal quote="…"`]
    const problem = citation.quote ? checkQuote(citation.quote, citation.source, text) : undefined
    return problem ? [`${where}: ${problem}`] : []
  })
}

/**
 * What is wrong with each quote's voice label, given each document's writer's
 * voice: a passage in the writer's own words (their paraphrases included) takes
 * the writer's voice; a passage the document quotes (in quotation marks, or set
 * off after a colon) is someone else's and must not.
 */
export function checkCitationVoices(citations: readonly SlideCitation[], texts: SourceTexts, writerVoices: ReadonlyMap<string, string>): string[] {
  return citations.flatMap((citation) => {
    const text = citation.source === undefined ? undefined : texts.get(citation.source)
    const writer = citation.source === undefined ? undefined : writerVoices.get(citation.source)
    if (!citation.voice || !citation.quote || text === undefined || writer === undefined || !text.includes(citation.quote))
      return []
    const where = `${citation.file}:${citation.line}: <${citation.component}> voice="${citation.voice}"`
    if (isQuotation(text, citation.quote))
      return citation.voice === writer ? [`${where}: the document quotes this passage, so it is not its writer's (${writer}) words`] : []
    return citation.voice === writer ? [] : [`${where}: the passage is in the words of the document's writer, so its voice is "${writer}"`]
  })
}
