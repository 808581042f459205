// Feedback on the choices of a question: why each option (or the wrong answer to
// a true-or-false question, a wrong matching pair, an item out of place) is right
// or wrong, with the passages that show it. The deck shows the feedback of the
// choices a student made, and only those; the answer key prints all of it; live
// mode picks the commonest mistake.
import type { Evidence } from '../content/common.ts'
import type { Question } from '../kinds/registry.ts'
import type { Mark } from './mark.ts'

export interface ChoiceFeedback {
  /** The option id, "true"/"false", "<prompt> <option>" for a matching pair, or an ordering item's id. */
  id: string
  /** What was chosen: an option, a pair of a matching question, an item placed out of order. */
  part: 'choice' | 'pairing' | 'placement'
  /** The option's text, "True"/"False", "prompt → option", or the item's text. */
  text: string
  /** Whether making this choice is right. */
  right: boolean
  feedback: string
  evidence: Evidence[]
}

/** The lead of the feedback on a choice a student made: "You chose “…”:" (the deck, QTI). */
export const chosenLead: Record<ChoiceFeedback['part'], string> = {
  choice: 'You chose',
  pairing: 'You matched',
  placement: 'Out of place:',
}

interface Written { feedback?: string, evidence?: Evidence[] }

function entry(id: string, part: ChoiceFeedback['part'], text: string, right: boolean, { feedback, evidence }: Written): ChoiceFeedback[] {
  return feedback === undefined ? [] : [{ id, part, text, right, feedback, evidence: evidence ?? [] }]
}

const textOf = (list: ReadonlyArray<{ id: string, text: string }>, id: string): string => list.find(c => c.id === id)?.text ?? id

/** Every choice that has feedback, in the order the question lists them. */
export function allChoiceFeedback(q: Question): ChoiceFeedback[] {
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const right: readonly string[] = q.kind === 'single' ? [q.answer] : q.answer
      return q.options.flatMap(o => entry(o.id, 'choice', o.text, right.includes(o.id), o))
    }
    case 'truefalse':
      return q.wrongChoice ? entry(String(!q.answer), 'choice', q.answer ? 'False' : 'True', false, q.wrongChoice) : []
    case 'matching':
      return (q.confusions ?? []).flatMap(c => entry(`${c.prompt} ${c.option}`, 'pairing', `${textOf(q.prompts, c.prompt)} → ${textOf(q.options, c.option)}`, false, c))
    case 'ordering':
      return (q.misplacements ?? []).flatMap(m => entry(m.item, 'placement', textOf(q.items, m.item), false, m))
    default:
      return []
  }
}

/** Whether the marked answer made this choice (a matching pair is read from the answer itself). */
function made(q: Question, f: ChoiceFeedback, mark: Mark, answer: unknown): boolean {
  switch (f.part) {
    case 'pairing': {
      const [prompt, option] = f.id.split(' ')
      return answer !== null && typeof answer === 'object' && (answer as Record<string, unknown>)[prompt as string] === option
    }
    case 'placement':
      return mark.parts[f.id] === 'wrong'
    default:
      return mark.parts[f.id] === 'correct' || mark.parts[f.id] === 'wrong'
  }
}

/** The feedback of the choices the marked answer made (right or wrong), and no other. */
export function chosenFeedback(q: Question, mark: Mark | undefined, answer?: unknown): ChoiceFeedback[] {
  if (!mark || mark.verdict === 'unanswered')
    return []
  return allChoiceFeedback(q).filter(f => made(q, f, mark, answer))
}
