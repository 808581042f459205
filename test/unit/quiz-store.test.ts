// useQuizStore keeps every answer across reloads (a reload is a new Pinia over
// the same localStorage), and discards a damaged or outdated record, or an
// answer whose key changed, with a notice instead of an error.
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { keyHash } from '../../logic/content/key-hash.ts'
import { STORAGE_KEY } from '../../logic/progress/record.ts'
import { useQuizStore } from '../../stores/quiz.ts'
import { question } from './progress-fixture.ts'

vi.mock('virtual:content', async () => {
  const fixture = await import('./progress-fixture.ts')
  return {
    default: {
      quizzes: [fixture.quiz, { ...fixture.quiz, id: 'exam', mode: 'test' }],
      objectives: [
        { id: 'blackberry-case', title: 'BlackBerry and Pakistan', text: '…' },
        { id: 'critical-reading', title: 'Reading sources critically', text: '…' },
        { id: 'concepts', title: 'Key concepts', text: '…' },
      ],
      sources: [],
      facts: {},
    },
  }
})

class MemoryStorage implements Storage {
  items = new Map<string, string>()
  get length() { return this.items.size }
  clear() { this.items.clear() }
  getItem(key: string) { return this.items.get(key) ?? null }
  key(index: number) { return [...this.items.keys()][index] ?? null }
  removeItem(key: string) { this.items.delete(key) }
  setItem(key: string, value: string) { this.items.set(key, String(value)) }
}

let storage: MemoryStorage

/** A fresh page load: a new Pinia reading the same storage. */
function reload() {
  setActivePinia(createPinia())
  return useQuizStore()
}

function saved() {
  return JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null')
}

beforeEach(() => {
  storage = new MemoryStorage()
  vi.stubGlobal('localStorage', storage)
})

describe('useQuizStore', () => {
  it('saves an answer at once and finds it after a reload, unsubmitted drafts included', () => {
    const store = reload()
    store.setAnswer('fixture', 'who', 'pta')
    store.setAnswer('fixture', 'body', 'Pakistan Telecom')
    store.check('fixture', 'who')
    store.setPosition('fixture', 4)

    const again = reload()
    expect(again.answerOf('fixture', 'who')).toBe('pta')
    expect(again.marked('fixture', 'who')).toBe(true)
    expect(again.answerOf('fixture', 'body')).toBe('Pakistan Telecom')
    expect(again.marked('fixture', 'body')).toBe(false)
    expect(again.progressOf('fixture').position).toBe(4)
    expect(again.notice).toBeUndefined()
  })

  it('marks an answer only once checked, then locks it', () => {
    const store = reload()
    store.setAnswer('fixture', 'who', 'court')
    expect(store.markOf('fixture', 'who')).toBeUndefined()
    store.check('fixture', 'who')
    expect(store.markOf('fixture', 'who')).toMatchObject({ verdict: 'wrong', score: 0, max: 1 })
    store.setAnswer('fixture', 'who', 'pta')
    expect(store.answerOf('fixture', 'who')).toBe('court')
  })

  it('does not check an empty answer', () => {
    const store = reload()
    store.setAnswer('fixture', 'body', '  ')
    store.check('fixture', 'body')
    expect(store.marked('fixture', 'body')).toBe(false)
    expect(store.hasAnswer('fixture', 'body')).toBe(false)
  })

  it('in a test, marks nothing until the attempt is finished, then everything', () => {
    const store = reload()
    store.setAnswer('exam', 'who', 'pta')
    store.check('exam', 'who')
    expect(store.marked('exam', 'who')).toBe(false)
    store.setAnswer('exam', 'which', ['a'])
    store.finish('exam')
    expect(store.summary('exam')).toMatchObject({ score: 2, max: 8, percentage: 25, passed: false, finished: true })
    expect(store.markOf('exam', 'which')).toMatchObject({ verdict: 'partial', score: 1 })
    expect(store.progressOf('exam').attempts).toEqual([expect.objectContaining({ score: 2, max: 8, passed: false })])
  })

  it('retry starts afresh and keeps past attempts; reset forgets the quiz', () => {
    const store = reload()
    store.setAnswer('exam', 'who', 'pta')
    store.finish('exam')
    store.retry('exam')
    expect(store.answerOf('exam', 'who')).toBeUndefined()
    expect(store.summary('exam')?.finished).toBe(false)
    expect(store.progressOf('exam').attempts).toHaveLength(1)
    store.reset('exam')
    expect(saved().quizzes.exam).toBeUndefined()
    expect(reload().progressOf('exam').attempts).toEqual([])
  })

  it('sums marked answers per learning objective across quizzes', () => {
    const store = reload()
    store.setAnswer('fixture', 'who', 'pta')
    store.check('fixture', 'who')
    store.setAnswer('fixture', 'pairs', { p1: 'bb', p2: 'bb' })
    store.check('fixture', 'pairs')
    store.setAnswer('exam', 'tf', true)
    expect(store.objectiveTotals.map(t => [t.objective.id, t.score, t.max, t.marked, t.questions])).toEqual([
      ['blackberry-case', 1, 14, 1, 12],
      ['critical-reading', 0.5, 2, 1, 2],
    ])
  })

  it.each([
    ['not JSON', '{"version":1,"quiz'],
    ['of the wrong shape', JSON.stringify({ version: 1, quizzes: { fixture: { answers: 'lots' } } })],
  ])('discards a saved record that is %s, with a notice, and works on', (_name, text) => {
    storage.setItem(STORAGE_KEY, text)
    const store = reload()
    expect(store.notice).toMatch(/could not be read .* so they were cleared/)
    expect(store.answerOf('fixture', 'who')).toBeUndefined()
    store.setAnswer('fixture', 'who', 'pta')
    expect(saved().quizzes.fixture.answers.who.value).toBe('pta')
  })

  it('discards a record of another version with a notice, under its own key or an older one', () => {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 0, quizzes: {} }))
    expect(reload().notice).toMatch(/version 0 .* so they were cleared/)

    storage.setItem('privacy-module:quiz-progress:v0', '{"answers":[]}')
    const store = reload()
    expect(store.notice).toMatch(/older version of these quizzes/)
    expect(storage.getItem('privacy-module:quiz-progress:v0')).toBeNull()
  })

  it('drops an answer whose question\'s key has changed since, and says so', () => {
    storage.setItem(STORAGE_KEY, JSON.stringify({
      version: 1,
      quizzes: {
        fixture: {
          answers: {
            who: { value: 'court', keyHash: '00000000', updatedAt: '2026-01-05T10:00:00.000Z', checkedAt: '2026-01-05T10:00:01.000Z' },
            tf: { value: true, keyHash: keyHash(question('tf')), updatedAt: '2026-01-05T10:00:00.000Z' },
          },
          position: 0,
          attempts: [],
        },
      },
    }))
    const store = reload()
    expect(store.answerOf('fixture', 'who')).toBeUndefined()
    expect(store.markOf('fixture', 'who')).toBeUndefined()
    expect(store.answerOf('fixture', 'tf')).toBe(true)
    expect(store.notice).toBe('1 saved answer was removed because its question has changed since you answered. Please answer it again.')
    expect(saved().quizzes.fixture.answers.who).toBeUndefined()
  })

  it('tells the student when the browser will not store answers', () => {
    storage.setItem = () => {
      throw new Error('QuotaExceededError')
    }
    const store = reload()
    store.setAnswer('fixture', 'who', 'pta')
    expect(store.notice).toMatch(/could not be saved/)
    expect(store.answerOf('fixture', 'who')).toBe('pta')
  })
})
