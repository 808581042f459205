// The live student page in Chromium against the real live server on 127.0.0.1:4141: join and
// answer by keyboard alone on a 320 px phone screen, "Answer received", the answer still there
// after a reload, the result with its evidence after reveal; no serious axe violations in light
// or dark mode, no console errors and no request to another host.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { QuestionOf } from '../../logic/kinds/registry.ts'
import type { LiveServer } from '../../node/live/server.ts'
import type { TestClient } from '../live/helpers.ts'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kindOf } from '../../logic/kinds/registry.ts'
import { createLiveServer } from '../../node/live/server.ts'
import { launch, tabTo } from '../e2e/browser.ts'
import { content, joinLecturer } from '../live/helpers.ts'

const PORT = 4141
const ORIGIN = `http://127.0.0.1:${PORT}`
const quiz = content.quizzes.find(q => q.id === 'blackberry-pakistan')!
const question = quiz.questions.find((q): q is QuestionOf<'single'> => q.kind === 'single')!
const right = question.options.find(o => o.id === question.answer)!
const rightIndex = question.options.indexOf(right)

let dir: string
let server: LiveServer
let lecturer: TestClient
let browser: Browser
let context: BrowserContext
let page: Page
const errors: string[] = []
const foreign: string[] = []
/** Every WebSocket frame the page received, in order. */
const frames: string[] = []

async function seriousViolations() {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
}

/** The lecturer's view after the room has caught up with an answer. */
async function lecturerSees(answered: number) {
  for (;;) {
    const state = await lecturer.next('lecturer-state')
    if (state.answeredCount === answered)
      return state
  }
}

/** The live server on this test's database; given a session id, it resumes that session. */
function startServer(sessionId?: string) {
  return createLiveServer({ port: PORT, host: '127.0.0.1', dbPath: join(dir, 'live.sqlite'), distDir: join(dir, 'dist'), liveDistDir: join(process.cwd(), 'dist-live'), content, ...(sessionId ? { sessionId } : {}) })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'live-e2e-'))
  // The deck is not under test: a stub dist/ keeps this test independent of `npm run build`.
  mkdirSync(join(dir, 'dist'))
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>deck</title>')
  server = await startServer()
  lecturer = await joinLecturer(ORIGIN, server.token)
  browser = await launch()
  context = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: 'light' })
  page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(message.text())
  })
  page.on('pageerror', error => errors.push(error.message))
  page.on('response', (response) => {
    if (response.status() >= 400)
      errors.push(`${response.status()} ${response.url()}`)
  })
  page.on('websocket', socket => socket.on('framereceived', ({ payload }) => frames.push(String(payload))))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${ORIGIN}/`) && !url.startsWith(`ws://127.0.0.1:${PORT}/`) && !url.startsWith('data:'))
      foreign.push(url)
  })
})

afterAll(async () => {
  await browser?.close()
  lecturer?.close()
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('live student page', () => {
  it('joins from the QR code\'s link (the code in it) with a name typed and submitted from the keyboard', async () => {
    await page.goto(server.joinLink)
    await tabTo(page, 'input', undefined, 10)
    expect(await page.evaluate(() => document.activeElement?.id && document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent)).toBe('Your display name')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Enter a display name.')
    await page.keyboard.type('Ada Lovelace')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'You are in' }).waitFor()
    expect(await page.locator('main').textContent()).toContain('Waiting for the lecturer to open a question')
    await page.getByText('Connected').waitFor()
    expect(await page.getByText('You: Ada Lovelace').count()).toBe(1)
  })

  it('shows the question the lecturer opens, answered and submitted by keyboard alone', async () => {
    lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: question.id })
    await page.locator('legend', { hasText: question.prompt }).waitFor()
    expect(await seriousViolations()).toEqual([])

    await tabTo(page, 'input[type=radio]', undefined, 10)
    await page.keyboard.press('Space')
    for (let i = 0; i < rightIndex; i++)
      await page.keyboard.press('ArrowDown')
    expect(await page.getByLabel(right.text).isChecked()).toBe(true)
    await tabTo(page, 'button[type=submit]', 'Submit', 10)
    await page.keyboard.press('Enter')
    await page.locator('[aria-live="polite"]', { hasText: 'Answer received.' }).waitFor()
    const state = await lecturerSees(1)
    expect(state.participants.map(p => p.name)).toEqual(['Ada Lovelace'])
  })

  it('still shows the answer as received after a reload, without joining again', async () => {
    await page.reload()
    await page.locator('legend', { hasText: question.prompt }).waitFor()
    await expect.poll(() => page.getByLabel(right.text).isChecked()).toBe(true)
    await page.getByText('Answer received.').waitFor()
    expect(await page.getByLabel('Your display name').count()).toBe(0)
  })

  it('reconnects by itself when the server restarts, and the answer is still received', async () => {
    lecturer.close()
    await server.close()
    await page.getByText('Reconnecting…').waitFor()
    server = await startServer(server.sessionId)
    lecturer = await joinLecturer(ORIGIN, server.token)
    await page.getByText('Connected').waitFor({ timeout: 15_000 })
    await page.getByText('Answer received.').waitFor()
    expect(await page.getByLabel(right.text).isChecked()).toBe(true)
    expect((await lecturerSees(1)).participantCount).toBe(1)
  })

  it('after reveal says the answer was right, with the key, the explanation and the evidence', async () => {
    // Until now the page has had nothing that gives the answer away.
    expect(frames.length).toBeGreaterThan(3)
    expect(frames.filter(f => f.includes(question.explanation) || f.includes('"evidence"') || f.includes('"result"'))).toEqual([])
    lecturer.send({ type: 'control', action: 'reveal' })
    const result = page.getByLabel('Your result')
    await result.waitFor()
    expect(await result.textContent()).toContain('Correct · 1 of 1 point')
    expect(await result.textContent()).toContain(`The answer: ${kindOf(question).describeKey(question)}`)
    expect(await result.textContent()).toContain(question.explanation)
    const evidence = question.evidence[0]!
    const title = content.sources.find(s => s.id === evidence.source)!.title
    expect(await result.locator('blockquote').first().textContent()).toBe(evidence.quote)
    expect(await result.locator('cite').first().textContent()).toBe(title)
    expect(await seriousViolations()).toEqual([])
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
    expect(await seriousViolations()).toEqual([])
  })

  it('fits a 320 px screen, even an ordering question, and made no request to another host, with no console errors', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    const ordering = quiz.questions.find(q => q.kind === 'ordering')!
    lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: ordering.id })
    await page.locator('legend', { hasText: ordering.prompt }).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it.each(['control', 'projector'])('the lecturer\'s %s page fits a 360 px phone too, both rounds\' votes and all', async (view) => {
    lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: question.id })
    // Round 2 with the votes shown: the widest view (round 1 and round 2 under each option).
    for (const action of ['discuss', 'vote-again', 'show-votes'])
      lecturer.send({ type: 'control', action })
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } })
    try {
      const other = await phone.newPage()
      await other.goto(`${ORIGIN}/live/${view}${view === 'control' ? `#token=${server.token}` : ''}`)
      await other.getByText(question.options[0]!.text).first().waitFor()
      await other.getByText('Round 1 and round 2').first().waitFor()
      expect(await other.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    }
    finally {
      await phone.close()
    }
  })
})
