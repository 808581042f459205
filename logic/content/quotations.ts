// Quotations shown to students must be the documents' words: every passage
// between double quotation marks in slide text, speaker notes and the data
// fields the slides show is checked against the documents, after folding
// typographic quotes, dashes and spaces. An ellipsis ("…") may join fragments,
// "[sic]" may mark a kept typo, and the first letter may change case. Words in
// quotation marks that are not the documents' (the presenter's questions after
// "Ask:", hypothetical speech) are written as <q>…</q>, which this check skips.

/** A quotation and the documents it may come from (all of them when `sources` is empty). */
export interface ShownQuotation {
  /** `slides.md:120`, or the field's path in a data file. */
  where: string
  path?: Array<string | number>
  /** On a slide, words that are not the documents' can be written as <q>…</q> instead. */
  onSlide?: boolean
  quotation: string
  sources: readonly string[]
}

const QUOTATION = /“([^“”]+)”|"([^"\n]+)"/g
const HTML_COMMENT_MARKS = /<!--|-->/g
const TAG = /<\/?[A-Z][^>]*>/gi
const CODE = /`[^`\n]*`/g
const Q_ELEMENT = /<q\b[^>]*>[\s\S]*?<\/q>/gi
const PRESENTER_QUESTION = /Ask:\s*$/
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const DASHES = /[\u2010-\u2015\u2212]/g
const SPACES = /[\s\u200B]+/g
const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/
const SIC = /\s*\[sic\]/g
const TRAILING_PUNCTUATION = /[,.;:]$/

function fold(text: string): string {
  return text.replace(SINGLE_QUOTES, '\'').replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(SPACES, ' ')
}

/** The visible text of a Markdown chunk: tags and code removed, notes kept, <q> elements dropped. */
export function visibleText(markdown: string): string {
  return markdown.replace(Q_ELEMENT, ' ').replace(HTML_COMMENT_MARKS, ' ').replace(CODE, ' ').replace(TAG, ' ')
}

/** Every passage between double quotation marks, except the presenter's questions after "Ask:". */
export function quotationsIn(text: string): string[] {
  return Array.from(text.matchAll(QUOTATION))
    .filter(match => !PRESENTER_QUESTION.test(text.slice(Math.max(0, match.index - 8), match.index)))
    .map(match => (match[1] ?? match[2] ?? '').trim())
    .filter(quotation => quotation !== '')
}

function inText(fragment: string, text: string): boolean {
  if (text.includes(fragment))
    return true
  const first = fragment.charAt(0)
  const swapped = (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + fragment.slice(1)
  return text.includes(swapped)
}

/** Whether `quotation` is the words of one of the documents, fragment by fragment. */
export function isVerbatim(quotation: string, documents: readonly string[]): boolean {
  const folded = documents.map(fold)
  const fragments = fold(quotation).replace(SIC, '').split(ELLIPSIS).map(f => f.trim()).filter(f => f !== '')
  return folded.some(text => fragments.every(fragment => inText(fragment, text) || inText(fragment.replace(TRAILING_PUNCTUATION, ''), text)))
}

/** Undefined when the quotation is verbatim in one of its documents; otherwise what is wrong. */
export function checkQuotation({ quotation, sources, onSlide }: ShownQuotation, texts: ReadonlyMap<string, string>): string | undefined {
  const ids = sources.length ? sources.filter(id => texts.has(id)) : [...texts.keys()]
  const fix = onSlide ? 'quote exactly, or write words that are not the documents\' as <q>…</q>' : 'quote exactly, or reword without quotation marks'
  return isVerbatim(quotation, ids.map(id => texts.get(id) ?? ''))
    ? undefined
    : `"${quotation}" is not verbatim in ${sources.length ? ids.join(' or ') : 'any document'} (${fix})`
}

/** `where: what is wrong` for each quotation that is not verbatim. */
export function checkQuotations(shown: readonly ShownQuotation[], texts: ReadonlyMap<string, string>): string[] {
  return shown.flatMap((item) => {
    const problem = checkQuotation(item, texts)
    return problem ? [`${item.where}: ${problem}`] : []
  })
}

const SLIDE_SEPARATOR = /^---[ \t]*$/m

/** The quotations on each slide of a Markdown deck, each checked against the documents the slide cites. */
export function slideQuotations(file: string, markdown: string, sourceIds: readonly string[]): ShownQuotation[] {
  const chunks = markdown.split(SLIDE_SEPARATOR)
  let line = 1
  return chunks.flatMap((chunk) => {
    const start = line
    line += chunk.split('\n').length
    const cited = sourceIds.filter(id => chunk.includes(id))
    return quotationsIn(visibleText(chunk)).map(quotation => ({ where: `${file}:${start}`, onSlide: true, quotation, sources: cited }))
  })
}

/**
 * The quotations in every text field of a data file, each to be checked against
 * the documents of its own entry's evidence (any document when it has none).
 */
export function dataQuotations(value: unknown, path: Array<string | number> = [], sources: readonly string[] = []): ShownQuotation[] {
  if (typeof value === 'string')
    return quotationsIn(value).map(quotation => ({ where: path.join('.'), path, quotation, sources }))
  if (Array.isArray(value))
    return value.flatMap((item, i) => dataQuotations(item, [...path, i], sources))
  if (value === null || typeof value !== 'object')
    return []
  const record = value as Record<string, unknown>
  const evidence = Array.isArray(record.evidence) ? (record.evidence as Array<{ source?: unknown }>) : undefined
  const own = evidence ? [...new Set(evidence.map(e => String(e.source)))] : sources
  return Object.entries(record)
    .filter(([key]) => key !== 'evidence' && key !== 'names')
    .flatMap(([key, child]) => dataQuotations(child, [...path, key], own))
}
