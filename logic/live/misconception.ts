// The commonest mistake at a live reveal: of a choice question's wrong options,
// the one most of the room picked, with its feedback and evidence ("the
// commonest mistake, and why"), unless fewer than a set share of those who
// answered picked it; and the other wrong options, most picked first, for the
// lecturer to step through. Pure: the server and the live pages decide when to show it.
import type { Evidence } from '../content/common.ts'
import type { Question } from '../kinds/registry.ts'
import { allChoiceFeedback } from '../marking/choice-feedback.ts'

/** Below this share of those who answered, a wrong option is not put to the room as "the commonest mistake". */
export const DEFAULT_MIN_SHARE = 0.15

export interface WrongChoice {
  /** The option id, or "true"/"false" (the ids of the live histogram's buckets). */
  id: string
  text: string
  /** How many picked it, and that as a share (0…1) of those who answered. */
  count: number
  share: number
  /** Undefined when the quiz gives this option no feedback. */
  feedback?: string
  evidence: Evidence[]
}

export interface Misconceptions {
  /** The most-picked wrong choice, when at least the minimum share picked it (ties: the first in the question's order). */
  commonest?: WrongChoice
  /** Every other wrong choice, most picked first (ties in the question's order), picked or not. */
  others: WrongChoice[]
}

/** The wrong choices of a question, in its order; none for kinds without options. */
function wrongChoices(question: Question): Array<{ id: string, text: string }> {
  switch (question.kind) {
    case 'single':
      return question.options.filter(o => o.id !== question.answer)
    case 'multiple':
      return question.options.filter(o => !question.answer.includes(o.id))
    case 'truefalse':
      return [{ id: String(!question.answer), text: question.answer ? 'False' : 'True' }]
    default:
      return []
  }
}

/**
 * `counts`: how many picked each option id (as the live histogram counts them);
 * `answered`: how many answered the question (a multiple-select answer may pick
 * several options, so the counts can add up to more); `minShare`: 0…1.
 */
export function misconceptions(question: Question, counts: Readonly<Record<string, number>>, answered: number, minShare = DEFAULT_MIN_SHARE): Misconceptions {
  if (!(minShare >= 0 && minShare <= 1))
    throw new RangeError(`minimum share must be from 0 to 1, not ${minShare}`)
  if (!(Number.isInteger(answered) && answered >= 0))
    throw new RangeError(`answered must be a whole number of answers, not ${answered}`)
  const feedback = new Map(allChoiceFeedback(question).map(f => [f.id, f]))
  const ranked = wrongChoices(question)
    .map(({ id, text }): WrongChoice => {
      const count = Object.hasOwn(counts, id) ? counts[id] as number : 0
      const known = feedback.get(id)
      const choice: WrongChoice = { id, text, count, share: answered ? count / answered : 0, evidence: known?.evidence ?? [] }
      return known ? { ...choice, feedback: known.feedback } : choice
    })
    // Array.prototype.sort is stable: ties keep the question's order.
    .sort((a, b) => b.count - a.count)
  const [top, ...rest] = ranked
  if (top && top.count > 0 && top.share >= minShare)
    return { commonest: top, others: rest }
  return { others: ranked }
}
