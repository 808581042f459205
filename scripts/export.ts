// `npm run export`: the deck, the student handout and the answer key as PDFs in
// exports/ (names from each entry's `exportFilename`), and the deck's PDF copied
// to public/ so the built site offers it for download (`download:` in slides.md).
import { copyFile, mkdir } from 'node:fs/promises'
import process from 'node:process'
import { exportEntry } from './slidev-export.ts'

const PORT = 4121
const ENTRIES = ['slides.md', 'handout.md', 'answer-key.md']

await mkdir('exports', { recursive: true })
for (const entry of ENTRIES) {
  const started = performance.now()
  const written = await exportEntry(entry, PORT)
  console.log(`${entry} → ${written} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
}
await copyFile('exports/slides.pdf', 'public/slides.pdf')
console.log('exports/slides.pdf → public/slides.pdf (offered for download by the built site)')
// Slidev's dev servers leave file watchers behind; the exporter sets exitCode when a page failed.
process.exit()
