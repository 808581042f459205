// Joining by typing, in Chromium against the real live server on 127.0.0.1:4176 (issue #16 item 4, #15 item 5): the lecturer's
// browser opens the control page, then the projector page, which shows the join code; a fresh browser context (a phone that
// cannot scan) opens the short join address, types a wrong code and is told so, types the code read off the projector by
// keyboard (lower case, with a dash), a name and the email address the session asks for, joins and answers. The lecturer's
// results have the email; the projector and the phone never got it. No serious axe violations on the join form.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { QuestionOf } from '../../logic/kinds/registry.ts'
import type { LiveServer } from '../../node/live/server.ts'
import type { TestClient } from '../live/helpers.ts'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLiveServer } from '../../node/live/server.ts'
import { launch, tabTo } from '../e2e/browser.ts'
import { content, joinLecturer } from '../live/helpers.ts'

const PORT = 4176
const ORIGIN = `http://127.0.0.1:${PORT}`
const quiz = content.quizzes.find(q => q.id === 'blackberry-pakistan')!
const question = quiz.questions.find((q): q is QuestionOf<'single'> => q.kind === 'single')!
const right = question.options.find(o => o.id === question.answer)!
const EMAIL = 'grace.hopper@uni.example.ac.uk'

let dir: string
let server: LiveServer
let lecturer: TestClient
let browser: Browser
let lecturerContext: BrowserContext
let phone: BrowserContext
let projector: Page
let page: Page
const errors: string[] = []
/** Every WebSocket frame the phone and the projector received. */
const phoneFrames: string[] = []
const projectorFrames: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'live-join-e2e-'))
  mkdirSync(join(dir, 'dist'))
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>deck</title>')
  server = await createLiveServer({ port: PORT, host: '127.0.0.1', dbPath: join(dir, 'live.sqlite'), distDir: join(dir, 'dist'), liveDistDir: join(process.cwd(), 'dist-live'), content, askId: 'email' })
  lecturer = await joinLecturer(ORIGIN, server.token)
  browser = await launch()
  lecturerContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  phone = await browser.newContext({ viewport: { width: 360, height: 740 } })
  page = await phone.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(message.text())
  })
  page.on('pageerror', error => errors.push(error.message))
  page.on('websocket', socket => socket.on('framereceived', ({ payload }) => phoneFrames.push(String(payload))))
})

afterAll(async () => {
  await browser?.close()
  lecturer?.close()
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('joining by typing the code', () => {
  it('the projector page opened from the lecturer\'s browser shows the code, large', async () => {
    const control = await lecturerContext.newPage()
    await control.goto(`${ORIGIN}/live/control#token=${server.token}`)
    await control.getByText('Open the slides').waitFor()
    expect(await control.locator('.control-code').textContent()).toBe(`${server.joinCode.slice(0, 3)} ${server.joinCode.slice(3)}`)
    projector = await lecturerContext.newPage()
    projector.on('websocket', socket => socket.on('framereceived', ({ payload }) => projectorFrames.push(String(payload))))
    await projector.goto(`${ORIGIN}/live/projector`)
    const code = projector.locator('.join-code')
    await code.waitFor()
    expect(await code.getAttribute('aria-label')).toBe(`Join code: ${[...server.joinCode].join(' ')}`)
    const size = await projector.locator('.join-code-chars').evaluate(el => Number.parseFloat(getComputedStyle(el).fontSize))
    expect(size).toBeGreaterThanOrEqual(48)
    await projector.locator('.projector-qr img').waitFor()
  })

  it('a fresh browser on the short address is asked for the code; a wrong one is refused with a message', async () => {
    await page.goto(`${ORIGIN}/live`)
    expect(new URL(page.url()).pathname).toBe('/live/')
    await page.getByLabel('Your university email address').waitFor()
    await tabTo(page, 'input', undefined, 10)
    expect(await page.evaluate(() => document.querySelector(`label[for="${document.activeElement?.id}"]`)?.textContent)).toBe('Join code')
    expect(await new AxeBuilder({ page }).analyze().then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id))).toEqual([])
    // A code of another session, then the name and the email, all by keyboard.
    await page.keyboard.type(server.joinCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Grace Hopper')
    await page.keyboard.press('Tab')
    await page.keyboard.type(EMAIL)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('That is not this session\'s join code.')
    expect(await page.getByLabel('Join code').getAttribute('aria-invalid')).toBe('true')
  })

  it('types the code read off the projector (lower case, with a dash) and joins', async () => {
    const shown = (await projector.locator('.join-code-group').allTextContents()).join('-').toLowerCase()
    await page.getByLabel('Join code').focus()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type(shown)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'You are in' }).waitFor()
    expect(await page.getByText('You: Grace Hopper').count()).toBe(1)
  })

  it('answers the question the lecturer opens, and the lecturer\'s results have the email; the projector and the phone never got it', async () => {
    lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: question.id })
    await page.locator('legend', { hasText: question.prompt }).waitFor()
    await page.getByLabel(right.text).check()
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.getByText('Answer received.').waitFor()
    const results = await (await fetch(`${ORIGIN}/live/api/results`, { headers: { authorization: `Bearer ${server.token}` } })).json()
    expect(results.participants).toMatchObject([{ name: 'Grace Hopper', identifier: EMAIL, total: question.points }])
    await projector.locator('.projector-count', { hasText: '1 of 1 answered' }).waitFor()
    expect(phoneFrames.length).toBeGreaterThan(2)
    expect(projectorFrames.length).toBeGreaterThan(2)
    expect([...phoneFrames, ...projectorFrames].filter(f => f.includes('grace.hopper'))).toEqual([])
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('grace.hopper')
    expect(errors).toEqual([])
  })
})
