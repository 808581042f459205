// The built deck in Chromium: a student takes a quiz by keyboard alone, finds
// the answers kept after a reload, sees the evidence for a wrong answer,
// downloads results (and grades for the LMS); no console errors, no request to another host, and no
// serious or critical axe violations. Expected answers come from the content
// files, so the tests follow the question bank as it grows.
import type { Browser, Page } from 'playwright-chromium'
import type { Quiz } from '../../logic/content/quiz.ts'
import type { Answer, Question } from '../../logic/kinds/registry.ts'
import type { WatchedPage } from './browser.ts'
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { kindOf } from '../../logic/kinds/registry.ts'
import { markAttempt } from '../../logic/marking/attempt.ts'
import { readContent } from '../../node/read-content.ts'
import { launch, openPage, tabTo, watchPage } from './browser.ts'

const content = readContent(process.cwd())
if (!content.ok)
  throw new Error('The content does not validate; run `npm run validate`.')
const slides = readFileSync('slides.md', 'utf8')
/** Every quiz that has its slide (`routeAlias: quiz-<id>`) in the deck. */
const quizzes = content.value.quizzes.filter(q => slides.includes(`routeAlias: quiz-${q.id}`))

/** Slidev keeps other slides (and their quizzes) in the page, hidden: scope every look-up. */
const rootOf = (quiz: Quiz) => `.pm-quiz[data-quiz-id="${quiz.id}"]`
const pathOf = (quiz: Quiz) => `/#/quiz-${quiz.id}`

/** The quiz the single-quiz tests use; its first single-choice question gets a wrong answer. */
const quiz: Quiz = quizzes.find(q => q.id === 'blackberry-pakistan')!
const ROOT = rootOf(quiz)
const firstSingle = quiz.questions.findIndex(q => q.kind === 'single')

/** The right answer to every question, except a wrong pick on the first choice question. */
function plannedAnswer(question: Question, wrong: boolean): Answer {
  switch (question.kind) {
    case 'single':
      return wrong ? question.options.find(o => o.id !== question.answer)!.id : question.answer
    case 'truefalse':
      return wrong ? !question.answer : question.answer
    case 'text':
      return question.accept[0]!
    case 'numeric':
      return String(question.answer)
    default:
      return question.answer
  }
}

async function answerByKeyboard(page: Page, root: string, question: Question, answer: Answer) {
  const keys = page.keyboard
  switch (question.kind) {
    case 'single':
    case 'truefalse': {
      const index = question.kind === 'single' ? question.options.findIndex(o => o.id === answer) : (answer ? 0 : 1)
      await tabTo(page, `${root} .pm-question input[type=radio]`)
      if (index === 0)
        await keys.press('Space')
      for (let i = 0; i < index; i++)
        await keys.press('ArrowDown')
      break
    }
    case 'multiple':
      for (const id of question.options.map(o => o.id).filter(id => (answer as string[]).includes(id))) {
        await tabTo(page, `${root} .pm-question input[type=checkbox][value="${id}"]`)
        await keys.press('Space')
      }
      break
    case 'numeric':
    case 'text':
      await tabTo(page, `${root} .pm-question input[type=text]`)
      await keys.type(answer as string)
      break
    case 'ordering': {
      const target = answer as string[]
      let moved = false
      for (let i = 0; i < target.length; i++) {
        const current = await page.$$eval(`${root} .pm-order-item [data-move="up"]`, buttons => buttons.map(b => b.getAttribute('data-item')))
        const from = current.indexOf(target[i]!)
        if (from <= i)
          continue
        await tabTo(page, `${root} button[data-item="${target[i]}"][data-move="up"]`)
        for (let step = 0; step < from - i; step++)
          await keys.press('Enter')
        moved = true
      }
      if (!moved) {
        await tabTo(page, `${root} button.pm-keep-order`)
        await keys.press('Enter')
      }
      break
    }
    case 'matching':
      for (const [p, prompt] of question.prompts.entries()) {
        const option = question.options.findIndex(o => o.id === (answer as Record<string, string>)[prompt.id])
        await tabTo(page, `${root} .pm-match-row:nth-child(${p + 1}) select`)
        for (let i = 0; i <= option; i++)
          await keys.press('ArrowDown')
      }
      break
  }
}

