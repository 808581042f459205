// Fits a saved record to the quizzes as they are now: an answer whose question
// is gone, whose key has changed since (key hash), or whose shape no longer fits
// its kind is dropped, never mis-marked. Returns what was dropped, for a notice.
import type { Quiz } from '../content/quiz.ts'
import type { ProgressRecord, QuizProgress } from './record.ts'
import * as v from 'valibot'
import { keyHash } from '../content/key-hash.ts'
import { kindOf } from '../kinds/registry.ts'

export type DropReason = 'quiz-removed' | 'question-removed' | 'key-changed' | 'unreadable'

export interface DroppedAnswer {
  quizId: string
  questionId: string
  reason: DropReason
}

export function reconcileProgress(record: ProgressRecord, quizzes: readonly Quiz[]): { record: ProgressRecord, dropped: DroppedAnswer[] } {
  const dropped: DroppedAnswer[] = []
  const result: ProgressRecord = { version: record.version, quizzes: {} }
  for (const [quizId, progress] of Object.entries(record.quizzes)) {
    const quiz = quizzes.find(q => q.id === quizId)
    if (!quiz) {
      dropped.push(...Object.keys(progress.answers).map(questionId => ({ quizId, questionId, reason: 'quiz-removed' as const })))
      continue
    }
    const answers: QuizProgress['answers'] = {}
    for (const [questionId, saved] of Object.entries(progress.answers)) {
      const question = quiz.questions.find(q => q.id === questionId)
      const reason: DropReason | undefined = !question
        ? 'question-removed'
        : saved.keyHash !== keyHash(question)
          ? 'key-changed'
          : !v.is(kindOf(question).answerSchema, saved.value) ? 'unreadable' : undefined
      if (reason)
        dropped.push({ quizId, questionId, reason })
      else
        answers[questionId] = saved
    }
    const lostSome = Object.keys(answers).length < Object.keys(progress.answers).length
    const { finishedAt, ...rest } = progress
    result.quizzes[quizId] = {
      ...rest,
      answers,
      position: Math.min(progress.position, quiz.questions.length - 1),
      // A finished attempt that lost answers is reopened, so the changed questions can be answered.
      ...(finishedAt && !lostSome ? { finishedAt } : {}),
    }
  }
  return { record: result, dropped }
}

/** "2 saved answers were removed because their questions have changed since." */
export function describeDropped(dropped: readonly DroppedAnswer[]): string | undefined {
  if (dropped.length === 0)
    return undefined
  const n = dropped.length
  return `${n} saved answer${n === 1 ? ' was' : 's were'} removed because ${n === 1 ? 'its question has' : 'their questions have'} changed since you answered. Please answer ${n === 1 ? 'it' : 'them'} again.`
}
