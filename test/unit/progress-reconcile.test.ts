// Saved answers are fitted to the quizzes as they are now: an answer whose key
// changed since is dropped (never mis-marked), and the student is told so.
import type { ProgressRecord, QuizProgress } from '../../logic/progress/record.ts'
import { describe, expect, it } from 'vitest'
import { keyHash } from '../../logic/content/key-hash.ts'
import { describeDropped, reconcileProgress } from '../../logic/progress/reconcile.ts'
import { question, quiz } from './progress-fixture.ts'

const at = '2026-01-05T10:00:00.000Z'

function saved(questionId: string, value: unknown, hash = keyHash(question(questionId))) {
  return { value, keyHash: hash, updatedAt: at }
}

function recordOf(progress: Partial<QuizProgress>, quizId = quiz.id): ProgressRecord {
  return { version: 1, quizzes: { [quizId]: { answers: {}, position: 0, attempts: [], ...progress } } }
}

describe('reconcileProgress', () => {
  it('keeps answers whose question and key are unchanged', () => {
    const record = recordOf({ answers: { who: saved('who', 'pta'), users: saved('users', '5 000') }, position: 3, finishedAt: at })
    expect(reconcileProgress(record, [quiz])).toEqual({ record, dropped: [] })
  })

  it.each([
    ['key-changed', 'who', saved('who', 'pta', '00000000')],
    ['question-removed', 'gone', saved('who', 'pta')],
    ['unreadable', 'which', saved('which', 'a')],
  ] as const)('drops an answer when %s', (reason, questionId, entry) => {
    const record = recordOf({ answers: { [questionId]: entry, tf: saved('tf', true) } })
    const result = reconcileProgress(record, [quiz])
    expect(result.dropped).toEqual([{ quizId: quiz.id, questionId, reason }])
    expect(Object.keys(result.record.quizzes[quiz.id]?.answers ?? {})).toEqual(['tf'])
  })

  it('drops the progress of a quiz that no longer exists', () => {
    const result = reconcileProgress(recordOf({ answers: { a: saved('who', 'pta') } }, 'retired'), [quiz])
    expect(result.record.quizzes).toEqual({})
    expect(result.dropped).toEqual([{ quizId: 'retired', questionId: 'a', reason: 'quiz-removed' }])
  })

  it('reopens a finished attempt that lost an answer, so the changed question can be answered', () => {
    const record = recordOf({ answers: { who: saved('who', 'pta', '00000000'), tf: saved('tf', true) }, finishedAt: at })
    expect(reconcileProgress(record, [quiz]).record.quizzes[quiz.id]?.finishedAt).toBeUndefined()
  })

  it('keeps the position inside the quiz when questions were removed', () => {
    expect(reconcileProgress(recordOf({ position: 40 }), [quiz]).record.quizzes[quiz.id]?.position).toBe(quiz.questions.length - 1)
  })

  it.each([
    [0, undefined],
    [1, '1 saved answer was removed because its question has changed since you answered. Please answer it again.'],
    [2, '2 saved answers were removed because their questions have changed since you answered. Please answer them again.'],
  ])('describes %i dropped answers for the notice', (n, text) => {
    const dropped = Array.from({ length: n }, (_, i) => ({ quizId: 'q', questionId: `a${i}`, reason: 'key-changed' as const }))
    expect(describeDropped(dropped)).toBe(text)
  })
})
