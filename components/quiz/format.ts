// Words for the quiz components (in the deck and on the live student page):
// "1 point", "2 points", a verdict as icon and words (colour is never the only
// signal), and the lead of a choice's feedback in the answer key.
import type { ChoiceFeedback } from '../../logic/marking/choice-feedback.ts'
import type { Verdict } from '../../logic/marking/mark.ts'

export const verdictWords: Record<Verdict, { icon: string, text: string }> = {
  correct: { icon: '✓', text: 'Correct' },
  partial: { icon: '◐', text: 'Partly correct' },
  wrong: { icon: '✗', text: 'Wrong' },
  unanswered: { icon: '–', text: 'Not answered' },
}

export function pointsText(n: number): string {
  return `${n} point${n === 1 ? '' : 's'}`
}

/** The lead of a choice's feedback in the answer key: "Wrong: “…”:". */
export function keyLabel(f: ChoiceFeedback): string {
  return f.part === 'pairing' ? 'Wrong pair:' : f.part === 'placement' ? 'Out of place:' : f.right ? 'Right:' : 'Wrong:'
}
