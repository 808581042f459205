// Before the PDF checks: runs `npm run export` when a PDF is missing or older
// than anything it is made from, so the checks never read a stale export.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const PDFS = ['exports/slides.pdf', 'exports/handout.pdf', 'exports/answer-key.pdf']
const SOURCES = ['slides.md', 'handout.md', 'answer-key.md', 'global-top.vue', 'components', 'composables', 'stores', 'logic', 'setup', 'styles', 'data', 'quizzes']

function newest(path: string): number {
  if (!existsSync(path))
    return 0
  const stat = statSync(path)
  if (!stat.isDirectory())
    return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map(name => newest(join(path, name))))
}

export default function setup(): void {
  const made = Math.min(...PDFS.map(pdf => existsSync(pdf) ? statSync(pdf).mtimeMs : 0))
  if (made > Math.max(...SOURCES.map(newest)))
    return
  console.warn('The PDFs are missing or older than their sources: running `npm run export` first.')
  execFileSync('npm', ['run', 'export'], { stdio: 'inherit' })
}
