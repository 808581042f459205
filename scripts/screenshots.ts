// `npm run screenshots [dir]`: serves the built deck (dist/ by default) with sirv
// on port 4101 and, in headless Chromium, takes a PNG of every slide at its last
// click into .screenshots/<pass>/ — 1920×1080 light, 1024×768 light and 1920×1080
// dark. Fails with a list when an element overflows its slide or is clipped, or
// when the page asks for anything from another host.
import type { Browser, Page } from 'playwright-chromium'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import sirv from 'sirv'

const PORT = 4101
const ORIGIN = `http://127.0.0.1:${PORT}`
const root = resolve(process.argv[2] ?? 'dist')
const outDir = resolve('.screenshots')
/** Page-side code (plain JS, evaluated as text so no build helpers leak into it). */
const probe = readFileSync(new URL('./layout-probe.js', import.meta.url), 'utf8')

interface Pass { name: string, width: number, height: number, dark: boolean }
const passes: Pass[] = [
  { name: '1920x1080', width: 1920, height: 1080, dark: false },
  { name: '1024x768', width: 1024, height: 768, dark: false },
  { name: '1920x1080-dark', width: 1920, height: 1080, dark: true },
]

async function countSlides(page: Page): Promise<number> {
  await page.goto(`${ORIGIN}/#/overview`)
  await page.waitForSelector('[data-slidev-no]', { state: 'attached' })
  return page.$$eval('[data-slidev-no]', els => Math.max(...els.map(el => Number(el.getAttribute('data-slidev-no')))))
}

/** Opens the first quote's "Read in context" in the deck: the passage must be highlighted in view, Escape must close and return focus. */
async function checkSourceViewer(page: Page, dir: string): Promise<string[]> {
  for (let no = 1; ; no++) {
    await page.goto(`${ORIGIN}/#/${no}?clicks=99`)
    const slide = page.locator(`[data-slidev-no="${no}"]`)
    if (!await slide.count())
      return ['no slide has a "Read in context" button']
    const button = slide.locator('button.read-in-context').first()
    if (!await button.count())
      continue
    await button.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    await dialog.locator('mark').waitFor()
    await page.waitForTimeout(300)
    const problems: string[] = []
    if (!await dialog.locator('mark').isVisible())
      problems.push('the highlighted passage is not visible')
    await page.screenshot({ path: join(dir, 'source-viewer.png') })
    await page.keyboard.press('Escape')
    if (await dialog.count())
      problems.push('Escape did not close the viewer')
    if (!await button.evaluate(el => el === document.activeElement))
      problems.push('focus did not return to "Read in context"')
    return problems
  }
}

async function runPass(browser: Browser, pass: Pass, foreign: Set<string>): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: pass.width, height: pass.height } })
  await context.addInitScript((dark: boolean) => {
    localStorage.setItem('slidev-color-schema', dark ? 'dark' : 'light')
  }, pass.dark)
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(ORIGIN) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    foreign.add(url)
    return route.abort()
  })
  const page = await context.newPage()
  const total = await countSlides(page)
  const dir = join(outDir, pass.name)
  mkdirSync(dir, { recursive: true })
  const problems: string[] = []
  for (let no = 1; no <= total; no++) {
    await page.goto(`${ORIGIN}/#/${no}?clicks=99`)
    await page.waitForSelector(`[data-slidev-no="${no}"]`)
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(700)
    for (const problem of await page.evaluate(`(() => {\n${probe}\nreturn findLayoutProblems(${no})\n})()`) as string[])
      problems.push(`${pass.name} slide ${no}: ${problem}`)
    await page.screenshot({ path: join(dir, `${String(no).padStart(2, '0')}.png`) })
  }
  problems.push(...await checkSourceViewer(page, dir).then(found => found.map(p => `${pass.name} source viewer: ${p}`)))
  await context.close()
  console.log(`${pass.name}: ${total} slides`)
  return problems
}

const server = createServer(sirv(root, { dev: false, etag: true })).listen(PORT, '127.0.0.1')
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
})
rmSync(outDir, { recursive: true, force: true })
const foreign = new Set<string>()
const problems: string[] = []
try {
  for (const pass of passes)
    problems.push(...await runPass(browser, pass, foreign))
}
finally {
  await browser.close()
  server.close()
}
problems.push(...Array.from(foreign, url => `request to another host: ${url}`))
console.log(`Screenshots in ${outDir}`)
if (problems.length) {
  console.error(`\n${problems.length} layout problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`)
  process.exit(1)
}
