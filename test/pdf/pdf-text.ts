// Reads an exported PDF back with poppler (pdftotext, pdfinfo), the way a
// reader's copy-and-paste would see it.
import { execFileSync } from 'node:child_process'
import process from 'node:process'
import { readContent } from '../../node/read-content.ts'

const WHITESPACE = /\s+/g
const PAGES = /^Pages:\s+(\d+)/m

/** Drops all whitespace, no-break spaces included: a PDF's line breaks fall anywhere. */
export function squash(text: string): string {
  return text.replace(WHITESPACE, '')
}

/** The PDF's text in drawing order (`-raw`: columns are not interleaved), squashed. */
export function pdfText(path: string): string {
  return squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }))
}

/** One page's text (1-based), squashed. */
export function pdfPageText(path: string, page: number): string {
  return squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' }))
}

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return Number(PAGES.exec(info)?.[1])
}

/** The validated content on disk, as the exports were made from it. */
export function loadContent() {
  const result = readContent(process.cwd())
  if (!result.ok)
    throw new Error('The content does not validate: run `npm run validate`.')
  return result.value
}
