// How each question kind earns its points, in words: the one text the printed
// answer key and docs/presenting.md both show, so the rubric and the marker agree.
import type { QuestionKindName } from '../kinds/registry.ts'

export const markingRules: Record<QuestionKindName, string> = {
  single: 'All or nothing: full points for the right option, 0 for any other.',
  multiple: 'Partial credit: (right ticks ÷ right options − wrong ticks ÷ wrong options) × points, never below 0; ticking every option scores 0.',
  truefalse: 'All or nothing.',
  numeric: 'All or nothing: full points for a number within the stated tolerance; “5,000”, “5 000” and “5000 users” all read as 5000, and a decimal comma counts as a point.',
  text: 'All or nothing: full points for any accepted answer; case, accents, punctuation and spacing do not count.',
  ordering: 'Each item in its right position earns an equal share of the points (3 of 4 in place = 75%).',
  matching: 'Each prompt paired with its right option earns an equal share of the points; an empty pair earns nothing.',
}
