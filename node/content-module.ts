// The code of the `virtual:content` module. Evidence quotes are verbatim passages
// of the source texts, so the module ships each text once and every quote as
// [start, end] offsets into it, restored when the module loads: the deck gets the
// same Content, for about 5 KiB less gzipped. The keys, repeated in every entry
// of a kind, are written once: each object travels as its shape (the index of its
// list of keys) followed by its values (see withShapes), about 1 KiB less again.
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

/**
 * JSON-able `value` with each object as [shape, ...its values], where `shapes[shape]`
 * lists its keys, and each array as [-1, ...its items] (to tell it from an object).
 */
function withShapes(value: unknown, shapes: string[][], known = new Map<string, number>()): unknown {
  if (Array.isArray(value))
    return [-1, ...value.map(item => withShapes(item, shapes, known))]
  if (value === null || typeof value !== 'object')
    return value
  const keys = Object.keys(value)
  const name = JSON.stringify(keys)
  if (!known.has(name)) {
    known.set(name, shapes.length)
    shapes.push(keys)
  }
  return [known.get(name), ...Object.values(value).map(child => withShapes(child, shapes, known))]
}

/** Runs in the browser: rebuilds the objects and arrays (the inverse of withShapes). */
const UNSHAPE = `function unshape(value) {
  if (!Array.isArray(value)) return value
  const [shape, ...rest] = value
  if (shape < 0) return rest.map(unshape)
  return Object.fromEntries(shapes[shape].map((key, i) => [key, unshape(rest[i])]))
}`

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

/** The content as the browser gets it: the texts apart, no file names of sources (only Node reads the files), no "Ask:" prompts (for the live control page). */
export type BrowserContent = Omit<Content, 'texts' | 'sources' | 'asks'> & { sources: Array<Omit<Source, 'file'>> }

/** `export default` the BrowserContent and `export { texts }`. */
export function contentModuleCode(content: Content): string {
  const { texts, sources, asks: _asks, ...rest } = content
  const browser: BrowserContent = { ...rest, sources: sources.map(({ file: _file, ...source }) => source) }
  const shapes: string[][] = []
  // Through JSON first, so that keys whose value is undefined are left out as before.
  const shaped = withShapes(JSON.parse(JSON.stringify(withOffsets(browser, texts))), shapes)
  return `export const texts = ${JSON.stringify(texts)}
const shapes = ${JSON.stringify(shapes)}
${UNSHAPE}
${RESTORE}
const content = unshape(${JSON.stringify(shaped)})
restore(content)
export default content
`
}
