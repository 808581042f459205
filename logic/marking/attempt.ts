// Marks one answer, and a whole attempt at a quiz: total, percentage, pass/fail.
import type { Question } from '../kinds/registry.ts'
import type { Mark } from './mark.ts'
import * as v from 'valibot'
import { kindOf } from '../kinds/registry.ts'
import { roundScore } from './mark.ts'

/** Marks an answer of any kind; an answer of the wrong shape is `unanswered` with a note. */
export function markAnswer(question: Question, answer: unknown): Mark {
  const kind = kindOf(question)
  if (answer === undefined || answer === null)
    return kind.mark(question, undefined)
  const parsed = v.safeParse(kind.answerSchema, answer)
  if (!parsed.success)
    return { score: 0, max: question.points, verdict: 'unanswered', parts: {}, note: 'The saved answer has the wrong shape for this question.' }
  return kind.mark(question, parsed.output)
}

export interface AttemptResult {
  score: number
  max: number
  /** 0–100, rounded to one decimal. */
  percentage: number
  passed: boolean
  answered: number
  marks: Record<string, Mark>
}

/** Marks every question of a quiz; `passMark` is a percentage. */
export function markAttempt(
  questions: readonly Question[],
  answers: Readonly<Record<string, unknown>>,
  passMark: number,
): AttemptResult {
  const marks: Record<string, Mark> = {}
  let score = 0
  let max = 0
  let answered = 0
  for (const question of questions) {
    const mark = markAnswer(question, answers[question.id])
    marks[question.id] = mark
    score += mark.score
    max += mark.max
    if (mark.verdict !== 'unanswered')
      answered++
  }
  score = roundScore(score)
  const percentage = max > 0 ? Math.round((score / max) * 1000) / 10 : 0
  return { score, max: roundScore(max), percentage, passed: percentage >= passMark, answered, marks }
}
