// The room on the deck's opinion scale in Chromium: the built deck (dist/) served by the live server on 127.0.0.1:4211,
// opened in the lecturer's browser (the slides' cookie), loads the live build's room-scale.js and .css from the server
// and shows the closed "before" run (the row named Start, each point's count, the mean) at 16 px or more, with no
// serious axe violation, light and dark. Needs `npm run build && npm run build:live`.
import type { Browser } from 'playwright-chromium'
import type { Cleanup, TestClient } from '../live/helpers.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIVE_DECK_PATH, LIVE_ROOM_SCALE_MODULE } from '../../logic/live/paths.ts'
import { launch, watchPage } from '../e2e/browser.ts'
import { joinStudent, serveWithLecturer, tempSite } from '../live/helpers.ts'

const PORT = 4211
/** Set ROOMSCALE_SHOTS to a folder to keep screenshots of the slide, light and dark. */
const SHOTS = process.env.ROOMSCALE_SHOTS
const distDir = join(process.cwd(), 'dist')
if (!existsSync(join(distDir, 'index.html')))
  throw new Error('room-scale.test.ts opens the built deck: run npm run build && npm run build:live first.')

const cleanup: Cleanup = []
let browser: Browser
let server: Awaited<ReturnType<typeof serveWithLecturer>>['server']
let lecturer: TestClient

beforeAll(async () => {
  const site = { ...tempSite(), distDir, liveDistDir: join(process.cwd(), 'dist-live') }
  ;({ server, lecturer } = await serveWithLecturer(PORT, cleanup, site))
  const students = await Promise.all(['Ann', 'Bob'].map(name => joinStudent(server.url, name)))
  for (const { client } of students)
    cleanup.push(() => client.socket.terminate())
  lecturer.send({ type: 'poll', action: 'open', pollId: 'where-you-stand', label: 'before' })
  const view = await lecturer.next('lecturer-poll', m => m.current?.status === 'open')
  const runId = view.current!.runId
  for (const [{ client }, point] of students.map((s, i) => [s, [2, 4][i]!] as const)) {
    client.send({ type: 'poll-answer', runId, answer: point })
    await client.next('student-poll', m => m.runId === runId && m.answer !== undefined)
  }
  lecturer.send({ type: 'poll', action: 'close' })
  await lecturer.next('lecturer-poll', m => m.current?.status === 'closed')
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  for (const step of cleanup.reverse())
    await step()
})

describe('the room on the deck\'s opinion scale, in live mode', () => {
  it('loads the room from the live build and shows the closed start, light and dark', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    // As the control page's "Open the slides" does: the token unlocks the deck for this browser (a cookie).
    expect((await context.request.post(`${server.url}${LIVE_DECK_PATH}`, { headers: { authorization: `Bearer ${server.token}` } })).ok()).toBe(true)
    const page = await context.newPage()
    const { errors } = watchPage(page)
    const loaded: string[] = []
    page.on('response', response => loaded.push(`${response.status()} ${new URL(response.url()).pathname}`))
    await page.goto(`${server.url}/#/where-you-stand`)
    // Slidev renders the slides beside this one too; only the two scale slides have a room, and the last is far off.
    const room = page.locator('.pm-room')
    await room.locator('tbody tr').first().waitFor()
    expect(await room.locator('tbody tr').first().locator('th, td').allTextContents()).toEqual(['Start', '0', '1', '0', '1', '0', '0', '0'])
    expect(await room.locator('.pm-room-line').allTextContents()).toEqual(['Start: 2 answered, mean 3.0.'])
    expect(loaded).toContain(`200 ${LIVE_ROOM_SCALE_MODULE}`)
    expect(loaded).toContain(`200 ${LIVE_ROOM_SCALE_MODULE.replace(/\.js$/, '.css')}`)
    // The live build's stylesheet applies: counts bold, text at the projection size.
    const count = room.locator('tbody td').nth(1)
    expect(await count.evaluate(el => getComputedStyle(el).fontWeight)).toBe('700')
    for (const dark of [false, true]) {
      await page.evaluate(on => document.documentElement.classList.toggle('dark', on), dark)
      for (const size of await room.locator('th, td, p').evaluateAll(els => els.map(el => Number.parseFloat(getComputedStyle(el).fontSize))))
        expect(size).toBeGreaterThanOrEqual(16)
      if (SHOTS)
        await page.screenshot({ path: join(SHOTS, `room-scale-${dark ? 'dark' : 'light'}.png`) })
      const violations = (await new AxeBuilder({ page }).include('.pm-room').analyze()).violations
      expect(violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id), dark ? 'dark' : 'light').toEqual([])
    }
    expect(errors).toEqual([])
    await context.close()
  })
})
