// Time to the first slide: a built deck served from disk (sirv), loaded in a
// fresh headless Chromium context each time (no cache), until slide 1 has its
// content on screen and its fonts are ready. Returns the median in ms.
import type { AddressInfo } from 'node:net'
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

export async function firstSlideMs(dist: string, port: number, loads: number): Promise<number> {
  const server = createServer(sirv(dist, { single: true }))
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    const times: number[] = []
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
      const page = await context.newPage()
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/#/1`)
      await page.locator('.slidev-page-1 .slidev-layout').first().waitFor({ state: 'visible', timeout: 60_000 })
      times.push(await page.evaluate(async () => {
        await document.fonts.ready
        return performance.now()
      }))
      await context.close()
    }
    return median(times)
  }
  finally {
    await browser.close()
    server.close()
  }
}
