// Live polls in Chromium against the real live server on 127.0.0.1:4209: on a 320 px phone a student answers the
// opinion scale and a word cloud by keyboard alone (44 px targets, nothing wider than the screen); the projector shows
// the word cloud's results only once shown; the control page's Polls panel; no serious axe violations, light or dark.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { LiveServer } from '../../node/live/server.ts'
import type { TestClient } from '../live/helpers.ts'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLiveServer } from '../../node/live/server.ts'
import { launch, tabTo, watchPage } from '../e2e/browser.ts'
import { content, joinLecturer } from '../live/helpers.ts'

const PORT = 4209
const ORIGIN = `http://127.0.0.1:${PORT}`
/** Set LIVEPOLLS_SHOTS to a folder to keep screenshots of each page. */
const SHOTS = process.env.LIVEPOLLS_SHOTS

let dir: string
let server: LiveServer
let lecturer: TestClient
let browser: Browser
let context: BrowserContext
let page: Page
let errors: string[] = []

async function seriousViolations(on: Page = page) {
  const results = await new AxeBuilder({ page: on }).analyze()
  return results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
}

async function shot(on: Page, name: string) {
  if (SHOTS)
    await on.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
}

async function pollStatus(status: string) {
  for (;;) {
    const view = await lecturer.next('lecturer-poll')
    if (view.current?.status === status)
      return view
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'live-polls-e2e-'))
  mkdirSync(join(dir, 'dist'))
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>deck</title>')
  server = await createLiveServer({ port: PORT, host: '127.0.0.1', dbPath: join(dir, 'live.sqlite'), distDir: join(dir, 'dist'), liveDistDir: join(process.cwd(), 'dist-live'), content })
  lecturer = await joinLecturer(ORIGIN, server.token)
  browser = await launch()
  context = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: 'light' })
  page = await context.newPage()
  errors = watchPage(page).errors
})

afterAll(async () => {
  await browser?.close()
  lecturer?.close()
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('live polls in the browser', () => {
  it('a student on a 320 px phone answers the opinion scale by keyboard alone', async () => {
    await page.goto(`${ORIGIN}/live/`)
    await page.getByLabel('Your display name').fill('Ada Lovelace')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'You are in' }).waitFor()
    lecturer.send({ type: 'poll', action: 'open', pollId: 'where-you-stand', label: 'before' })
    await page.locator('legend', { hasText: 'where do you stand?' }).waitFor()
    expect(await seriousViolations()).toEqual([])
    for (const box of await page.locator('.live-poll-option').all())
      expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(44)
    await tabTo(page, 'input[type=radio]', undefined, 10)
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await page.getByLabel('3', { exact: true }).isChecked()).toBe(true)
    await tabTo(page, 'button[type=submit]', 'Send', 10)
    expect((await page.locator('.live-poll-send').boundingBox())!.height).toBeGreaterThanOrEqual(44)
    await page.keyboard.press('Enter')
    await page.getByText('Received. You can change it while the poll is open.').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await shot(page, 'student-scale-320')
  })

  it('a word cloud is answered one word per box, then the poll closes back to the waiting page', async () => {
    lecturer.send({ type: 'poll', action: 'close' })
    await pollStatus('closed')
    await page.getByRole('heading', { name: 'You are in' }).waitFor()
    lecturer.send({ type: 'poll', action: 'open', pollId: 'one-word' })
    await page.getByLabel('Word 1').waitFor()
    await tabTo(page, 'input[type=text]', undefined, 10)
    await page.keyboard.type('Privacy')
    await page.keyboard.press('Tab')
    await page.keyboard.type('trust')
    expect(await page.locator('.live-poll-count').first().textContent()).toBe('7 / 30')
    await page.keyboard.press('Enter')
    await page.getByText('Received. You can change it while the poll is open.').waitFor()
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
    expect(await seriousViolations()).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await shot(page, 'student-words-320-dark')
  })

  it('the projector shows the words only once shown, ranked with their counts', async () => {
    const big = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    try {
      const projector = await big.newPage()
      await projector.goto(`${ORIGIN}/live/projector`)
      await projector.getByText('Answer now on your phone or laptop. The results appear here when the lecturer shows them.').waitFor()
      expect(await projector.locator('.projector-poll-cloud').count()).toBe(0)
      lecturer.send({ type: 'poll', action: 'close' })
      await pollStatus('closed')
      lecturer.send({ type: 'poll', action: 'show' })
      await projector.locator('.projector-poll-cloud li', { hasText: 'privacy' }).waitFor()
      expect(await projector.locator('.projector-poll-cloud li').allTextContents()).toEqual(['privacy ×1', 'trust ×1'])
      expect(await seriousViolations(projector)).toEqual([])
      await shot(projector, 'projector-words')
    }
    finally {
      await big.close()
    }
  })

  it('the control page\'s Polls panel lists the Ask: prompts by slide and shows the poll on screen', async () => {
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    try {
      const control = await desk.newPage()
      await control.goto(`${ORIGIN}/live/control#token=${server.token}`)
      await control.getByRole('heading', { name: 'Polls' }).waitFor()
      expect(await control.locator('.poll-list h3').count()).toBeGreaterThan(5)
      await control.getByText('Results on the projector').waitFor()
      expect(await seriousViolations(control)).toEqual([])
      await control.locator('.control-polls').screenshot(SHOTS ? { path: join(SHOTS, 'control-polls.png') } : {})
      expect(errors).toEqual([])
    }
    finally {
      await desk.close()
    }
  })
  it('the projector puts "before" beside "after" and says who moved which way', async () => {
    lecturer.send({ type: 'poll', action: 'open', pollId: 'where-you-stand', label: 'after' })
    await page.locator('legend', { hasText: 'where do you stand?' }).waitFor()
    await page.getByLabel('6', { exact: true }).check()
    await page.locator('.live-poll-send').click()
    await page.getByText('Received. You can change it while the poll is open.').waitFor()
    lecturer.send({ type: 'poll', action: 'close' })
    await pollStatus('closed')
    lecturer.send({ type: 'poll', action: 'show' })
    const big = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    try {
      const projector = await big.newPage()
      await projector.goto(`${ORIGIN}/live/projector`)
      await projector.locator('figcaption', { hasText: 'Before: 1 answered, mean 3.0' }).waitFor()
      expect(await projector.locator('figcaption').allTextContents()).toEqual(['Before: 1 answered, mean 3.0', 'After: 1 answered, mean 6.0'])
      expect((await projector.locator('.projector-poll-movement').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Of the 1 who answered both: 0 moved toward “Privacy first”, 1 moved toward “Lawful access first”, 0 stayed where they were.')
      expect(await projector.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720)
      expect(await seriousViolations(projector)).toEqual([])
      await shot(projector, 'projector-before-after')
    }
    finally {
      await big.close()
    }
  })
})
