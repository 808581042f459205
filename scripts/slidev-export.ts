// Builds a Slidev entry and prints it to PDF with Slidev's own exporter and
// Debian's Chromium, from the static build (as Slidev's `download: true` does)
// rather than a dev server: a dev server optimises dependencies on the first
// visit and reloads the page while the exporter waits for it, which on a cold
// cache left the print page blank until a timeout ran out. A static build has
// every chunk on disk, so the print page shows at once or the export fails
// within seconds, saying what it waited for.
import type { Server } from 'node:http'
import { execFile, execFileSync } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { resolveOptions } from '@slidev/cli'
import sirv from 'sirv'

export const CHROMIUM = '/usr/bin/chromium'
const EXPORTER_CHUNK = /^export-[\w-]+\.mjs$/
/** What Slidev shows while a slide's code loads (internals/SlideLoading.vue). */
const PLACEHOLDER = 'Loading slide...'
/** How long the exporter waits for the print page and each slide: a static build shows them in well under a second. */
const WAIT_MS = 20_000
const SLIDEV = resolve('node_modules/.bin/slidev')

/** The part of Slidev's exporter module (dist/export-<hash>.mjs) used here. */
interface SlidevExporter {
  getExportOptions: (args: { entry: string, executablePath: string, timeout: number, output?: string }, options: unknown) => Record<string, unknown>
  exportSlides: (options: Record<string, unknown> & { port: number, base: string }) => Promise<string>
}

/** Slidev's exporter is not in its package exports: it is a chunk of @slidev/cli's dist/. */
async function loadExporter(): Promise<SlidevExporter> {
  const dist = new URL('.', import.meta.resolve('@slidev/cli'))
  const file = (await readdir(dist)).find(name => EXPORTER_CHUNK.test(name))
  if (!file)
    throw new Error(`Slidev's exporter (export-*.mjs) is not in ${dist.pathname}: has @slidev/cli changed its layout?`)
  return import(new URL(file, dist).href) as Promise<SlidevExporter>
}

/** Runs `command` to the end; what it printed is shown only when it fails. */
async function quietly(what: string, command: string, args: string[]): Promise<void> {
  try {
    await promisify(execFile)(command, args, { maxBuffer: 64 * 1024 * 1024 })
  }
  catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string, stderr?: string }
    throw new Error(`${what} failed:\n${stdout}${stderr}`)
  }
}

/** `slidev build <entry> --out <outDir>`, run from the project's folder. */
export function buildEntry(entry: string, outDir: string): Promise<void> {
  return quietly(`Building ${entry} into ${outDir}`, SLIDEV, ['build', entry, '--out', outDir])
}

/** `npm run build`: the deck into dist/, exactly as a lecturer builds it. */
export function buildDeck(): Promise<void> {
  return quietly('npm run build', 'npm', ['run', 'build'])
}

async function serve(dir: string, port: number): Promise<Server> {
  const server = createServer(sirv(dir, { single: true, dev: true }))
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, 'localhost', done)
  })
  return server
}

export interface ExportOptions {
  /** Where to write, without ".pdf"; defaults to the entry's `exportFilename`. */
  output?: string
}

/**
 * Prints the build of `entry` found in `buildDir` to a PDF and returns the path
 * written. Slides print at their last click. Throws, naming what it waited for,
 * when the print page or a slide does not show within a few seconds.
 */
export async function exportBuild(entry: string, buildDir: string, port: number, { output }: ExportOptions = {}): Promise<string> {
  const { exportSlides, getExportOptions } = await loadExporter()
  const options = await resolveOptions({ entry }, 'build')
  const server = await serve(buildDir, port)
  let written: string
  try {
    const args = { entry, executablePath: CHROMIUM, timeout: WAIT_MS, ...(output === undefined ? {} : { output }) }
    written = await exportSlides({ port, base: '/', ...getExportOptions(args, options) })
  }
  catch (error) {
    throw new Error(`Exporting ${entry} from ${buildDir}: the print page (http://localhost:${port}/#/print) did not show its slides within ${WAIT_MS / 1000} s: ${(error as Error).message.split('\n')[0]}`)
  }
  finally {
    await new Promise(done => server.close(done))
  }
  const text = execFileSync('pdftotext', [written, '-'], { encoding: 'utf8' })
  if (text.trim() === '' || text.includes(PLACEHOLDER))
    throw new Error(`Exporting ${entry}: ${written} was printed before its slides had loaded (it ${text.trim() === '' ? 'is blank' : `shows "${PLACEHOLDER}"`}).`)
  return written
}
