// Debian's Chromium driven by Playwright for the browser tests, with a page that
// records console errors and every request to a host other than the local server.
import type { Browser, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { ORIGIN } from './global-setup.ts'

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
}

export interface WatchedPage {
  page: Page
  /** Console errors and uncaught exceptions. */
  errors: string[]
  /** Requests to anywhere but the local server (data: and blob: URLs are local). */
  foreign: string[]
}

/** Starts recording a page's console errors and foreign requests. */
export function watchPage(page: Page): WatchedPage {
  const errors: string[] = []
  const foreign: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(message.text())
  })
  page.on('pageerror', error => errors.push(error.message))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url)
  })
  return { page, errors, foreign }
}

export async function openPage(browser: Browser, path: string, viewport = { width: 1280, height: 800 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true })
  const watched = watchPage(await context.newPage())
  await watched.page.goto(`${ORIGIN}${path}`)
  return watched
}

/**
 * Presses Tab (at most `limit` times) until the focused element matches the CSS
 * selector and, when given, has `name` in its label or text. Keys only: the
 * test reads where focus is, as a screen-reader user hears it.
 */
export async function tabTo(page: Page, selector: string, name?: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const found = await page.evaluate(([sel, text]) => {
      const el = document.activeElement
      const label = el?.getAttribute('aria-label') ?? el?.textContent ?? ''
      return !!el && el.matches(sel!) && (!text || label.includes(text))
    }, [selector, name] as const)
    if (found)
      return
  }
  throw new Error(`Tab never reached ${selector}${name ? ` "${name}"` : ''}`)
}
