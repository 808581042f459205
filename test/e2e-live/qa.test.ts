// Questions to the lecturer, the pace signal and the phone layout in Chromium against the real live server on
// 127.0.0.1:4196: on a 320 px phone a student joins, finds the open question first, sends a question and upvotes
// another's by keyboard alone; tap targets and text sizes; an <img onerror> question stays text; a held one never
// shows; the lecturer hides one by a key; and axe finds no serious or critical violation on any live page (student
// lobby, question, Q&A; control; projector), light and dark.
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
import { launch, tabTo } from '../e2e/browser.ts'
import { content, joinLecturer, joinStudent } from '../live/helpers.ts'

const PORT = 4196
const ORIGIN = `http://127.0.0.1:${PORT}`
const quiz = content.quizzes.find(q => q.id === 'blackberry-pakistan')!
const question = quiz.questions.find(q => q.kind === 'single')!
const ATTACK = 'Is <img src=x onerror="window.hacked=1"> shown as text?'

let dir: string
let server: LiveServer
let lecturer: TestClient
let bob: TestClient
let browser: Browser
let context: BrowserContext
let page: Page
const errors: string[] = []

/** axe on the page in light and then dark mode (back to light after): the serious and critical violations. */
async function axeBothSchemes(target: Page): Promise<string[]> {
  const found: string[] = []
  for (const scheme of ['light', 'dark'] as const) {
    await target.emulateMedia({ colorScheme: scheme })
    await expect.poll(() => target.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
    const results = await new AxeBuilder({ page: target }).analyze()
    found.push(...results.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${scheme} ${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`))
  }
  await target.emulateMedia({ colorScheme: 'light' })
  return found
}

async function lecturerQuestions(test: (q: Array<{ text: string, votes: number, status: string }>) => boolean) {
  return (await lecturer.next('lecturer-questions', m => test(m.questions), 5000)).questions
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'live-qa-e2e-'))
  mkdirSync(join(dir, 'dist'))
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>deck</title>')
  server = await createLiveServer({ port: PORT, host: '127.0.0.1', dbPath: join(dir, 'live.sqlite'), distDir: join(dir, 'dist'), liveDistDir: join(process.cwd(), 'dist-live'), content })
  lecturer = await joinLecturer(ORIGIN, server.token)
  bob = (await joinStudent(ORIGIN, 'Bob')).client
  browser = await launch()
  context = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: 'light', hasTouch: true })
  page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(message.text())
  })
  page.on('pageerror', error => errors.push(error.message))
})

afterAll(async () => {
  await browser?.close()
  lecturer?.close()
  bob?.close()
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the student page on a 320 px phone', () => {
  it('joins by keyboard; the lobby, with the pace button and Q&A under it, has no serious axe violation light or dark', async () => {
    await page.goto(`${ORIGIN}/live/`)
    await tabTo(page, 'input', undefined, 10)
    await page.keyboard.type('Ada Lovelace')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'You are in' }).waitFor()
    await page.getByRole('heading', { name: 'Questions to the lecturer' }).waitFor()
    expect(await axeBothSchemes(page)).toEqual([])
  })

  it('shows the open question first: its first choice is on the first screen, no scrolling', async () => {
    lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: question.id })
    await page.locator('legend', { hasText: question.prompt }).waitFor()
    const first = await page.locator('input[type=radio]').first().boundingBox()
    expect(first!.y + first!.height).toBeLessThanOrEqual(640)
    expect(await page.evaluate(() => scrollY)).toBe(0)
    expect(await axeBothSchemes(page)).toEqual([])
  })

  it('sends a question by keyboard alone, anonymously, and the lecturer gets it', async () => {
    await tabTo(page, 'textarea', undefined, 40)
    await page.keyboard.type('Did RIM store the messages in Pakistan?')
    await tabTo(page, 'button[type=submit]', 'Send question', 5)
    await page.keyboard.press('Enter')
    await page.getByText('Sent. Everyone can see and upvote it now.').waitFor()
    expect(await page.locator('textarea').inputValue()).toBe('')
    const [asked] = await lecturerQuestions(q => q.length === 1)
    expect(asked).toMatchObject({ text: 'Did RIM store the messages in Pakistan?', status: 'visible' })
    expect(asked).not.toHaveProperty('name')
    await page.getByText('You asked this').waitFor()
  })

  it('shows another student\'s <img onerror> question as text, upvotes it by keyboard once, and never shows a held one', async () => {
    bob.send({ type: 'ask', text: ATTACK, showName: true })
    bob.send({ type: 'ask', text: 'this law is bullshit', showName: false })
    await page.getByText(ATTACK).waitFor()
    expect(await page.locator('.live-qa img').count()).toBe(0)
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined()
    expect(await page.locator('.live-qa').textContent()).toContain('Bob')

    await tabTo(page, '.live-vote', 'Upvote (0 votes)', 60)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.live-vote').getAttribute('aria-pressed')).toBe('true')
    await page.getByRole('button', { name: 'Upvote (1 vote)' }).waitFor()
    await lecturerQuestions(q => q.some(x => x.text === ATTACK && x.votes === 1))
    expect(await page.locator('body').textContent()).not.toContain('bullshit')
    expect(await axeBothSchemes(page)).toEqual([])
  })

  it('taps "too fast / lost me": the lecturer\'s gauge counts it and the button rests', async () => {
    const button = page.getByRole('button', { name: 'Too fast / lost me' })
    await button.tap()
    await lecturer.next('lecturer-pace', m => m.count === 1)
    await page.getByText('The lecturer sees that it is going too fast for you.').waitFor()
    expect(await button.isDisabled()).toBe(true)
  })

  it('fits 320 px; every button, field and link is at least 44 px tall and its text at least 16 px', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    const small = await page.evaluate(() => {
      const problems: string[] = []
      for (const el of document.querySelectorAll<HTMLElement>('main button, main textarea, main input[type=text], .live-bar a, .live-ask-name, fieldset label')) {
        const box = el.getBoundingClientRect()
        if (box.height < 44)
          problems.push(`${el.tagName} "${el.textContent?.trim().slice(0, 30)}" is ${box.height} px tall`)
      }
      const walker = document.createTreeWalker(document.querySelector('.live-student')!, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!
        if (node.textContent!.trim() && parent.closest('[aria-hidden="true"], .sr-only') === null && Number.parseFloat(getComputedStyle(parent).fontSize) < 16)
          problems.push(`"${node.textContent!.trim().slice(0, 30)}" is ${getComputedStyle(parent).fontSize}`)
      }
      return problems
    })
    expect(small).toEqual([])
    expect(errors).toEqual([])
    if (process.env.LIVE_QA_SHOTS) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        await page.screenshot({ path: join(process.env.LIVE_QA_SHOTS, `student-${scheme}.png`), fullPage: true })
      }
      await page.emulateMedia({ colorScheme: 'light' })
    }
  })
})

describe('the lecturer\'s pages', () => {
  it('control: lists the questions with the held one marked, hides one with the H key; no serious axe violation light or dark', async () => {
    const control = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    try {
      await control.goto(`${ORIGIN}/live/control#token=${server.token}`)
      await control.getByRole('heading', { name: 'Questions from the room (3)' }).waitFor()
      await control.getByText('Held: matched bullshit*').waitFor()
      expect(await control.locator('.audience-panel img').count()).toBe(0)
      await control.getByText('Too fast / lost me').waitFor()
      expect(await axeBothSchemes(control)).toEqual([])
      if (process.env.LIVE_QA_SHOTS)
        await control.screenshot({ path: join(process.env.LIVE_QA_SHOTS, 'control.png'), fullPage: true })
      await control.locator('li.audience-item', { hasText: 'Did RIM store' }).focus()
      await control.keyboard.press('h')
      await lecturerQuestions(q => q.some(x => x.text.startsWith('Did RIM') && x.status === 'hidden'))
      await expect.poll(() => page.locator('.live-qa').textContent()).not.toContain('Did RIM store')
    }
    finally {
      await control.context().close()
    }
  })

  it('projector: shows the question put on it, as text; no serious axe violation light or dark', async () => {
    const projector = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage()
    try {
      await projector.goto(`${ORIGIN}/live/projector`)
      await projector.locator('legend, h1, p', { hasText: question.prompt }).first().waitFor()
      const list = (lecturer.messages.filter(m => m.type === 'lecturer-questions').at(-1) as { questions: Array<{ id: string, text: string }> }).questions
      lecturer.send({ type: 'qa', action: 'project', questionId: list.find(q => q.text === ATTACK)!.id })
      await projector.getByText('Question from the room').waitFor()
      await projector.getByText(ATTACK).waitFor()
      expect(await projector.locator('.projector-audience img').count()).toBe(0)
      expect(await projector.locator('body').textContent()).not.toContain('bullshit')
      if (process.env.LIVE_QA_SHOTS)
        await projector.screenshot({ path: join(process.env.LIVE_QA_SHOTS, 'projector.png') })
      expect(await axeBothSchemes(projector)).toEqual([])
      // The join screen, too.
      lecturer.send({ type: 'control', action: 'finish' })
      await projector.getByRole('heading', { name: 'The live quiz has finished' }).waitFor()
      expect(await axeBothSchemes(projector)).toEqual([])
    }
    finally {
      await projector.context().close()
    }
  })
})
