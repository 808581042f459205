// The session's results for the lecturer: every participant's score per asked question and total, and each question's statistics.
import type { Quiz } from '../content/quiz.ts'
import type { ParticipantResult, QuestionStats, ResultsResponse } from './protocol.ts'
import type { MarkedAnswer } from './stats.ts'
import { roundScore } from '../marking/mark.ts'
import { questionKey } from './protocol.ts'
import { answerStats, histogram } from './stats.ts'

export interface AskedQuestion {
  quizId: string
  questionId: string
}

/** `answers`: questionKey → participant id → marked answer. */
export function buildResults(
  sessionId: string,
  quizzes: readonly Quiz[],
  asked: readonly AskedQuestion[],
  participants: ReadonlyArray<{ id: string, name: string, identifier?: string }>,
  answers: ReadonlyMap<string, ReadonlyMap<string, MarkedAnswer>>,
): ResultsResponse {
  const questions: QuestionStats[] = []
  for (const { quizId, questionId } of asked) {
    const question = quizzes.find(q => q.id === quizId)?.questions.find(q => q.id === questionId)
    if (!question)
      continue
    const given = [...(answers.get(questionKey(quizId, questionId))?.values() ?? [])]
    questions.push({ quizId, questionId, prompt: question.prompt, kind: question.kind, max: question.points, ...answerStats(given), histogram: histogram(question, given, true) })
  }
  const rows: ParticipantResult[] = participants.map(({ id, name, identifier }) => {
    const scores: Record<string, number> = {}
    for (const q of questions) {
      const key = questionKey(q.quizId, q.questionId)
      const mark = answers.get(key)?.get(id)?.mark
      if (mark)
        scores[key] = mark.score
    }
    return { id, name, ...(identifier ? { identifier } : {}), scores, total: roundScore(Object.values(scores).reduce((sum, s) => sum + s, 0)) }
  })
  return { sessionId, questions, participants: rows, maxTotal: roundScore(questions.reduce((sum, q) => sum + q.max, 0)) }
}
