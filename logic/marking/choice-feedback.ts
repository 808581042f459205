// Feedback on the choices of a question: why each option (or the wrong answer to
// a true-or-false question) is right or wrong, with the passages that show it.
// The deck shows the feedback of the choices a student picked, and only those;
// the answer key prints all of it; live mode picks the commonest mistake.
import type { Evidence } from '../content/common.ts'
import type { Question } from '../kinds/registry.ts'
import type { Mark } from './mark.ts'

export interface ChoiceFeedback {
  /** The option id, or "true"/"false" (the part ids a mark uses). */
  id: string
  /** The option's text, or "True"/"False". */
  text: string
  /** Whether picking this choice is right. */
  right: boolean
  feedback: string
  evidence: Evidence[]
}

/** Every choice that has feedback, in the order the question lists them. */
export function allChoiceFeedback(q: Question): ChoiceFeedback[] {
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const right: readonly string[] = q.kind === 'single' ? [q.answer] : q.answer
      return q.options.flatMap(o => o.feedback === undefined
        ? []
        : [{ id: o.id, text: o.text, right: right.includes(o.id), feedback: o.feedback, evidence: o.evidence ?? [] }])
    }
    case 'truefalse':
      return q.wrongChoice
        ? [{ id: String(!q.answer), text: q.answer ? 'False' : 'True', right: false, feedback: q.wrongChoice.feedback, evidence: q.wrongChoice.evidence ?? [] }]
        : []
    default:
      return []
  }
}

/** The feedback of the choices the marked answer picked (right or wrong), and no other. */
export function chosenFeedback(q: Question, mark: Mark | undefined): ChoiceFeedback[] {
  if (!mark)
    return []
  return allChoiceFeedback(q).filter(f => mark.parts[f.id] === 'correct' || mark.parts[f.id] === 'wrong')
}
