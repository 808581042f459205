// <Quiz>: a student steps through a quiz, answers every kind with native
// controls, and sees feedback in words with points, explanation and evidence;
// practice and test modes, retry and reset, the presenter's key and reveal,
// and the print modes.
import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import Quiz from '../../../components/quiz/Quiz.vue'
import { kindNames } from '../../../logic/kinds/registry.ts'
import { STORAGE_KEY } from '../../../logic/progress/record.ts'
import { quiz } from '../../unit/progress-fixture.ts'
import { isPresenter, isPrintMode, locks, renderContext, resetFake } from './slidev-fake.ts'

vi.mock('../../../composables/slidev.ts', () => import('./slidev-fake.ts'))
vi.mock('../../../composables/revealSync.ts', async () => {
  const { createSyncState } = await import('./slidev-fake.ts')
  return { createRevealSync: () => createSyncState({ quizId: null, questionId: null, revealed: false }, { quizId: null, questionId: null, revealed: false }) }
})
vi.mock('virtual:content', () => import('./quiz-content.ts'))

const EvidenceQuote = defineComponent({
  name: 'EvidenceQuote',
  props: { source: { type: String, required: true }, quote: { type: String, required: true } },
  setup: props => () => h('figure', { class: 'evidence-stub' }, `${props.source}: ${props.quote}`),
})
const QuizWorksheet = defineComponent({ props: { quizId: String }, setup: props => () => h('div', `worksheet ${props.quizId}`) })

let wrappers: VueWrapper[] = []

function mountQuiz(id = 'fixture', pinia = createPinia()) {
  const wrapper = mount(Quiz, {
    props: { id },
    attachTo: document.body,
    global: { plugins: [pinia], components: { EvidenceQuote, QuizWorksheet } },
  })
  wrappers.push(wrapper)
  return wrapper
}

/** The form control a label names, as a user finds it. */
function control(wrapper: VueWrapper, label: string) {
  const found = wrapper.findAll('label').find(l => l.text().trim().startsWith(label))
  if (!found)
    throw new Error(`no control labelled "${label}" in: ${wrapper.text()}`)
  const forId = found.attributes('for')
  return forId ? wrapper.get(`[id="${forId}"]`) : found.get('input')
}

function button(wrapper: VueWrapper, name: string | RegExp) {
  const found = wrapper.findAll('button').find(b => (typeof name === 'string' ? (b.attributes('aria-label') ?? b.text()).trim() === name : name.test(b.attributes('aria-label') ?? b.text())))
  if (!found)
    throw new Error(`no button "${name}" in: ${wrapper.findAll('button').map(b => b.text()).join(' | ')}`)
  return found
}

async function goTo(wrapper: VueWrapper, questionId: string) {
  const index = quiz.questions.findIndex(q => q.id === questionId)
  for (let i = 0; i < index; i++)
    await button(wrapper, /Next question/).trigger('click')
}

const feedback = (wrapper: VueWrapper) => wrapper.find('[aria-label="Feedback on your answer"]')

beforeEach(() => {
  localStorage.clear()
  resetFake()
})

afterEach(() => {
  wrappers.forEach(w => w.unmount())
  wrappers = []
})

type Answering = (wrapper: VueWrapper) => Promise<unknown>

