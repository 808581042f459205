// <QuizResults>: the results slide sums every quiz and each learning objective
// from the marked answers, and offers the results as JSON and CSV downloads.
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import QuizResults from '../../../components/quiz/QuizResults.vue'
import { saveFile } from '../../../composables/saveFile.ts'
import { useQuizStore } from '../../../stores/quiz.ts'

vi.mock('virtual:content', () => import('./quiz-content.ts'))
vi.mock('../../../composables/saveFile.ts', () => ({ saveFile: vi.fn() }))

function setup() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useQuizStore()
  const wrapper = mount(QuizResults, { global: { plugins: [pinia] } })
  return { store, wrapper }
}

function rowsOf(wrapper: ReturnType<typeof mount>, caption: string) {
  const table = wrapper.findAll('table').find(t => t.get('caption').text() === caption)
  return table!.findAll('tbody tr, tfoot tr').map(tr => tr.findAll('th, td').map(c => c.text()))
}

beforeEach(() => {
  localStorage.clear()
  vi.mocked(saveFile).mockClear()
})

describe('QuizResults', () => {
  it('lists every quiz as not started before any answer', () => {
    const { wrapper } = setup()
    expect(rowsOf(wrapper, 'By quiz')).toEqual([
      ['Fixture quiz', 'Not started', '0 / 8 (0%)'],
      ['Fixture test', 'Not started', '0 / 8 (0%)'],
      ['All quizzes', '', '0 / 16 (0%)'],
    ])
  })

  it('sums marked answers per quiz and per objective, and says which quizzes are in progress or finished', async () => {
    const { store, wrapper } = setup()
    store.setAnswer('fixture', 'who', 'pta')
    store.check('fixture', 'who')
    store.setAnswer('fixture', 'tf', true)
    store.setAnswer('exam', 'pairs', { p1: 'bb', p2: 'eff' })
    store.finish('exam')
    await wrapper.vm.$nextTick()
    expect(rowsOf(wrapper, 'By quiz')).toEqual([
      ['Fixture quiz', 'In progress: 2 of 7 answered', '1 / 8 (12.5%)'],
      ['Fixture test', 'Finished, not passed yet', '1 / 8 (12.5%)'],
      ['All quizzes', '', '2 / 16 (12.5%)'],
    ])
    expect(rowsOf(wrapper, 'By learning objective')).toEqual([
      ['BlackBerry and Pakistan', '7 of 12', '1 / 14'],
      ['Reading sources critically', '1 of 2', '1 / 2'],
    ])
  })

  it.each([
    ['JSON', 'json', 'application/json'],
    ['CSV', 'csv', 'text/csv;charset=utf-8'],
  ])('downloads the results as %s', async (label, extension, type) => {
    const { store, wrapper } = setup()
    store.setAnswer('fixture', 'who', 'court')
    store.check('fixture', 'who')
    await wrapper.findAll('button').find(b => b.text() === `Download results (${label})`)!.trigger('click')
    const [name, text, mime] = vi.mocked(saveFile).mock.calls[0]!
    expect(name).toMatch(new RegExp(`^quiz-results-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`))
    expect(mime).toBe(type)
    expect(text).toContain('A court')
    if (extension === 'csv')
      expect(text.startsWith('\uFEFFquiz,question,prompt,answer,score,max,result,time\r\n')).toBe(true)
    else
      expect(JSON.parse(text).results[0]).toMatchObject({ quiz: 'fixture', question: 'who', answer: 'A court', score: 0 })
  })
})

describe('QuizResults: grades for the course\'s LMS', () => {
  it.each([
    ['moodle', 'email', 'a.student@uni.ac.uk', 'Email address,Fixture quiz,Fixture test\r\na.student@uni.ac.uk,1,\r\n'],
    ['canvas', 'number', '20231234', 'Student,ID,SIS User ID,SIS Login ID,Section,Fixture quiz,Fixture test\r\nPoints Possible,,,,,8,8\r\n,,20231234,,,1,\r\n'],
  ])('%s, keyed by %s: the totals of the quizzes started, as that LMS imports them', async (lms, kind, identifier, csv) => {
    const { store, wrapper } = setup()
    store.setAnswer('fixture', 'who', 'pta')
    store.check('fixture', 'who')
    await wrapper.get('.pm-grades select').setValue(lms)
    await wrapper.findAll('.pm-grades select')[1]!.setValue(kind)
    await wrapper.get('.pm-grades input').setValue(identifier)
    await wrapper.get('.pm-grades form').trigger('submit')
    const [name, text, mime] = vi.mocked(saveFile).mock.calls[0]!
    expect(name).toMatch(new RegExp(`^quiz-grades-${lms}-\\d{4}-\\d{2}-\\d{2}\\.csv$`))
    expect(mime).toBe('text/csv;charset=utf-8')
    expect(text).toBe(`\uFEFF${csv}`)
  })

  it('says what is wrong with the identifier, in a live region, and downloads nothing', async () => {
    const { wrapper } = setup()
    await wrapper.get('.pm-grades input').setValue('not an email')
    await wrapper.get('.pm-grades form').trigger('submit')
    expect(saveFile).not.toHaveBeenCalled()
    expect(wrapper.get('#pm-grades-error').attributes('aria-live')).toBe('polite')
    expect(wrapper.get('#pm-grades-error').text()).toContain('"not an email" is not an email address')
    expect(wrapper.get('.pm-grades input').attributes('aria-invalid')).toBe('true')
  })
})
