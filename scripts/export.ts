// `npm run export`: builds the deck into dist/ (what `npm run build` makes) and
// the student handout and answer key into .export-build/, then prints each build
// to PDF in exports/ (names from each entry's `exportFilename`). The deck's PDF
// is copied to dist/ and public/, so the built site, and every later build,
// offers it for download (`download:` in slides.md). Each entry is built once;
// one entry prints while the next builds.
import { copyFile, mkdir, rm } from 'node:fs/promises'
import process from 'node:process'
import { buildDeck, buildEntry, exportBuild } from './slidev-export.ts'

const FIRST_PORT = 4121
const WORK = '.export-build'
/** The deck is built by `npm run build` itself (into dist/); the other entries by `slidev build`. */
const ENTRIES: Array<{ entry: string, outDir: string, build?: () => Promise<void> }> = [
  { entry: 'slides.md', outDir: 'dist', build: buildDeck },
  { entry: 'handout.md', outDir: `${WORK}/handout` },
  { entry: 'answer-key.md', outDir: `${WORK}/answer-key` },
]

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`
}

await rm(WORK, { recursive: true, force: true })
await mkdir('exports', { recursive: true })
/** Each print, settled to the error it failed with (kept, not thrown, while the next entry builds). */
const printed: Promise<Error | undefined>[] = []
for (const [index, { entry, outDir, build }] of ENTRIES.entries()) {
  const started = performance.now()
  await (build ? build() : buildEntry(entry, outDir))
  console.log(`${entry} → ${outDir}/ (built in ${seconds(started)})`)
  const printing = performance.now()
  printed.push(exportBuild(entry, outDir, FIRST_PORT + index).then(
    (written) => {
      console.log(`${entry} → ${written} (printed in ${seconds(printing)})`)
      return undefined
    },
    (error: Error) => error,
  ))
}
const failures = (await Promise.all(printed)).filter(error => error !== undefined)
for (const failure of failures)
  console.error(failure.message)
if (failures.length === 0) {
  await copyFile('exports/slides.pdf', 'dist/slides.pdf')
  await copyFile('exports/slides.pdf', 'public/slides.pdf')
  console.log('exports/slides.pdf → dist/ and public/ (offered for download by the built site)')
  await rm(WORK, { recursive: true, force: true })
}
process.exit(failures.length === 0 ? 0 : 1)
