// Exports one Slidev entry to PDF with Slidev's own exporter and Debian's
// Chromium, serving the entry on a port given by the caller: `slidev export`
// always picks port 12445, outside the ports this project may use.
import { execFileSync } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium } from 'playwright-chromium'

export const CHROMIUM = '/usr/bin/chromium'
const EXPORTER_CHUNK = /^export-[\w-]+\.mjs$/
/** What Slidev shows while a slide's code loads (internals/SlideLoading.vue). */
const PLACEHOLDER = 'Loading slide...'

/** The part of Slidev's exporter module (dist/export-<hash>.mjs) used here. */
interface SlidevExporter {
  getExportOptions: (args: { entry: string, executablePath: string, timeout: number, output?: string }, options: unknown) => Record<string, unknown>
  exportSlides: (options: Record<string, unknown> & { port: number }) => Promise<string>
}

/** Slidev's exporter is not in its package exports: it is a chunk of @slidev/cli's dist/. */
async function loadExporter(): Promise<SlidevExporter> {
  const dist = new URL('.', import.meta.resolve('@slidev/cli'))
  const file = (await readdir(dist)).find(name => EXPORTER_CHUNK.test(name))
  if (!file)
    throw new Error(`Slidev's exporter (export-*.mjs) is not in ${dist.pathname}: has @slidev/cli changed its layout?`)
  return import(new URL(file, dist).href) as Promise<SlidevExporter>
}

export interface ExportOptions {
  /** Where to write, without ".pdf"; defaults to the entry's `exportFilename`. */
  output?: string
  /** Vite's dependency cache; defaults to one of the export's own beside the project's. */
  cacheDir?: string
}

async function exportOnce(entry: string, port: number, { output, cacheDir = 'node_modules/.vite-export' }: ExportOptions): Promise<string> {
  const { exportSlides, getExportOptions } = await loadExporter()
  const options = await resolveOptions({ entry }, 'export')
  const server = await createServer(options, {
    server: { port, strictPort: true },
    // A cache of its own, so a dev server running beside the export never re-optimises under it.
    cacheDir,
    clearScreen: false,
    logLevel: 'warn',
  })
  try {
    await server.listen(port)
    await warmUp(port, options.data.config.routerMode)
    const args = { entry, executablePath: CHROMIUM, timeout: 120_000, ...(output === undefined ? {} : { output }) }
    return await exportSlides({ port, ...getExportOptions(args, options) })
  }
  finally {
    await server.close()
  }
}

/**
 * Opens the print page once and waits, with a generous timeout, until it shows.
 * On a fresh clone Vite optimises dependencies on the first visit and reloads
 * the page, which can take longer than the 30 s Slidev's exporter waits for it.
 */
async function warmUp(port: number, routerMode: unknown): Promise<void> {
  const url = routerMode === 'hash' ? `http://localhost:${port}/?print=true#print` : `http://localhost:${port}/print?print=true`
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] })
  try {
    const page = await browser.newPage()
    await page.goto(url, { waitUntil: 'networkidle', timeout: 300_000 })
    await page.locator('#print-content .print-slide-container').first().waitFor({ timeout: 300_000 })
    await page.waitForLoadState('networkidle', { timeout: 300_000 })
  }
  finally {
    await browser.close()
  }
}

/**
 * Renders `entry` (e.g. "handout.md") to a PDF and returns the path written. Slides
 * print at their last click, in a fresh browser profile. On a cold dependency
 * cache Vite may reload the page while it prints, leaving it blank or with a
 * slide still loading: such a PDF is made once more, with the cache now warm.
 */
export async function exportEntry(entry: string, port: number, options: ExportOptions = {}): Promise<string> {
  let written: string
  try {
    written = await exportOnce(entry, port, options)
  }
  catch (error) {
    console.warn(`Exporting ${entry} failed (${(error as Error).message.split('\n')[0]}); exporting it again.`)
    return exportOnce(entry, port, options)
  }
  const text = execFileSync('pdftotext', [written, '-'], { encoding: 'utf8' })
  if (text.trim() !== '' && !text.includes(PLACEHOLDER))
    return written
  console.warn(`${written} was printed before its slides had loaded; exporting ${entry} again.`)
  return exportOnce(entry, port, options)
}
