// What counts and what shows: an answer is marked once the student checked it
// (practice) or finished the attempt (test); totals sum marked answers against
// every question's points, per quiz and per learning objective.
import type { Objective } from '../content/catalogue.ts'
import type { Quiz } from '../content/quiz.ts'
import type { AttemptResult } from '../marking/attempt.ts'
import type { QuizProgress } from './record.ts'
import { markAttempt } from '../marking/attempt.ts'
import { roundScore } from '../marking/mark.ts'
import { emptyQuizProgress } from './record.ts'

/** Whether this answer's mark and feedback are shown (and the answer locked). */
export function isMarked(progress: QuizProgress, questionId: string): boolean {
  return progress.finishedAt !== undefined || progress.answers[questionId]?.checkedAt !== undefined
}

export interface QuizSummary extends AttemptResult {
  /** Questions whose answer is marked. */
  marked: number
  /** Questions with an answer given (marked or not). */
  given: number
  total: number
  finished: boolean
}

/** Marks the marked answers of a quiz; `max` is over every question. */
export function summariseQuiz(quiz: Quiz, progress: QuizProgress = emptyQuizProgress()): QuizSummary {
  const marked: Record<string, unknown> = {}
  for (const question of quiz.questions) {
    if (isMarked(progress, question.id))
      marked[question.id] = progress.answers[question.id]?.value
  }
  const result = markAttempt(quiz.questions, marked, quiz.passMark)
  const given = quiz.questions.filter(q => progress.answers[q.id] !== undefined).length
  return { ...result, marked: Object.keys(marked).length, given, total: quiz.questions.length, finished: progress.finishedAt !== undefined }
}

export interface ObjectiveTotal {
  objective: Objective
  score: number
  max: number
  /** Questions testing this objective, in every quiz. */
  questions: number
  marked: number
}

/** Sums every quiz's marked answers by the learning objective each question tests. */
export function totalsByObjective(
  quizzes: readonly Quiz[],
  progressOf: (quizId: string) => QuizProgress | undefined,
  objectives: readonly Objective[],
): ObjectiveTotal[] {
  const totals = new Map(objectives.map(o => [o.id, { objective: o, score: 0, max: 0, questions: 0, marked: 0 }]))
  for (const quiz of quizzes) {
    const progress = progressOf(quiz.id) ?? emptyQuizProgress()
    const { marks } = summariseQuiz(quiz, progress)
    for (const question of quiz.questions) {
      const total = totals.get(question.objective)
      const mark = marks[question.id]
      if (!total || !mark)
        continue
      total.questions++
      total.max += mark.max
      if (isMarked(progress, question.id)) {
        total.marked++
        total.score += mark.score
      }
    }
  }
  return [...totals.values()]
    .filter(t => t.questions > 0)
    .map(t => ({ ...t, score: roundScore(t.score), max: roundScore(t.max) }))
}
