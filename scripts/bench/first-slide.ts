// Time to the first slide: built decks served from disk (sirv), loaded in a
// fresh headless Chromium context each time (no cache), until slide 1 has its
// content on screen and its fonts are ready. Returns the median in ms of each.
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-chromium'
import { createServer } from 'node:http'
import { chromium } from 'playwright-chromium'
import sirv from 'sirv'
import { CHROMIUM } from '../slidev-export.ts'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** One load of slide 1 in a fresh context (no cache): ms from navigation to content on screen with its fonts. */
async function loadOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  try {
    const page = await context.newPage()
    await page.goto(url)
    await page.locator('.slidev-page-1 .slidev-layout').first().waitFor({ state: 'visible', timeout: 60_000 })
    return await page.evaluate(async () => {
      await document.fonts.ready
      return performance.now()
    })
  }
  finally {
    await context.close()
  }
}

/**
 * The median time to the first slide of each build, `loads` times each. The
 * builds take turns (a, b, a, b …) after one load of each that is not counted,
 * so a machine that warms up or gets busy part-way weighs on both alike.
 */
export async function firstSlideMs<K extends string>(dists: Record<K, string>, port: number, loads: number): Promise<Record<K, number>> {
  const names = Object.keys(dists) as K[]
  const servers = names.map(name => createServer(sirv(dists[name], { single: true })))
  await Promise.all(servers.map((server, i) => new Promise<void>(resolve => server.listen(port + i, '127.0.0.1', resolve))))
  const urls = servers.map(server => `http://127.0.0.1:${(server.address() as AddressInfo).port}/#/1`)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    const times = names.map(() => [] as number[])
    for (let round = 0; round <= loads; round++) {
      for (const [i, url] of urls.entries()) {
        const ms = await loadOnce(browser, url)
        if (round > 0)
          times[i]!.push(ms)
      }
    }
    return Object.fromEntries(names.map((name, i) => [name, median(times[i]!)])) as Record<K, number>
  }
  finally {
    await browser.close()
    for (const server of servers)
      server.close()
  }
}
