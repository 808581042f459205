// `npm run bench`: what this module costs against a plain Slidev deck made from
// the same slide text without its components and quizzes (generated into a
// temporary folder). Prints this/plain ratios against the budget in docs/checks.md
// and exits 3 when a budget is exceeded (1 when the bench itself fails).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join, resolve } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { markAttempt } from '../logic/marking/attempt.ts'
import { readContent } from '../node/read-content.ts'
import { randomAttempts } from './bench/attempts.ts'
import { firstSlideMs } from './bench/first-slide.ts'
import { plainDeck } from './bench/plain-deck.ts'
import { exportBuild } from './slidev-export.ts'

const EXPORT_PORT = 4121
/** The two builds are served on this port and the next. */
const SERVE_PORT = 4124
const LOADS = 7
/** The exit code for a budget exceeded, apart from 1 for a bench that could not run. */
const OVER_BUDGET = 3
const ATTEMPTS = 10_000
const root = process.cwd()
const work = mkdtempSync(join(tmpdir(), 'privacy-module-bench-'))

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

/** A component's tag is its file name: Slidev registers every .vue under components/. */
function componentNames(): Set<string> {
  return new Set(files(join(root, 'components')).filter(f => f.endsWith('.vue')).map(f => basename(f, '.vue')))
}

function makePlainDeck(): string {
  const dir = join(work, 'plain')
  mkdirSync(join(dir, 'public'), { recursive: true })
  writeFileSync(join(dir, 'slides.md'), plainDeck(readFileSync(join(root, 'slides.md'), 'utf8'), componentNames()))
  copyFileSync(join(root, 'public/favicon.svg'), join(dir, 'public/favicon.svg'))
  // As in this project's vite.config.ts: lightningcss rejects a token in Slidev's own CSS,
  // and the print route is kept in the build, which the PDF is printed from.
  writeFileSync(join(dir, 'vite.config.ts'), `import { printRoutePlugin } from ${JSON.stringify(join(root, 'node/vite-plugin-print-route.ts'))}
export default { build: { cssMinify: false }, plugins: [printRoutePlugin()] }
`)
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  return join(dir, 'slides.md')
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000
}

function build(entry: string, out: string): number {
  const started = performance.now()
  execFileSync(join(root, 'node_modules/.bin/slidev'), ['build', entry, '--out', out], { cwd: resolve(entry, '..'), stdio: 'ignore' })
  return seconds(started)
}

/** Gzipped bytes of every .js and .css file of a build. */
function gzippedAssets(out: string): number {
  return files(out)
    .filter(f => ['.js', '.css', '.mjs'].includes(extname(f)))
    .reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0)
}

/** Seconds to print a deck's build to PDF, as `npm run export` does after building it. */
async function printTime(entry: string, build: string, name: string): Promise<number> {
  const started = performance.now()
  await exportBuild(entry, build, EXPORT_PORT, { output: join(work, name) })
  return seconds(started)
}

function markingMs(): number {
  const content = readContent(root)
  if (!content.ok)
    throw new Error('The content does not validate: run `npm run validate`.')
  const attempts = randomAttempts(content.value.quizzes, ATTEMPTS)
  const started = performance.now()
  for (const { quiz, answers } of attempts)
    markAttempt(quiz.questions, answers, quiz.passMark)
  return performance.now() - started
}

interface Row { measure: string, ours: number, plain: number, unit: string, budget?: number }

function table(rows: Row[]): boolean {
  let within = true
  console.log('| measure | this deck | plain Slidev | this/plain | budget |')
  console.log('| --- | --- | --- | --- | --- |')
  for (const row of rows) {
    const ratio = row.ours / row.plain
    const ok = row.budget === undefined || ratio <= row.budget
    within &&= ok
    const budget = row.budget === undefined ? '–' : `≤ ${row.budget.toFixed(2)}× ${ok ? 'ok' : 'OVER'}`
    console.log(`| ${row.measure} | ${row.ours.toFixed(1)} ${row.unit} | ${row.plain.toFixed(1)} ${row.unit} | ${ratio.toFixed(3)}× | ${budget} |`)
  }
  return within
}

try {
  const plain = makePlainDeck()
  const ours = join(root, 'slides.md')
  const out = { ours: join(work, 'dist-ours'), plain: join(work, 'dist-plain') }
  console.error('Building both decks …')
  const buildTime = { ours: build(ours, out.ours), plain: build(plain, out.plain) }
  const bytes = { ours: gzippedAssets(out.ours) / 1024, plain: gzippedAssets(out.plain) / 1024 }
  console.error(`Loading the first slide ${LOADS} times each …`)
  const firstSlide = await firstSlideMs(out, SERVE_PORT, LOADS)
  console.error('Exporting both decks to PDF …')
  const pdf = {
    ours: buildTime.ours + await printTime(ours, out.ours, 'ours'),
    plain: buildTime.plain + await printTime(plain, out.plain, 'plain'),
  }
  const marking = markingMs()

  const within = table([
    { measure: 'build time', ...buildTime, unit: 's' },
    { measure: 'JS + CSS, gzipped', ...bytes, unit: 'KiB', budget: 1.25 },
    { measure: `first slide (median of ${LOADS})`, ...firstSlide, unit: 'ms', budget: 1.25 },
    { measure: 'PDF export of the slides (build, then print)', ...pdf, unit: 's', budget: 2 },
  ])
  const markingOk = marking < 1000
  console.log(`\nMarking ${ATTEMPTS.toLocaleString('en-GB')} full attempts: ${marking.toFixed(0)} ms (budget < 1000 ms ${markingOk ? 'ok' : 'OVER'})`)
  process.exitCode = within && markingOk ? 0 : OVER_BUDGET
}
finally {
  rmSync(work, { recursive: true, force: true })
}
// Slidev's dev servers leave file watchers behind.
process.exit()
