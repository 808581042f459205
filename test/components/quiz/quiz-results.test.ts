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
