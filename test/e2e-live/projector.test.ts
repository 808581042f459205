// The projector page (dist-live/, built by `npm run build:live`) at the back of a lecture hall: in Chromium at
// 1920×1080 and 1280×720, light and dark, against the real live server on 127.0.0.1:4166 with 30 students, for the
// join screen, the longest question in quizzes/ (open with a countdown, then revealed), the longest choice question
// (open, then revealed) and a short one revealed with its quotes. Each scene is measured by projector-probe.js and
// judged by logic/live/projector-legibility.ts (text under its role's size, contrast under WCAG AA, a page that
// scrolls) and by axe (no serious or critical violation), and photographed into
// .screenshots/projector/<viewport>/<scene>.png. UPDATE_DOC_IMAGES=1 copies two into docs/images/.
import type { Browser, Page } from 'playwright-chromium'
import type { Question } from '../../logic/kinds/registry.ts'
import type { ProjectorMeasure } from '../../logic/live/projector-legibility.ts'
import type { LiveServer } from '../../node/live/server.ts'
import type { TestClient } from '../live/helpers.ts'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { judgeProjector } from '../../logic/live/projector-legibility.ts'
import { toPublicQuestion } from '../../logic/live/public-question.ts'
import { createLiveServer } from '../../node/live/server.ts'
import { launch } from '../e2e/browser.ts'
import { content, joinCodes, joinLecturer, joinStudent } from '../live/helpers.ts'

const PORT = 4166
const ORIGIN = `http://127.0.0.1:${PORT}`
const STUDENTS = 30
const probe = readFileSync(new URL('./projector-probe.js', import.meta.url), 'utf8')
const shots = resolve('.screenshots/projector')

const viewports = [
  { name: '1920x1080', width: 1920, height: 1080, dark: false },
  { name: '1920x1080-dark', width: 1920, height: 1080, dark: true },
  { name: '1280x720', width: 1280, height: 720, dark: false },
  { name: '1280x720-dark', width: 1280, height: 720, dark: true },
]

/** Everything a public question puts on the projector, in characters. */
function visibleLength(question: Question): number {
  const shown = toPublicQuestion(question) as { prompt: string, options?: Array<{ text: string }>, items?: Array<{ text: string }>, prompts?: Array<{ text: string }> }
  return [shown.prompt, ...[...shown.options ?? [], ...shown.items ?? [], ...shown.prompts ?? []].map(c => c.text)].join('').length
}

function longest(test: (question: Question) => boolean) {
  const all = content.quizzes.flatMap(quiz => quiz.questions.filter(test).map(question => ({ quiz, question })))
  return all.reduce((a, b) => visibleLength(b.question) > visibleLength(a.question) ? b : a)
}

const longestQuestion = longest(() => true)
const longestChoice = longest(q => q.kind === 'single' || q.kind === 'multiple')
/** A short question, whose evidence quotes fit beside it. */
const shortChoice = { quiz: content.quizzes.find(q => q.id === 'blackberry-pakistan')!, question: content.quizzes.find(q => q.id === 'blackberry-pakistan')!.questions[0]! }

/** A spread of answers, some right and some wrong, that fits the question. */
function answerFor(question: Question, i: number): unknown {
  switch (question.kind) {
    case 'single':
      return question.options[(i * 7) % question.options.length]!.id
    case 'multiple':
      return i % 3 === 0 ? question.answer : [question.options[i % question.options.length]!.id]
    case 'truefalse':
      return i % 3 !== 0
    case 'matching':
      return i % 3 === 0 ? question.answer : Object.fromEntries(question.prompts.map((p, j) => [p.id, question.options[(i + j) % question.options.length]!.id]))
    case 'ordering':
      return question.items.map((_item, j) => question.items[(i + j) % question.items.length]!.id)
    default:
      return '1'
  }
}

let dir: string
let server: LiveServer
let lecturer: TestClient
let browser: Browser
const students: TestClient[] = []
const pages = new Map<string, Page>()
const problems: string[] = []

