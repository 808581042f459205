// The student's results as a download: one row per answer given (quiz,
// question, answer in words, score, time), as JSON or as CSV (logic/csv.ts);
// and the quiz totals as a grade sheet for the lecturer's LMS
// (logic/interchange/grade-csv.ts).
import type { Quiz } from '../content/quiz.ts'
import type { GradeSheet } from '../interchange/grade-csv.ts'
import type { Verdict } from '../marking/mark.ts'
import type { QuizProgress } from './record.ts'
import { csvText } from '../csv.ts'
import { describeAnswer } from './describe-answer.ts'
import { isMarked, summariseQuiz } from './summary.ts'

export interface ResultRow {
  quiz: string
  question: string
  prompt: string
  answer: string
  /** `null` while the answer is not yet marked (not checked, test not finished). */
  score: number | null
  max: number
  result: Verdict | 'not marked yet'
  /** When the answer was last changed or checked, ISO 8601. */
  time: string
}

export function resultRows(quizzes: readonly Quiz[], progressOf: (quizId: string) => QuizProgress | undefined): ResultRow[] {
  return quizzes.flatMap((quiz) => {
    const progress = progressOf(quiz.id)
    if (!progress)
      return []
    const { marks } = summariseQuiz(quiz, progress)
    return quiz.questions.flatMap((question): ResultRow[] => {
      const saved = progress.answers[question.id]
      if (!saved)
        return []
      const marked = isMarked(progress, question.id)
      const mark = marks[question.id]
      return [{
        quiz: quiz.id,
        question: question.id,
        prompt: question.prompt,
        answer: describeAnswer(question, saved.value),
        score: marked && mark ? mark.score : null,
        max: question.points,
        result: marked && mark ? mark.verdict : 'not marked yet',
        time: saved.checkedAt ?? saved.updatedAt,
      }]
    })
  })
}

export function resultsJson(rows: readonly ResultRow[], exportedAt: string): string {
  return `${JSON.stringify({ exportedAt, results: rows }, null, 2)}\n`
}

const CSV_COLUMNS = ['quiz', 'question', 'prompt', 'answer', 'score', 'max', 'result', 'time'] as const satisfies ReadonlyArray<keyof ResultRow>

/** A header row, then one line per answer (see logic/csv.ts). */
export function resultsCsv(rows: readonly ResultRow[]): string {
  return csvText([CSV_COLUMNS, ...rows.map(row => CSV_COLUMNS.map(c => row[c]))])
}

/**
 * The student's totals as one row of a grade sheet, keyed by the identifier
 * they typed: a column per quiz (its points), the score of the answers marked
 * so far, and no grade for a quiz with no answer.
 */
export function selfStudyGradeSheet(quizzes: readonly Quiz[], progressOf: (quizId: string) => QuizProgress | undefined, identifier: string): GradeSheet {
  return {
    columns: quizzes.map(quiz => ({ title: quiz.title, points: summariseQuiz(quiz).max })),
    rows: [{
      identifier,
      scores: quizzes.map((quiz) => {
        const progress = progressOf(quiz.id)
        const summary = progress && summariseQuiz(quiz, progress)
        return summary && summary.given > 0 ? summary.score : null
      }),
    }],
  }
}
