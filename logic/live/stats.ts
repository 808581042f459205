// Counts a question's answers for the room: the histogram (by option for choice kinds, by verdict after reveal for the others) and per-question statistics.
import type { Question } from '../kinds/registry.ts'
import type { Mark } from '../marking/mark.ts'
import type { Histogram } from './protocol.ts'
import { roundScore } from '../marking/mark.ts'

/** One stored answer with its mark. */
export interface MarkedAnswer {
  answer: unknown
  mark: Mark
}

type Bucket = Histogram['buckets'][number]

function bucket(id: string, label: string, count: number, correct: boolean | undefined): Bucket {
  return correct === undefined ? { id, label, count } : { id, label, count, correct }
}

/** The option ids an answer picks, for the choice kinds (unknown shapes pick nothing). */
function picked(question: Question, answer: unknown): unknown[] {
  if (question.kind === 'multiple')
    return Array.isArray(answer) ? [...new Set(answer)] : []
  return [answer]
}

/**
 * Single, multiple, true/false: one bucket per option. Other kinds: one
 * 'answered' bucket before reveal, then correct / partial / incorrect.
 * `correct` is set on buckets only once revealed.
 */
export function histogram(question: Question, answers: readonly MarkedAnswer[], revealed: boolean): Histogram {
  const count = (test: (a: MarkedAnswer) => boolean) => answers.filter(test).length
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const right = new Set(question.kind === 'single' ? [question.answer] : question.answer)
      return { buckets: question.options.map(option => bucket(option.id, option.text, count(a => picked(question, a.answer).includes(option.id)), revealed ? right.has(option.id) : undefined)) }
    }
    case 'truefalse':
      return { buckets: [true, false].map(value => bucket(String(value), value ? 'True' : 'False', count(a => a.answer === value), revealed ? question.answer === value : undefined)) }
    default:
      if (!revealed)
        return { buckets: [bucket('answered', 'Answered', answers.length, undefined)] }
      return {
        buckets: [
          bucket('correct', 'Correct', count(a => a.mark.verdict === 'correct'), true),
          bucket('partial', 'Partly correct', count(a => a.mark.verdict === 'partial'), false),
          bucket('incorrect', 'Incorrect', count(a => a.mark.verdict === 'wrong' || a.mark.verdict === 'unanswered'), false),
        ],
      }
  }
}

export interface AnswerStats {
  answered: number
  meanScore: number | null
  percentCorrect: number | null
}

/** How those who answered did: mean score and share fully correct (null when nobody answered). */
export function answerStats(answers: readonly MarkedAnswer[]): AnswerStats {
  if (answers.length === 0)
    return { answered: 0, meanScore: null, percentCorrect: null }
  const total = answers.reduce((sum, a) => sum + a.mark.score, 0)
  const correct = answers.filter(a => a.mark.verdict === 'correct').length
  return {
    answered: answers.length,
    meanScore: roundScore(total / answers.length),
    percentCorrect: Math.round((correct / answers.length) * 1000) / 10,
  }
}