/** Every projector shows `text`, then each is measured, judged and photographed as `scene`. */
async function photograph(scene: string, text: string): Promise<void> {
  for (const viewport of viewports) {
    const page = pages.get(viewport.name)!
    await page.getByText(text, { exact: false }).first().waitFor()
    await page.evaluate(async () => {
      await document.fonts.ready
      await new Promise(done => setTimeout(done, 400))
    })
    const axe = await new AxeBuilder({ page }).analyze()
    problems.push(...axe.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${viewport.name} ${scene}: axe ${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`))
    const measure = await page.evaluate(`(() => {\n${probe}\nreturn measureProjector()\n})()`) as ProjectorMeasure
    problems.push(...judgeProjector(measure).map(p => `${viewport.name} ${scene}: ${p}`))
    mkdirSync(join(shots, viewport.name), { recursive: true })
    await page.screenshot({ path: join(shots, viewport.name, `${scene}.png`) })
  }
}

async function open(target: typeof longestQuestion, seconds: number) {
  lecturer.send({ type: 'control', action: 'open', quizId: target.quiz.id, questionId: target.question.id })
  await lecturer.next('lecturer-state', s => s.phase === 'open' && s.questionId === target.question.id)
  lecturer.send({ type: 'timer', action: 'start', seconds })
  await lecturer.next('lecturer-state', s => !!s.timer)
  const answering = students.slice(0, Math.round(STUDENTS * 0.8))
  answering.forEach((student, i) => student.send({ type: 'answer', questionId: target.question.id, answer: answerFor(target.question, i), submissionId: `${target.question.id}-${i}`.padEnd(8, '-') }))
  await Promise.all(answering.map(student => student.next('ack')))
  await lecturer.next('lecturer-state', s => s.answeredCount === answering.length)
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'live-projector-'))
  mkdirSync(join(dir, 'dist'))
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>deck</title>')
  server = await createLiveServer({ port: PORT, host: '127.0.0.1', dbPath: join(dir, 'live.sqlite'), distDir: join(dir, 'dist'), liveDistDir: join(process.cwd(), 'dist-live'), content })
  // Students type the session's join code (joinStudent sends the one registered for the address).
  joinCodes.set(ORIGIN, server.joinCode)
  lecturer = await joinLecturer(ORIGIN, server.token)
  for (let i = 0; i < STUDENTS; i++)
    students.push((await joinStudent(ORIGIN, `Student ${i + 1}`)).client)
  browser = await launch()
  for (const viewport of viewports) {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: viewport.dark ? 'dark' : 'light' })
    const page = await context.newPage()
    await page.goto(`${ORIGIN}/live/projector`)
    pages.set(viewport.name, page)
  }
})

afterAll(async () => {
  await browser?.close()
  students.forEach(s => s.close())
  lecturer?.close()
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the projector at the back of a hall', () => {
  it('is legible and fits the screen at 1920×1080 and 1280×720, light and dark, from the join screen to the longest question revealed', async () => {
    await photograph('join', `${STUDENTS} people have joined`)
    await open(longestQuestion, 90)
    await photograph('longest-open', 'Time left')
    lecturer.send({ type: 'control', action: 'reveal' })
    await photograph('longest-revealed', 'Correct answer')
    await open(longestChoice, 60)
    await photograph('choice-open', 'Time left')
    lecturer.send({ type: 'control', action: 'reveal' })
    await photograph('choice-revealed', '✓ Correct')
    await open(shortChoice, 30)
    lecturer.send({ type: 'control', action: 'reveal' })
    await photograph('short-revealed', shortChoice.question.evidence[0]!.quote.slice(0, 30))
    expect(problems).toEqual([])
    if (process.env.UPDATE_DOC_IMAGES) {
      copyFileSync(join(shots, '1920x1080', 'choice-open.png'), resolve('docs/images/projector-open.png'))
      copyFileSync(join(shots, '1920x1080-dark', 'choice-revealed.png'), resolve('docs/images/projector-revealed-dark.png'))
    }
  })
})
