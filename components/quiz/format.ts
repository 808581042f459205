// Words for the quiz components (in the deck and on the live student page):
// "1 point", "2 points", a verdict as icon and words (colour is never the only signal).
import type { Verdict } from '../../logic/marking/mark.ts'

export const verdictWords: Record<Verdict, { icon: string, text: string }> = {
  correct: { icon: '✓', text: 'Correct' },
  partial: { icon: '◐', text: 'Partly correct' },
  wrong: { icon: '✗', text: 'Wrong' },
  unanswered: { icon: '–', text: 'Not answered' },
}

export { pointsLabel as pointsText } from '../../logic/marking/score-text.ts'