async function press(page: Page, name: string, root = ROOT) {
  await tabTo(page, `${root} button`, name)
  await page.keyboard.press('Enter')
}

async function waitForQuiz(page: Page, root = ROOT) {
  await page.locator(`${root} h1`).waitFor()
}

/** Under load (two cores shared by the whole suite) the page may take a while to react. */
const POLL = { timeout: 15_000 }

const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`

let browser: Browser
let watched: WatchedPage[] = []

async function open(path = pathOf(quiz), viewport?: { width: number, height: number }) {
  const opened = await openPage(browser, path, viewport)
  watched.push(opened)
  return opened
}

beforeAll(async () => {
  browser = await launch()
})

afterEach(async () => {
  for (const { page, errors, foreign } of watched) {
    expect(errors, 'console errors').toEqual([])
    expect(foreign, 'requests to other hosts').toEqual([])
    await page.context().close()
  }
  watched = []
})

afterAll(async () => {
  await browser?.close()
})

describe('the quizzes in the built deck', () => {
  it.each(quizzes.map(q => [q.id, q] as const))('%s can be taken by keyboard alone, scores what the marking engine says, and keeps it all after a reload', async (_id, taken) => {
    const root = rootOf(taken)
    const { page } = await open(pathOf(taken))
    await waitForQuiz(page, root)
    const url = page.url()
    const wrongAt = taken.questions.findIndex(q => q.kind === 'single' || q.kind === 'truefalse')
    const answers: Record<string, Answer> = {}
    for (const [index, question] of taken.questions.entries()) {
      await expect.poll(() => page.locator(`${root} .pm-progress`).textContent(), POLL).toContain(`Question ${index + 1} of ${taken.questions.length}`)
      answers[question.id] = plannedAnswer(question, index === wrongAt)
      await answerByKeyboard(page, root, question, answers[question.id]!)
      if (taken.mode === 'practice') {
        await press(page, 'Check answer', root)
        await page.locator(`${root} .pm-feedback`).waitFor()
      }
      if (index < taken.questions.length - 1)
        await press(page, 'Next question', root)
    }
    await press(page, taken.mode === 'practice' ? 'See your score' : 'Submit answers', root)
    const expected = markAttempt(taken.questions, answers, taken.passMark)
    const scoreLine = `Your score: ${expected.score} of ${points(expected.max)} (${expected.percentage}%)`
    if (wrongAt >= 0)
      expect(expected.score).toBeLessThan(expected.max)
    await expect.poll(() => page.locator(`${root} .pm-summary`).textContent(), POLL).toContain(scoreLine)
    // No key typed in the quiz moved the slide.
    expect(page.url()).toBe(url)

    await page.reload()
    await waitForQuiz(page, root)
    await expect.poll(() => page.locator(`${root} .pm-summary`).textContent(), POLL).toContain(scoreLine)
    expect(await page.locator(`${root} .pm-progress`).textContent()).toContain(`Question ${taken.questions.length} of ${taken.questions.length}`)
    const last = taken.questions.at(-1)!
    expect(await page.locator(`${root} .pm-feedback`).textContent()).toContain(last.explanation)
  })

  it('keeps a typed answer that was never checked across a reload', async () => {
    const typed = quiz.questions.findIndex(q => q.kind === 'text' || q.kind === 'numeric')
    expect(typed, 'the quiz has a typed question').toBeGreaterThanOrEqual(0)
    const { page } = await open()
    await waitForQuiz(page)
    for (let i = 0; i < typed; i++)
      await press(page, 'Next question')
    await tabTo(page, `${ROOT} .pm-question input[type=text]`)
    await page.keyboard.type('half an answer')
    await page.reload()
    await waitForQuiz(page)
    expect(await page.locator(`${ROOT} .pm-question input[type=text]`).inputValue()).toBe('half an answer')
    expect(await page.locator(ROOT).getByRole('button', { name: 'Check answer' }).isEnabled()).toBe(true)
  })

  it('shows the evidence for a wrong answer, and opens it in context', async () => {
    const question = quiz.questions[firstSingle] as Extract<Question, { kind: 'single' }>
    const { page } = await open()
    await waitForQuiz(page)
    for (let i = 0; i < firstSingle; i++)
      await page.locator(ROOT).getByRole('button', { name: 'Next question' }).click()
    const wrong = question.options.find(o => o.id !== question.answer)!
    await page.locator(ROOT).getByRole('radio', { name: wrong.text }).check()
    await page.locator(ROOT).getByRole('button', { name: 'Check answer' }).click()
    const feedback = page.locator(ROOT).getByRole('region', { name: 'Feedback on your answer' })
    await expect.poll(() => feedback.textContent(), POLL).toContain(`Wrong · 0 of ${points(question.points)}`)
    expect(await feedback.textContent()).toContain(question.explanation)
    const quote = question.evidence[0]!.quote
    expect(await feedback.locator('.pm-evidence blockquote').first().textContent()).toContain(quote)

    await feedback.locator('.pm-evidence').getByRole('button', { name: /Read in context/ }).first().click()
    const viewer = page.getByRole('dialog')
    await viewer.waitFor()
    expect(await viewer.locator('mark').first().textContent()).toContain(quote)
  })

  it('answers a question wrongly by keyboard, says why that option is wrong with the verdict, and opens the refuting passage in context', async () => {
    // The first single-choice question with a wrong option whose evidence the question's own does not already show.
    const ownQuotes = (q: Question) => new Set(q.evidence.map(e => e.quote))
    const index = quiz.questions.findIndex(q => q.kind === 'single' && q.options.some(o => o.id !== q.answer && o.evidence?.some(e => !ownQuotes(q).has(e.quote))))
    const question = quiz.questions[index] as Extract<Question, { kind: 'single' }>
    const wrong = question.options.find(o => o.id !== question.answer && o.evidence?.some(e => !ownQuotes(question).has(e.quote)))!
    const refuting = wrong.evidence!.find(e => !ownQuotes(question).has(e.quote))!
    const { page } = await open()
    await waitForQuiz(page)
    for (let i = 0; i < index; i++)
      await press(page, 'Next question')
    await answerByKeyboard(page, ROOT, question, wrong.id)
    await press(page, 'Check answer')
    const feedback = page.locator(ROOT).getByRole('region', { name: 'Feedback on your answer' })
    await expect.poll(() => feedback.textContent(), POLL).toContain(`Wrong · 0 of ${points(question.points)}`)
    const chosen = feedback.locator('.pm-option-feedback')
    expect(await chosen.count()).toBe(1)
    expect(await chosen.textContent()).toContain(`You chose “${wrong.text}”: ${wrong.feedback}`)
    // Announced with the verdict: the same live region holds both.
    expect(await chosen.evaluate(el => !!el.closest('[aria-live]')?.querySelector('.pm-verdict'))).toBe(true)
    // No other option's feedback is on the page.
    for (const other of question.options.filter(o => o.id !== wrong.id && o.feedback))
      expect(await page.locator(ROOT).textContent()).not.toContain(other.feedback)

    const buttons = chosen.getByRole('button', { name: /Read in context/ })
    const at = (await chosen.locator('blockquote').allTextContents()).findIndex(text => text.includes(refuting.quote))
    expect(at).toBeGreaterThanOrEqual(0)
    for (let i = 0; i <= at; i++)
      await tabTo(page, `${ROOT} .pm-option-feedback button.read-in-context`)
    expect(await buttons.nth(at).evaluate(el => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    const viewer = page.getByRole('dialog')
    await viewer.waitFor()
    await expect.poll(() => viewer.locator('mark').first().textContent(), POLL).toContain(refuting.quote)
  })

  it('keeps the slide still while a quiz control has focus, and the deck keys work again after Escape', async () => {
    const { page } = await open()
    await waitForQuiz(page)
    const url = page.url()
    await tabTo(page, `${ROOT} .pm-question :is(input, select, button)`)
    for (const key of ['ArrowRight', 'ArrowLeft', 'Space', 'ArrowDown', 'PageDown'])
      await page.keyboard.press(key)
    expect(page.url()).toBe(url)
    await page.keyboard.press('Escape')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.url(), POLL).not.toBe(url)
  })

  it.each([
    ['the quiz on a wide screen', { width: 1920, height: 1080 }],
    ['the quiz on a small screen', { width: 1024, height: 768 }],
  ])('has no serious or critical accessibility violations: %s, before and after feedback', async (_name, viewport) => {
    const { page } = await open(pathOf(quiz), viewport)
    await waitForQuiz(page)
    const scan = async () => (await new AxeBuilder({ page }).include('.slidev-page').analyze()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)
    expect(await scan()).toEqual([])
    await page.locator(ROOT).getByRole('radio').first().check()
    await page.locator(ROOT).getByRole('button', { name: 'Check answer' }).click()
    await page.locator(`${ROOT} .pm-feedback`).waitFor()
    expect(await scan()).toEqual([])
  })

  it('lets the lecturer in the presenter view reveal the key to the audience window, which follows the question shown', async () => {
    const { page: audience } = await open()
    await waitForQuiz(audience)
    const { page: presenter } = watched[watched.push(watchPage(await audience.context().newPage())) - 1]!
    await presenter.goto(audience.url().replace('#/', '#/presenter/'))
    await waitForQuiz(presenter)
    const key = presenter.getByRole('complementary', { name: 'Lecturer\'s key' })
    expect(await key.textContent()).toContain(`Key: ${kindOf(quiz.questions[0]!).describeKey(quiz.questions[0]!)}`)
    await presenter.locator(ROOT).getByRole('button', { name: 'Next question' }).click()
    await expect.poll(() => audience.locator(`${ROOT} .pm-progress`).textContent(), POLL).toContain('Question 2 of')
    await key.getByRole('button', { name: 'Reveal the answer to the audience' }).click()
    const revealed = audience.locator(`${ROOT} .pm-revealed`)
    await revealed.waitFor()
    expect(await revealed.textContent()).toContain(quiz.questions[1]!.explanation)
    await key.getByRole('button', { name: 'Hide the answer from the audience' }).click()
    await revealed.waitFor({ state: 'detached' })
  })

  it('offers the results as CSV and JSON downloads on the results slide', async () => {
    const question = quiz.questions[firstSingle] as Extract<Question, { kind: 'single' }>
    const { page } = await open()
    await waitForQuiz(page)
    for (let i = 0; i < firstSingle; i++)
      await page.locator(ROOT).getByRole('button', { name: 'Next question' }).click()
    const right = question.options.find(o => o.id === question.answer)!
    await page.locator(ROOT).getByRole('radio', { name: right.text }).check()
    await page.locator(ROOT).getByRole('button', { name: 'Check answer' }).click()
    await page.goto(page.url().replace(/#\/.*$/, '#/results'))
    await page.getByRole('heading', { name: 'Your results' }).waitFor()
    expect(await page.getByRole('row', { name: new RegExp(quiz.title.replace(/[()]/g, '.')) }).textContent()).toContain('In progress: 1 of')

    for (const format of ['CSV', 'JSON']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download results (${format})` }).click(),
      ])
      const text = readFileSync((await download.path())!, 'utf8')
      if (format === 'CSV') {
        expect(text).toMatch(/^\uFEFFquiz,question,prompt,answer,score,max,result,time\r\n/)
        expect(text).toContain(`${quiz.id},${question.id},`)
      }
      else {
        expect(JSON.parse(text).results).toEqual([expect.objectContaining({ quiz: quiz.id, question: question.id, answer: right.text, score: question.points, result: 'correct' })])
      }
    }

    // Grades for the course's LMS: by keyboard, checked, then a Canvas gradebook CSV keyed by SIS User ID.
    await page.getByText('Grades for your course\'s Moodle or Canvas').press('Enter')
    await page.getByLabel('LMS').selectOption('canvas')
    await page.getByLabel('Identify me by').selectOption('number')
    const id = page.getByLabel('Your student ID number')
    await id.fill('=1+1')
    await id.press('Enter')
    expect(await page.locator('#pm-grades-error').textContent()).toContain('is not an ID number')
    const axe = (await new AxeBuilder({ page }).include('.pm-grades').analyze()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)
    expect(axe).toEqual([])
    await id.fill('20231234')
    const [grades] = await Promise.all([page.waitForEvent('download'), id.press('Enter')])
    const csv = readFileSync((await grades.path())!, 'utf8').split('\r\n')
    expect(csv[0]).toBe(`\uFEFFStudent,ID,SIS User ID,SIS Login ID,Section,${content.value.quizzes.map(q => q.title.includes(',') ? `"${q.title}"` : q.title).join(',')}`)
    expect(csv[2]).toMatch(/^,,20231234,,,/)
    expect(csv[2]!.split(',')[5 + content.value.quizzes.indexOf(quiz)]).toBe(String(question.points))
  })
})
