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
import { percentText, scoreOfMax } from '../../logic/marking/score-text.ts'
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

/** Where the text on a page is under `minPx`, and which controls are under 44 px either way (a radio or tick box counts by its label). */
async function measure(page: Page, root: string, minPx: number) {
  return page.evaluate(([sel, min]) => {
    const scope = document.querySelector(sel as string)!
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect()
      return rect.width > 1 && rect.height > 1 && getComputedStyle(el).visibility !== 'hidden'
    }
    const small: string[] = []
    for (const el of scope.querySelectorAll('*')) {
      const own = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')
      if (own && visible(el) && Number.parseFloat(getComputedStyle(el).fontSize) < (min as number))
        small.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 30)}" ${getComputedStyle(el).fontSize}`)
    }
    const tiny: string[] = []
    for (const el of scope.querySelectorAll('button, a[href], select, input[type=text], label:has(input[type=radio], input[type=checkbox])')) {
      const rect = el.getBoundingClientRect()
      if (visible(el) && (rect.height < 44 || rect.width < 44))
        tiny.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`)
    }
    const page = scope as HTMLElement
    return { small, tiny, overflow: page.scrollWidth - page.clientWidth }
  }, [root, minPx] as const)
}

describe('a quiz on a phone', () => {
  const phoneRoot = (q: Quiz) => `body > .pm-quiz.pm-phone[data-quiz-id="${q.id}"]`

  it.each([
    ['portrait 390×844', { width: 390, height: 844 }],
    ['landscape 844×390', { width: 844, height: 390 }],
    ['a 320 px wide screen', { width: 320, height: 640 }],
  ])('is a page of its own (%s): every question and its feedback with text of 16 px or more, controls of 44 px or more, nothing wider than the screen', async (_name, viewport) => {
    const taken = quizzes.find(q => q.questions.some(x => x.kind === 'matching') && q.mode === 'practice')!
    const root = phoneRoot(taken)
    const { page } = await open(pathOf(taken), viewport)
    await page.locator(`${root} h1`).waitFor()
    for (const [index, question] of taken.questions.entries()) {
      await expect.poll(() => page.locator(`${root} .pm-progress`).textContent(), POLL).toContain(`Question ${index + 1} of`)
      expect(await measure(page, root, 16), `question ${index + 1}`).toEqual({ small: [], tiny: [], overflow: 0 })
      await page.locator(`${root} .pm-question :is(input, select, button)`).first().focus()
      await answerByKeyboard(page, root, question, plannedAnswer(question, false))
      await page.locator(root).getByRole('button', { name: 'Check answer' }).click()
      await page.locator(`${root} .pm-feedback`).waitFor()
      expect(await measure(page, root, 16), `question ${index + 1} with its feedback`).toEqual({ small: [], tiny: [], overflow: 0 })
      if (index < taken.questions.length - 1)
        await page.locator(root).getByRole('button', { name: 'Next question' }).click()
    }
  })

  it('scrolls as one page and opens the next question at its top; the slide buttons leave the quiz', async () => {
    const root = phoneRoot(quiz)
    const { page } = await open(pathOf(quiz), { width: 390, height: 844 })
    await page.locator(`${root} h1`).waitFor()
    await page.locator(root).getByRole('radio').first().check()
    await page.locator(root).getByRole('button', { name: 'Check answer' }).click()
    await page.locator(`${root} .pm-feedback`).waitFor()
    // The verdict is in view once checked.
    const verdict = await page.locator(`${root} .pm-verdict`).boundingBox()
    expect(verdict!.y).toBeGreaterThanOrEqual(0)
    expect(verdict!.y + verdict!.height).toBeLessThanOrEqual(844)
    await page.locator(root).evaluate(el => el.scrollTo({ top: el.scrollHeight }))
    await page.locator(root).getByRole('button', { name: 'Next question' }).click()
    await expect.poll(() => page.locator(root).evaluate(el => el.scrollTop), POLL).toBe(0)
    const url = page.url()
    await page.locator(root).getByRole('button', { name: 'Next slide' }).click()
    await expect.poll(() => page.url(), POLL).not.toBe(url)
    await expect.poll(() => page.locator('body > .pm-quiz.pm-phone').count(), POLL).toBe(0)
    // The rest of the deck says how to read it on a phone.
    const notice = page.getByRole('complementary', { name: 'Reading on a phone' })
    expect(await notice.textContent()).toContain('Turn your phone sideways and swipe')
    expect(await notice.getByRole('link', { name: 'Open the slides as a PDF' }).getAttribute('href')).toBe('slides.pdf')
    expect(await measure(page, '.pm-phone-notice', 16)).toEqual({ small: [], tiny: [], overflow: 0 })
  })
})

describe('the quizzes in the built deck', () => {
  it('asks before a test is submitted, listing every unanswered question; Escape keeps answering', async () => {
    const test = quizzes.find(q => q.mode === 'test')!
    const root = rootOf(test)
    const { page } = await open(pathOf(test))
    await waitForQuiz(page, root)
    for (let i = 1; i < test.questions.length; i++)
      await press(page, 'Next question', root)
    await press(page, 'Submit answers', root)
    const dialog = page.getByRole('dialog', { name: 'Submit your answers?' })
    await dialog.waitFor()
    expect((await dialog.getByRole('listitem').allTextContents()).map(t => t.trim())).toEqual(test.questions.map((q, i) => `Question ${i + 1}: ${q.prompt}`))
    expect(await dialog.evaluate(el => el.contains(document.activeElement))).toBe(true)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await page.locator(`${root} .pm-summary`).count()).toBe(0)
  })

  it('says at once when a number box holds what cannot be read as a number', async () => {
    const at = quiz.questions.findIndex(q => q.kind === 'numeric')
    const { page } = await open()
    await waitForQuiz(page)
    for (let i = 0; i < at; i++)
      await press(page, 'Next question')
    await tabTo(page, `${ROOT} .pm-question input[type=text]`)
    await page.keyboard.type('lots')
    await expect.poll(() => page.locator(`${ROOT} .pm-input-check`).textContent(), POLL).toContain('“lots” is not a number we can read')
    expect(await page.locator(`${ROOT} .pm-question input[type=text]`).getAttribute('aria-invalid')).toBe('true')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('5,000')
    await expect.poll(() => page.locator(`${ROOT} .pm-input-check`).textContent(), POLL).toBe('')
  })

  it('opens each question at its top after Next, with the verdict first in the feedback', async () => {
    const { page } = await open(pathOf(quiz), { width: 1280, height: 720 })
    await waitForQuiz(page)
    const body = page.locator(`${ROOT} .pm-quiz-body`)
    for (let i = 0; i < quiz.questions.length - 1; i++) {
      await answerByKeyboard(page, ROOT, quiz.questions[i]!, plannedAnswer(quiz.questions[i]!, false))
      await press(page, 'Check answer')
      await page.locator(`${ROOT} .pm-feedback`).waitFor()
      const top = await body.boundingBox()
      const verdict = await page.locator(`${ROOT} .pm-verdict`).boundingBox()
      expect(verdict!.y, `question ${i + 1}: verdict in view`).toBeGreaterThanOrEqual(top!.y - 1)
      expect(verdict!.y + verdict!.height, `question ${i + 1}: verdict in view`).toBeLessThanOrEqual(top!.y + top!.height)
      // Whatever scrolls in the quiz (one box, or a column of its own) is scrolled to its end.
      await page.locator(ROOT).evaluate((root) => {
        for (const el of [root, ...root.querySelectorAll('*')])
          el.scrollTop = el.scrollHeight
      })
      // Keyboard users reach Next after the feedback's buttons.
      await press(page, 'Next question')
      await expect.poll(() => page.locator(ROOT).evaluate(root => [root, ...root.querySelectorAll('*')].filter(el => el.scrollTop > 0).map(el => el.className)), POLL).toEqual([])
      expect(await page.evaluate(() => document.activeElement?.classList.contains('pm-question'))).toBe(true)
    }
  })

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
    if (taken.mode === 'test') {
      // Everything is answered: the confirmation says so, and focus is inside it.
      await expect.poll(() => page.locator(`${root} [role="dialog"]`).textContent(), POLL).toContain('Every question is answered.')
      await press(page, 'Submit', `${root} [role="dialog"]`)
    }
    const expected = markAttempt(taken.questions, answers, taken.passMark)
    const scoreLine = `Your score: ${scoreOfMax(expected.score, expected.max)} (${percentText(expected.percentage)})`
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

  it('keeps the presenter\'s reveal button in view on the longest question, its key as a table', async () => {
    const longest = quizzes.flatMap(q => q.questions.map((question, index) => ({ q, question, index })))
      .filter(({ question }) => question.kind === 'matching')
      .sort((a, b) => (b.question.kind === 'matching' ? b.question.prompts.length : 0) - (a.question.kind === 'matching' ? a.question.prompts.length : 0))[0]!
    const root = rootOf(longest.q)
    const { page } = await open(pathOf(longest.q).replace('#/', '#/presenter/'), { width: 1280, height: 720 })
    await waitForQuiz(page, root)
    for (let i = 0; i < longest.index; i++)
      await page.locator(root).getByRole('button', { name: 'Next question' }).click()
    const key = page.getByRole('complementary', { name: 'Lecturer\'s key' })
    await expect.poll(() => key.locator('tbody tr').count(), POLL).toBe(longest.question.kind === 'matching' ? longest.question.prompts.length : 0)
    // The question is longer than the slide: it scrolls.
    expect(await page.locator(`${root} .pm-quiz-body`).evaluate((el) => {
      el.scrollTo({ top: el.scrollHeight })
      return el.scrollTop
    })).toBeGreaterThan(0)
    const reveal = key.getByRole('button', { name: 'Reveal the answer to the audience' })
    const box = (await reveal.boundingBox())!
    const body = (await page.locator(`${root} .pm-quiz-body`).boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(body.y - 1)
    expect(box.y + box.height).toBeLessThanOrEqual(body.y + body.height + 1)
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
