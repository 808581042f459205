// The code of the `virtual:content` module. Evidence quotes are verbatim passages
// of the source texts, so the module ships each text once and every quote as
// [start, end] offsets into it, restored when the module loads: the deck gets the
// same Content, for about 5 KiB less gzipped.
import type { Source } from '../logic/content/catalogue.ts'
import type { Content } from '../logic/content/compile.ts'
import { findEvidence } from '../logic/content/evidence.ts'

/** A copy of the content with every `evidence` entry's quote replaced by its offsets in the source text. */
function withOffsets<T>(value: T, texts: Readonly<Record<string, string>>): T {
  const copy = structuredClone(value)
  for (const { evidence } of findEvidence(copy)) {
    const entries: unknown[] = evidence
    evidence.forEach(({ quote, ...rest }, i) => {
      const start = texts[rest.source]?.indexOf(quote) ?? -1
      if (start < 0)
        throw new Error(`Evidence quote not in source "${rest.source}": ${quote}`)
      entries[i] = { ...rest, at: [start, start + quote.length] }
    })
  }
  return copy
}

/** Runs in the browser: puts the quotes back (the inverse of withOffsets). */
const RESTORE = `function restore(value) {
  if (Array.isArray(value)) return value.forEach(restore)
  if (value === null || typeof value !== 'object') return
  for (const [key, child] of Object.entries(value)) {
    if (key === 'evidence' && Array.isArray(child)) {
      for (const entry of child) {
        entry.quote = texts[entry.source].slice(entry.at[0], entry.at[1])
        delete entry.at
      }
    }
    else restore(child)
  }
}`

/** The content as the browser gets it: the texts apart, and no file names of sources (only Node reads the files). */
export type BrowserContent = Omit<Content, 'texts' | 'sources'> & { sources: Array<Omit<Source, 'file'>> }

/** `export default` the BrowserContent and `export { texts }`. */
export function contentModuleCode(content: Content): string {
  const { texts, sources, ...rest } = content
  const browser: BrowserContent = { ...rest, sources: sources.map(({ file: _file, ...source }) => source) }
  return `export const texts = ${JSON.stringify(texts)}
const content = ${JSON.stringify(withOffsets(browser, texts))}
${RESTORE}
restore(content)
export default content
`
}
