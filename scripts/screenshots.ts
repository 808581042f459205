// `npm run screenshots [dir]`: serves the built deck (dist/ by default) with sirv
// on port 4101 and, in headless Chromium, takes a PNG of every slide at its last
// click into .screenshots/<viewport>/: 1920×1080 and 1280×720 in light and dark,
// and a phone at 390×844 and 844×390 (a practice quiz again with its first answer
// checked: NN-feedback.png). On each slide the page-side probe (layout-probe.js)
// measures overflow, clipping, every run of text (in px of the 980 px canvas) and
// the tap targets, and on a phone the quiz's own page (text in screen px, tap
// targets, width); the rules in logic/deck/legibility.ts judge them (text a student
// reads under 16 px fails, text marked data-small-ok is allowed; on a phone a quiz
// page's text under 16 px, a tap target under 44 px or sideways overflow fails).
// Viewports run three at a time (SCREENSHOT_PARALLEL=n). Also fails when the page
// asks for anything from another host.
// Prints the share of slide text under 16 px and under 20 px (per slide in
// .screenshots/<viewport>/text.json).
// SCREENSHOT_VIEWPORTS=<name>,… runs only the named viewports.
// A full run that passes also copies a few of them into docs/images/ (the cover,
// a diagram in dark mode, a checked quiz on a projector and on a phone), found by
// what their slides hold, so the docs' pictures stay current.
import type { Browser, Page } from 'playwright-chromium'
import type { SlideMeasure, TextSample, Viewport } from '../logic/deck/legibility.ts'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'
import { chromium } from 'playwright-chromium'
import sirv from 'sirv'
import { judge, percent, PROJECTION, textShares } from '../logic/deck/legibility.ts'

const PORT = 4101
const ORIGIN = `http://127.0.0.1:${PORT}`
const root = resolve(process.argv[2] ?? 'dist')
const outDir = resolve('.screenshots')
/** Viewports photographed at once (SCREENSHOT_PARALLEL=n). */
const PARALLEL = Number(process.env.SCREENSHOT_PARALLEL ?? 3)
/** Page-side code (plain JS, evaluated as text so no build helpers leak into it). */
const probe = readFileSync(new URL('./layout-probe.js', import.meta.url), 'utf8')

const allViewports: Viewport[] = [
  { name: '1920x1080', width: 1920, height: 1080, dark: false, kind: 'projection' },
  { name: '1920x1080-dark', width: 1920, height: 1080, dark: true, kind: 'projection' },
  { name: '1280x720', width: 1280, height: 720, dark: false, kind: 'projection' },
  { name: '1280x720-dark', width: 1280, height: 720, dark: true, kind: 'projection' },
  { name: 'phone-390x844', width: 390, height: 844, dark: false, kind: 'phone' },
  { name: 'phone-844x390', width: 844, height: 390, dark: false, kind: 'phone' },
]

/** SCREENSHOT_VIEWPORTS=1920x1080,phone-390x844 limits a run to those viewports (while iterating on a design). */
const only = process.env.SCREENSHOT_VIEWPORTS?.split(',')
const viewports = only ? allViewports.filter(viewport => only.includes(viewport.name)) : allViewports

async function countSlides(page: Page): Promise<number> {
  await page.goto(`${ORIGIN}/#/overview`)
  await page.waitForSelector('[data-slidev-no]', { state: 'attached' })
  return page.$$eval('[data-slidev-no]', els => Math.max(...els.map(el => Number(el.getAttribute('data-slidev-no')))))
}

/** Opens the first quote's citation chip in the deck: the passage must be highlighted in view, Escape must close and return focus. */
async function checkSourceViewer(page: Page, dir: string): Promise<string[]> {
  for (let no = 1; ; no++) {
    await page.goto(`${ORIGIN}/#/${no}?clicks=99`)
    const slide = page.locator(`[data-slidev-no="${no}"]`)
    if (!await slide.count())
      return ['no slide has a quote with a citation to press']
    const button = slide.locator('.evidence-quote button.source-ref').first()
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
      problems.push('focus did not return to the citation')
    return problems
  }
}

/** Waits for web fonts and for running transitions to end (at most 1.5 s), then a frame. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready
    const finite = document.getAnimations().filter(a => a.effect?.getComputedTiming().endTime !== Infinity)
    await Promise.race([Promise.allSettled(finite.map(a => a.finished)), new Promise(done => setTimeout(done, 1500))])
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
}

async function measure(page: Page, no: number, viewport: Viewport): Promise<SlideMeasure> {
  const phone = viewport.kind === 'phone' ? 'measurePhonePage()' : 'null'
  const measured = await page.evaluate(`(() => {\n${probe}\nreturn { layout: findLayoutProblems(${no}), ...measureSlide(${no}), phonePage: ${phone} }\n})()`) as Omit<SlideMeasure, 'no'>
  return { no, ...measured }
}

/** On a practice quiz: picks the first choice (or the second item of a list, or types 1) and checks it. False when there is nothing to check. */
async function giveAnAnswer(page: Page): Promise<boolean> {
  const quiz = page.locator('.pm-quiz:visible').first()
  const check = quiz.getByRole('button', { name: 'Check answer' })
  if (!await quiz.count() || !await check.count())
    return false
  const field = quiz.locator('.pm-question').locator('input[type=radio], input[type=checkbox], select, input[type=text]').first()
  if (!await field.count())
    return false
  const type = await field.evaluate(el => el instanceof HTMLSelectElement ? 'select' : (el as HTMLInputElement).type)
  if (type === 'select')
    await field.selectOption({ index: 1 })
  else if (type === 'text')
    await field.fill('1')
  else // The deck's navigation bar can lie over a control: click it in the page, not at its place.
    await field.evaluate(el => (el as HTMLInputElement).click())
  if (!await check.isEnabled())
    return false
  await check.evaluate(el => (el as HTMLButtonElement).click())
  await quiz.locator('.pm-feedback').first().waitFor()
  return true
}

