// The session's results for the lecturer: every participant's score per asked question and total, and each question's statistics.
import type { Quiz } from '../content/quiz.ts'
import type { MarkedRound, ParticipantResult, QuestionStats, ResultsResponse, RoundStats } from './protocol.ts'
import type { MarkedAnswer } from './stats.ts'
import { roundScore } from '../marking/mark.ts'
import { questionKey } from './protocol.ts'
import { countedAnswer, DEFAULT_MARKED_ROUND } from './rounds.ts'
import { answerStats, histogram } from './stats.ts'

/** A question asked, in the order first opened; `twoRounds` once it has had a second round (peer instruction). */
export interface AskedQuestion {
  quizId: string
  questionId: string
  twoRounds?: true
}

type ByQuestion = ReadonlyMap<string, ReadonlyMap<string, MarkedAnswer>>

/**
 * `answers`: questionKey → participant id → marked answer (round 1, or the only round);
 * `second`: the same for round 2 of two-round questions. A two-round question's score is
 * the marked round's answer (round 2: else the first, carried over), and each round's own
 * score is kept beside it.
 */
export function buildResults(
  sessionId: string,
  quizzes: readonly Quiz[],
  asked: readonly AskedQuestion[],
  participants: ReadonlyArray<{ id: string, name: string, identifier?: string }>,
  answers: ByQuestion,
  second: ByQuestion = new Map(),
  markedRound: MarkedRound = DEFAULT_MARKED_ROUND,
): ResultsResponse {
  const questions: QuestionStats[] = []
  const counted = new Map<string, Map<string, MarkedAnswer>>()
  for (const { quizId, questionId, twoRounds } of asked) {
    const question = quizzes.find(q => q.id === quizId)?.questions.find(q => q.id === questionId)
    if (!question)
      continue
    const key = questionKey(quizId, questionId)
    const first = answers.get(key) ?? new Map<string, MarkedAnswer>()
    const again = second.get(key) ?? new Map<string, MarkedAnswer>()
    const marked = new Map<string, MarkedAnswer>()
    for (const id of new Set([...first.keys(), ...again.keys()])) {
      const answer = countedAnswer(first.get(id), again.get(id), !!twoRounds, markedRound)
      if (answer)
        marked.set(id, answer)
    }
    counted.set(key, marked)
    const given = [...marked.values()]
    const stats: QuestionStats = { quizId, questionId, prompt: question.prompt, kind: question.kind, max: question.points, ...answerStats(given), histogram: histogram(question, given, true) }
    if (twoRounds) {
      const round = (list: MarkedAnswer[]): RoundStats => ({ ...answerStats(list), histogram: histogram(question, list, true) })
      stats.rounds = [round([...first.values()]), round([...again.values()])]
    }
    questions.push(stats)
  }
  const rows: ParticipantResult[] = participants.map(({ id, name, identifier }) => {
    const scores: Record<string, number> = {}
    const rounds: Record<string, [number | null, number | null]> = {}
    for (const q of questions) {
      const key = questionKey(q.quizId, q.questionId)
      const mark = counted.get(key)?.get(id)?.mark
      if (mark)
        scores[key] = mark.score
      if (q.rounds)
        rounds[key] = [answers.get(key)?.get(id)?.mark.score ?? null, second.get(key)?.get(id)?.mark.score ?? null]
    }
    const row: ParticipantResult = { id, name, ...(identifier ? { identifier } : {}), scores, total: roundScore(Object.values(scores).reduce((sum, s) => sum + s, 0)) }
    return Object.keys(rounds).length ? { ...row, rounds } : row
  })
  return { sessionId, questions, participants: rows, maxTotal: roundScore(questions.reduce((sum, q) => sum + q.max, 0)), markedRound }
}