describe('Quiz', () => {
  it('has a component for every question kind', async () => {
    const { kindComponents } = await import('../../../components/quiz/kind-components.ts')
    for (const kind of kindNames)
      expect(kindComponents[kind], kind).toBeDefined()
    expect(new Set(quiz.questions.map(q => q.kind))).toEqual(new Set(kindNames))
  })

  it('shows the quiz title, its mode and where the student is', async () => {
    const wrapper = mountQuiz()
    expect(wrapper.get('h1').text()).toBe('Fixture quiz')
    expect(wrapper.text()).toContain('Practice: check each answer')
    expect(wrapper.text()).toContain('Question 1 of 7')
    expect(wrapper.get('progress').attributes()).toMatchObject({ value: '1', max: '7' })
    await button(wrapper, /Next question/).trigger('click')
    expect(wrapper.text()).toContain('Question 2 of 7')
    expect(wrapper.get('progress').attributes('value')).toBe('2')
    expect(wrapper.get('legend').text()).toContain('Which?')
    expect(wrapper.get('legend').text()).toContain('(2 points)')
  })

  it.each<[string, string, Answering, string, string]>([
    ['single', 'who', w => control(w, 'A court').setValue(true), 'Wrong', '0 of 1 point'],
    ['multiple', 'which', w => control(w, 'Email').setValue(true), 'Partly correct', '1 of 2 points'],
    ['truefalse', 'tf', w => control(w, 'True').setValue(true), 'Correct', '1 of 1 point'],
    ['numeric', 'users', w => control(w, 'Your answer (in users)').setValue('5 000'), 'Correct', '1 of 1 point'],
    ['text', 'body', w => control(w, 'Your answer').setValue('p.t.a.'), 'Correct', '1 of 1 point'],
    ['ordering', 'order', w => button(w, 'Move “Order in July” down').trigger('click'), 'Wrong', '0 of 1 point'],
    ['matching', 'pairs', w => control(w, '"never permitted"').setValue('bb'), 'Partly correct', '0.5 of 1 point'],
  ])('marks a %s answer once checked, with the verdict in words, points, explanation and evidence', async (_kind, id, answer, verdict, points) => {
    const wrapper = mountQuiz()
    await goTo(wrapper, id)
    expect(button(wrapper, 'Check answer').attributes('disabled')).toBeDefined()
    await answer(wrapper)
    expect(feedback(wrapper).exists()).toBe(false)
    await button(wrapper, 'Check answer').trigger('click')
    const box = feedback(wrapper)
    expect(box.get('.pm-verdict strong').text()).toBe(verdict)
    expect(box.get('.pm-verdict').text()).toContain(points)
    expect(box.text()).toContain('Because the text says so.')
    expect(box.get('.pm-evidence .evidence-stub').text()).toBe('sf-blackberry-exit: BlackBerry')
    if (verdict !== 'Correct')
      expect(box.text()).toContain('The answer:')
    // Checked answers are locked.
    expect(wrapper.get('fieldset').findAll('input, select').every(c => c.attributes('disabled') !== undefined)).toBe(true)
    expect(wrapper.findAll('button').some(b => b.text() === 'Check answer')).toBe(false)
  })

  it.each<[string, string, Answering, string[], string[]]>([
    ['a wrong single choice', 'who', w => control(w, 'A court').setValue(true), ['✗ You chose “A court”: No document says a court was involved.'], ['open-letter: a valid, written court order']],
    ['a right single choice with feedback', 'who', w => control(w, 'The PTA').setValue(true), ['✓ You chose “The PTA”: The report names the PTA.'], []],
    ['multiple picks: only the picked options that have feedback', 'which', async (w) => {
      await control(w, 'Email').setValue(true)
      await control(w, 'Voice, calls').setValue(true)
    }, ['✗ You chose “Voice, calls”: The order names emails and messages, not calls.'], []],
    ['multiple picks without a wrong one', 'which', w => control(w, 'BBM').setValue(true), [], []],
    ['the wrong true-or-false choice', 'tf', w => control(w, 'False').setValue(true), ['✗ You chose “False”: The report says it is true.'], []],
    ['the right true-or-false choice', 'tf', w => control(w, 'True').setValue(true), [], []],
    ['a wrong matching pair', 'pairs', async (w) => {
      await control(w, '"never permitted"').setValue('bb')
      await control(w, '"a precedent"').setValue('bb')
    }, ['✗ You matched “"a precedent" → BlackBerry”: BlackBerry does not say this.'], []],
    ['a matching answer without that pair', 'pairs', w => control(w, '"a precedent"').setValue('eff'), [], []],
    ['an ordering item out of place', 'order', w => button(w, 'Move “Order in July” down').trigger('click'), ['✗ Out of place: “Order in July”: The order came first.'], []],
  ])('after checking %s, shows that choice\'s feedback and evidence, and no other option\'s', async (_name, id, answer, shown, quotes) => {
    const wrapper = mountQuiz()
    await goTo(wrapper, id)
    await answer(wrapper)
    expect(wrapper.find('.pm-option-feedback').exists()).toBe(false)
    await button(wrapper, 'Check answer').trigger('click')
    const box = feedback(wrapper)
    expect(box.findAll('.pm-option-feedback').map(f => f.get('p').text().replace(/\s+/g, ' '))).toEqual(shown)
    expect(box.findAll('.pm-option-feedback .evidence-stub').map(e => e.text())).toEqual(quotes)
    // Announced with the verdict: inside the same live region.
    if (shown.length)
      expect(box.get('.pm-option-feedback').element.closest('[aria-live]')).toBe(box.element.closest('[aria-live]'))
    const otherFeedback = quiz.questions.flatMap(q => 'options' in q ? q.options.flatMap(o => 'feedback' in o && o.feedback && !shown.some(s => s.endsWith(o.feedback as string)) ? [o.feedback] : []) : [])
    for (const text of otherFeedback)
      expect(wrapper.text()).not.toContain(text)
  })

  it('in test mode shows the chosen option\'s feedback only in the review after submitting', async () => {
    const wrapper = mountQuiz('exam')
    await control(wrapper, 'A court').setValue(true)
    expect(wrapper.text()).not.toContain('No document says a court was involved.')
    for (let i = 1; i < quiz.questions.length; i++)
      await button(wrapper, /Next question/).trigger('click')
    await button(wrapper, 'Submit answers').trigger('click')
    for (let i = 1; i < quiz.questions.length; i++)
      await button(wrapper, /Previous/).trigger('click')
    expect(feedback(wrapper).get('.pm-option-feedback').text()).toContain('You chose “A court”: No document says a court was involved.')
    expect(feedback(wrapper).text()).not.toContain('The report names the PTA.')
  })

  it.each([
    ['single', 'who', 'input[type=radio]'],
    ['multiple', 'which', 'input[type=checkbox]'],
    ['truefalse', 'tf', 'input[type=radio]'],
    ['numeric', 'users', 'input[type=text]'],
    ['text', 'body', 'input[type=text]'],
    ['ordering', 'order', 'button[data-move]:not([disabled])'],
    ['matching', 'pairs', 'select'],
  ])('keeps the slide still while a %s control has focus, and lets go on leaving the quiz', async (_kind, id, selector) => {
    const wrapper = mountQuiz()
    await goTo(wrapper, id)
    const target = wrapper.get(selector)
    ;(target.element as HTMLElement).focus()
    expect(locks.size).toBe(1)
    ;(target.element as HTMLElement).blur()
    expect(locks.size).toBe(0)
  })

  it('Escape leaves the quiz, so the deck\'s keys work again', async () => {
    const wrapper = mountQuiz()
    const input = wrapper.get('input[type=radio]')
    ;(input.element as HTMLElement).focus()
    expect(locks.size).toBe(1)
    await input.trigger('keydown', { key: 'Escape' })
    expect(document.activeElement).not.toBe(input.element)
    expect(locks.size).toBe(0)
  })

  it('moves ordering items by keyboard-operable buttons, announcing each move and keeping focus on the item', async () => {
    const wrapper = mountQuiz()
    await goTo(wrapper, 'order')
    const items = () => wrapper.findAll('.pm-order-text').map(i => i.text())
    expect(items()).toEqual(['Order in July', 'Exit on December 30'])
    expect(button(wrapper, 'Move “Order in July” up').attributes('disabled')).toBeDefined()
    await button(wrapper, 'Move “Exit on December 30” up').trigger('click')
    await new Promise(resolve => setTimeout(resolve))
    expect(items()).toEqual(['Exit on December 30', 'Order in July'])
    expect(wrapper.get('[aria-live="polite"].sr-only').text()).toBe('“Exit on December 30” moved to position 1 of 2.')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move “Exit on December 30” down')
  })

  it('takes the order shown as the answer when the student keeps it', async () => {
    const wrapper = mountQuiz()
    await goTo(wrapper, 'order')
    await button(wrapper, 'Keep this order as my answer').trigger('click')
    await button(wrapper, 'Check answer').trigger('click')
    expect(feedback(wrapper).get('.pm-verdict').text()).toContain('Correct')
  })

  it('checks a typed answer on Enter (form submission)', async () => {
    const wrapper = mountQuiz()
    await goTo(wrapper, 'body')
    await control(wrapper, 'Your answer').setValue('Pakistan Telecommunications Authority')
    await wrapper.get('form').trigger('submit')
    expect(feedback(wrapper).text()).toContain('Correct')
  })

  it('in test mode gives no feedback until the answers are submitted, then the score and every feedback', async () => {
    const wrapper = mountQuiz('exam')
    expect(wrapper.text()).toContain('Test: answer every question, then submit')
    await control(wrapper, 'The PTA').setValue(true)
    expect(wrapper.findAll('button').some(b => b.text() === 'Check answer')).toBe(false)
    await button(wrapper, /Next question/).trigger('click')
    await control(wrapper, 'Email').setValue(true)
    await control(wrapper, 'Voice, calls').setValue(true)
    expect(feedback(wrapper).exists()).toBe(false)
    for (let i = 2; i < quiz.questions.length; i++)
      await button(wrapper, /Next question/).trigger('click')
    await button(wrapper, 'Submit answers').trigger('click')
    expect(wrapper.get('.pm-summary').text()).toContain('Your score: 1 of 8 points (12.5%) — not passed yet (pass mark 60%)')
    await button(wrapper, /Previous/).trigger('click')
    expect(feedback(wrapper).text()).toContain('Not answered')
    for (let i = 0; i < quiz.questions.length - 3; i++)
      await button(wrapper, /Previous/).trigger('click')
    expect(feedback(wrapper).get('.pm-verdict').text()).toMatch(/Wrong · 0 of 2 points$/)
    expect(wrapper.findAll('.pm-part-tag').map(t => t.text())).toEqual(['✓ right', '! missed: this was right', '✗ wrong'])
  })

  it('retry clears the answers for a fresh attempt; reset asks, then erases', async () => {
    const wrapper = mountQuiz('exam')
    await control(wrapper, 'The PTA').setValue(true)
    for (let i = 1; i < quiz.questions.length; i++)
      await button(wrapper, /Next question/).trigger('click')
    await button(wrapper, 'Submit answers').trigger('click')
    await button(wrapper, 'Retry').trigger('click')
    expect(wrapper.text()).toContain('Question 1 of 7')
    for (let i = 1; i < quiz.questions.length; i++)
      await button(wrapper, /Next question/).trigger('click')
    await button(wrapper, 'Submit answers').trigger('click')
    expect(wrapper.get('.pm-summary').text()).toContain('Attempt 2; your best so far: 12.5%.')
    await button(wrapper, 'Retry').trigger('click')
    expect((control(wrapper, 'The PTA').element as HTMLInputElement).checked).toBe(false)
    await control(wrapper, 'The PTA').setValue(true)
    await button(wrapper, 'Reset').trigger('click')
    expect(wrapper.text()).toContain('Erase all answers and past attempts of this quiz?')
    await button(wrapper, 'Yes, erase').trigger('click')
    expect((control(wrapper, 'The PTA').element as HTMLInputElement).checked).toBe(false)
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').quizzes.exam).toBeUndefined()
  })

  it('keeps answers, typed drafts included, across a reload', async () => {
    const first = mountQuiz()
    await goTo(first, 'body')
    await control(first, 'Your answer').setValue('Pakistan Tele')
    first.unmount()
    const again = mountQuiz()
    expect(again.text()).toContain('Question 5 of 7')
    expect((control(again, 'Your answer').element as HTMLInputElement).value).toBe('Pakistan Tele')
  })

  it('tells the student, without failing, when saved answers could not be read', async () => {
    localStorage.setItem(STORAGE_KEY, '{not json')
    const wrapper = mountQuiz()
    const notice = wrapper.get('[role="alert"]')
    expect(notice.text()).toContain('could not be read')
    await button(wrapper, 'Dismiss').trigger('click')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('shows the lecturer the key and lets them reveal it in the audience window', async () => {
    isPresenter.value = true
    renderContext.value = 'presenter'
    const presenter = mountQuiz()
    expect(presenter.get('[aria-label="Lecturer\'s key"]').text()).toContain('Key: The PTA')
    expect(presenter.get('input[type=radio]').attributes('disabled')).toBeDefined()

    isPresenter.value = false
    renderContext.value = 'slide'
    const audience = mountQuiz('fixture', createPinia())
    expect(audience.text()).not.toContain('Answer revealed by the lecturer')

    await button(presenter, 'Reveal the answer to the audience').trigger('click')
    expect(button(presenter, 'Hide the answer from the audience').attributes('aria-pressed')).toBe('true')
    await audience.vm.$nextTick()
    expect(audience.get('.pm-revealed').text()).toContain('Answer revealed by the lecturer')
    expect(audience.get('.pm-revealed').text()).toContain('Answer: The PTA')
  })

  it('follows the question the lecturer shows', async () => {
    const audience = mountQuiz()
    isPresenter.value = true
    renderContext.value = 'presenter'
    const presenter = mountQuiz('fixture', createPinia())
    await button(presenter, /Next question/).trigger('click')
    await button(presenter, /Next question/).trigger('click')
    await audience.vm.$nextTick()
    expect(presenter.text()).toContain('Question 3 of 7')
    expect(audience.text()).toContain('Question 3 of 7')
  })

  it('prints as the worksheet, never with its answers', () => {
    isPrintMode.value = true
    const wrapper = mountQuiz()
    expect(wrapper.text()).toBe('worksheet fixture')
  })

  it('says so when the quiz id is not in the bank', () => {
    expect(mountQuiz('no-such-quiz').text()).toContain('There is no quiz “no-such-quiz” in the question bank.')
  })
})

describe('Quiz in two windows', () => {
  it('takes answers saved by another window of the deck, so neither overwrites the other', async () => {
    const wrapper = mountQuiz()
    const other = JSON.parse(localStorage.getItem(STORAGE_KEY)!)
    const { keyHash } = await import('../../../logic/content/key-hash.ts')
    other.quizzes.fixture = { answers: { who: { value: 'court', keyHash: keyHash(quiz.questions[0]!), updatedAt: '2026-01-05T10:00:00.000Z' } }, position: 0, attempts: [] }
    const text = JSON.stringify(other)
    localStorage.setItem(STORAGE_KEY, text)
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: text }))
    await wrapper.vm.$nextTick()
    expect((control(wrapper, 'A court').element as HTMLInputElement).checked).toBe(true)
    // Taken as it is: not written back (two windows would echo each other for ever).
    expect(localStorage.getItem(STORAGE_KEY)).toBe(text)
  })

  it('keeps its own question on screen when another window saves', async () => {
    const wrapper = mountQuiz()
    await goTo(wrapper, 'tf')
    const other = JSON.parse(localStorage.getItem(STORAGE_KEY)!)
    other.quizzes.fixture.position = 0
    const text = JSON.stringify(other)
    localStorage.setItem(STORAGE_KEY, text)
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: text }))
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('Question 3 of 7')
  })
})