interface PassResult { problems: string[], text: TextSample[][] }

async function runPass(browser: Browser, viewport: Viewport, foreign: Set<string>): Promise<PassResult> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } })
  await context.addInitScript((dark: boolean) => {
    localStorage.setItem('slidev-color-schema', dark ? 'dark' : 'light')
  }, viewport.dark)
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(ORIGIN) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue()
    foreign.add(url)
    return route.abort()
  })
  const page = await context.newPage()
  const total = await countSlides(page)
  const dir = join(outDir, viewport.name)
  mkdirSync(dir, { recursive: true })
  const problems: string[] = []
  const text: TextSample[][] = []
  for (let no = 1; no <= total; no++) {
    await page.goto(`${ORIGIN}/#/${no}?clicks=99`)
    await page.waitForSelector(`[data-slidev-no="${no}"]`)
    await settle(page)
    const slide = await measure(page, no, viewport)
    problems.push(...judge(slide, viewport))
    text.push(slide.text)
    const name = String(no).padStart(2, '0')
    await page.screenshot({ path: join(dir, `${name}.png`) })
    // A practice quiz is judged again with its feedback open (beside the question on a slide, under it on a phone).
    if (await giveAnAnswer(page)) {
      await settle(page)
      problems.push(...judge(await measure(page, no, viewport), viewport).map(p => `${p} (with feedback)`))
      await page.screenshot({ path: join(dir, `${name}-feedback.png`) })
    }
  }
  if (viewport.kind === 'projection') {
    problems.push(...await checkSourceViewer(page, dir).then(found => found.map(p => `${viewport.name} source viewer: ${p}`)))
    writeFileSync(join(dir, 'text.json'), `${JSON.stringify(text.map((samples, i) => ({ slide: i + 1, ...textShares(samples) })), null, 2)}\n`)
  }
  await context.close()
  console.log(`${viewport.name}: ${total} slides`)
  return { problems, text }
}

/** The projection figures of one pass: the share of all slide text under 16 and 20 px, and the slides with most small text. */
function report(name: string, perSlide: TextSample[][]): void {
  const all = textShares(perSlide.flat())
  const worst = perSlide
    .map((samples, i) => ({ no: i + 1, ...textShares(samples) }))
    .filter(slide => slide.underBody > 0.2)
    .sort((a, b) => b.underBody - a.underBody)
  console.log(`${name}: ${all.chars} characters; under ${PROJECTION.minimum}px: ${percent(all.underMinimum)}; under ${PROJECTION.body}px: ${percent(all.underBody)}`)
  if (worst.length)
    console.log(`  slides with over a fifth of their text under ${PROJECTION.body}px: ${worst.map(s => `${s.no} (${percent(s.underBody)})`).join(', ')}`)
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
  // Viewports run side by side, a few pages at once in one browser (most of a page's time is waiting).
  const results = new Map<string, PassResult>()
  const queue = [...viewports]
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
    for (let viewport = queue.shift(); viewport; viewport = queue.shift())
      results.set(viewport.name, await runPass(browser, viewport, foreign))
  }))
  for (const viewport of viewports) {
    const result = results.get(viewport.name)!
    problems.push(...result.problems)
    if (viewport.name === '1920x1080')
      report(viewport.name, result.text)
  }
}
finally {
  await browser.close()
  server.close()
}
problems.push(...Array.from(foreign, url => `request to another host: ${url}`))
console.log(`Screenshots in ${outDir}`)
if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`)
  process.exit(1)
}
if (!only && process.argv[2] === undefined)
  await copyDocImages()

/** The pictures in the docs: which viewport, which slide (the first whose source holds `marker`), and the file under docs/images/. */
async function copyDocImages(): Promise<void> {
  const pictures = [
    { viewport: '1920x1080', marker: 'layout: cover', suffix: '', file: 'cover.png' },
    { viewport: '1920x1080-dark', marker: '<KeyHolders', suffix: '', file: 'diagram-dark.png' },
    { viewport: '1920x1080', marker: 'routeAlias: quiz-blackberry-pakistan', suffix: '-feedback', file: 'quiz-projector.png' },
    { viewport: 'phone-390x844', marker: 'routeAlias: quiz-blackberry-pakistan', suffix: '-feedback', file: 'quiz-phone.png' },
  ]
  const { slides } = await load({ roots: [process.cwd()], userRoot: process.cwd() }, resolve('slides.md'))
  const docs = resolve('docs/images')
  mkdirSync(docs, { recursive: true })
  for (const { viewport, marker, suffix, file } of pictures) {
    const index = slides.findIndex(slide => slide.source.raw.includes(marker))
    if (index === -1)
      throw new Error(`docs/images/${file}: no slide of slides.md holds "${marker}"`)
    copyFileSync(join(outDir, viewport, `${String(index + 1).padStart(2, '0')}${suffix}.png`), join(docs, file))
  }
  console.log(`docs/images/: ${pictures.map(p => p.file).join(', ')}`)
}
