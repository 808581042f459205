// How each question kind earns its points, in words: the one text the printed
// answer key and docs/presenting.md both show, so the rubric and the marker agree.
import type { QuestionKindName } from '../kinds/registry.ts'

export const markingRules: Record<QuestionKindName, string> = {
  single: 'All or nothing: full points for the right option, 0 for any other.',
  multiple: 'Partial credit: (right ticks ÷ right options − wrong ticks ÷ wrong options) × points, never below 0; ticking every option scores 0.',
  truefalse: 'All or nothing.',
  numeric: 'All or nothing: full points for a number within the stated tolerance, read in the question’s unit; “5,000”, “5 000”, “about 5,000”, “~5000”, “five thousand”, “5k” and “5000 BES users” all read as 5000: hedges (about, around, approximately, ~), number words (zero to ninety-nine), scale words and suffixes (thousand, k, million, billion, bn) and any unit words after the number are read, a decimal comma counts as a point, and “1.5 million” is not 1.5 billion; a range, a bound (“over 5,000”) or a second number scores 0.',
  text: 'All or nothing: full points for any accepted answer; case, accents, punctuation, spacing (even inside a word: “section38”), articles (a, an, the), possessive endings and titles (Ms, Mr, Dr) do not count, and a name with its abbreviation or expansion in brackets (“PTA (Pakistan Telecommunications Authority)”) is right when both parts are accepted.',
  ordering: 'Each item in its right position earns an equal share of the points (3 of 4 in place = 75%).',
  matching: 'Each prompt paired with its right option earns an equal share of the points; an empty pair earns nothing.',
}
