// The deck's opening and closing opinion scale in Chromium, by keyboard alone:
// Tab reaches the scale, the arrow keys move between its points without moving
// the slide, the choice is kept after a reload, and the closing slide shows the
// start and now with a sentence; no serious or critical axe violation, light or dark.
import type { Browser } from 'playwright-chromium'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, openPage, tabTo } from './browser.ts'

const POLL = { timeout: 10_000 }
/** Slidev keeps other slides in the page, hidden: scope every look-up to the slide by its title. */
const onSlide = (title: string) => `.slidev-page:has(h1:text-is("${title}")) .pm-scale`
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('the opinion scale', () => {
  it('is answered by keyboard at the start and the end, kept after a reload, and compared', async () => {
    const { page, errors, foreign } = await openPage(browser, '/#/where-you-stand')
    const scale = page.locator(onSlide('Where do you stand?'))
    await scale.waitFor()
    const url = page.url()
    await tabTo(page, '.pm-scale input[type=radio]')
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    // The arrow keys moved between points, not slides.
    expect(page.url()).toBe(url)
    await expect.poll(() => scale.getByRole('radio', { checked: true }).getAttribute('value'), POLL).toBe('3')
    await expect.poll(() => scale.getByRole('status').textContent(), POLL).toContain('Saved in this browser: 3.')
    // Escape gives the arrow keys back to the deck.
    await page.keyboard.press('Escape')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.url(), POLL).not.toBe(url)

    await page.goto(url)
    await page.reload()
    await expect.poll(() => scale.getByRole('radio', { checked: true }).getAttribute('value'), POLL).toBe('3')

    await page.goto(url.replace(/#\/.*$/, '#/where-you-stand-now'))
    const closing = page.locator(onSlide('Where do you stand now?'))
    await closing.waitFor()
    await expect.poll(() => closing.getByRole('status').textContent(), POLL).toContain('At the start you chose 3.')
    await closing.getByRole('radio', { name: '5' }).focus()
    await page.keyboard.press('Space')
    await expect.poll(() => closing.getByRole('status').textContent(), POLL).toContain('You moved two points toward Lawful access first: from 3 to 5.')
    expect(await closing.locator('.pm-scale-mark').allTextContents()).toEqual(['Start', 'Now'])
    expect(await closing.locator('legend').evaluate(el => Number.parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16)

    for (const dark of [false, true]) {
      await page.evaluate(on => document.documentElement.classList.toggle('dark', on), dark)
      const violations = (await new AxeBuilder({ page }).include('.pm-scale').analyze()).violations
      expect(violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${dark ? 'dark' : 'light'} ${v.id}: ${v.help}`)).toEqual([])
    }
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })
})
