// GIFT for each question kind that GIFT can express: the lines inside the
// question's braces (with each option's feedback as Moodle's per-answer `#`
// feedback), plus metadata comments that keep this project's ids and the
// feedback's evidence (Moodle ignores comments; our importer reads ids back).
import type { Option } from '../content/common.ts'
import type { QuestionKindName, QuestionOf } from '../kinds/registry.ts'
import { escapeGift, escapeGiftText, escapeShortAnswer } from './gift-text.ts'

export interface GiftParts {
  /** `key: value` metadata, each written as a `// key: value` comment. */
  meta: Array<[string, string]>
  /** Answer lines inside `{ … }`, before the general feedback. */
  answers: string[]
  /** What Moodle will do differently from the deck, in words. */
  warnings: string[]
}

export type GiftWriter<K extends QuestionKindName> = (question: QuestionOf<K>) => GiftParts

/** The grades Moodle accepts for an answer, as fractions (question_bank::fraction_options_full). */
const MOODLE_GRADES = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05]

/** A fraction as a GIFT percentage weight, to 5 decimals as Moodle writes it: 1/3 → "33.33333". */
export function giftWeight(fraction: number): string {
  return String(Number((fraction * 100).toFixed(5)))
}

function isMoodleGrade(fraction: number): boolean {
  return MOODLE_GRADES.some(grade => Math.abs(Math.abs(fraction) - grade) < 0.00001)
}

/**
 * Answer text that starts with "%" would be read as a weight (`~%50%…`): an
 * explicit weight in front keeps it text.
 */
function guardWeight(text: string, weight: string, escape = escapeGiftText): string {
  return text.startsWith('%') ? `%${weight}%${escape(text)}` : escape(text)
}

const ids = (items: ReadonlyArray<{ id: string }>): string => items.map(item => item.id).join(', ')

/** An option's feedback as Moodle's per-answer feedback (`#…`), empty when it has none. */
const feedbackOf = (option: Option): string => option.feedback === undefined ? '' : `#${escapeGiftText(option.feedback)}`

/** The options' feedback evidence, as `option-evidence` comments (Moodle shows only the feedback text). */
function optionEvidence(options: readonly Option[]): Array<[string, string]> {
  return options.flatMap(o => (o.evidence ?? []).map((e): [string, string] => ['option-evidence', `${o.id}: ${e.source}: ${e.quote}`]))
}

export const single: GiftWriter<'single'> = q => ({
  meta: [['options', ids(q.options)], ...optionEvidence(q.options)],
  // After "=" Moodle reads no weight, after "~" it does.
  answers: q.options.map(o => (o.id === q.answer ? `=${escapeGiftText(o.text)}` : `~${guardWeight(o.text, '0')}`) + feedbackOf(o)),
  warnings: [],
})

/**
 * Multiple select: each right option weighs 100 ÷ right options, each wrong one
 * −100 ÷ wrong options. Moodle adds the weights of the picked options and
 * clamps the sum to 0…100%, which is the deck's rule exactly, as long as the
 * weights are among the grades Moodle lists.
 */
export const multiple: GiftWriter<'multiple'> = (q) => {
  const right = new Set(q.answer)
  const wrongCount = q.options.length - right.size
  const fractions = q.options.map(o => (right.has(o.id) ? 1 / right.size : -1 / wrongCount))
  const odd = [...new Set(fractions.filter(f => !isMoodleGrade(f)).map(giftWeight))]
  return {
    meta: [['options', ids(q.options)], ...optionEvidence(q.options)],
    answers: q.options.map((o, i) => `~%${giftWeight(fractions[i] as number)}%${escapeGiftText(o.text)}${feedbackOf(o)}`),
    warnings: odd.length
      ? [`weights ${odd.map(w => `${w}%`).join(', ')} are not among Moodle's grades: import with "Nearest grade if not listed", which changes the partial credit slightly`]
      : [],
  }
}

/** True or false: Moodle shows the first `#` feedback to whoever picks the wrong choice. */
export const trueFalse: GiftWriter<'truefalse'> = q => ({
  meta: (q.wrongChoice?.evidence ?? []).map(e => ['wrong-choice-evidence', `${e.source}: ${e.quote}`]),
  answers: [`${q.answer ? 'TRUE' : 'FALSE'}${q.wrongChoice ? `#${escapeGiftText(q.wrongChoice.feedback)}` : ''}`],
  warnings: [],
})

export const numeric: GiftWriter<'numeric'> = q => ({
  meta: q.unit ? [['unit', q.unit]] : [],
  answers: [`#${q.answer}:${q.tolerance}`],
  warnings: [],
})

export const text: GiftWriter<'text'> = q => ({
  meta: [],
  answers: q.accept.map(variant => `=${guardWeight(variant, '100', escapeShortAnswer)}`),
  warnings: [],
})

/**
 * Matching: one `=prompt -> option` per prompt, then unused options as
 * `= -> option` (Moodle's extra wrong answers). Moodle reads a format marker
 * in the prompt, not in the option.
 */
export const matching: GiftWriter<'matching'> = (q) => {
  const text = (id: string | undefined): string => q.options.find(o => o.id === id)?.text ?? ''
  const used = new Set(Object.values(q.answer))
  const order = [...new Set([...q.prompts.map(p => q.answer[p.id] as string), ...q.options.filter(o => !used.has(o.id)).map(o => o.id)])]
  return {
    meta: [['prompts', ids(q.prompts)], ['options', order.join(', ')]],
    answers: [
      ...q.prompts.map(p => `=${escapeGiftText(p.text)} -> ${escapeGift(text(q.answer[p.id]))}`),
      ...q.options.filter(o => !used.has(o.id)).map(o => `= -> ${escapeGift(o.text)}`),
    ],
    warnings: [
      ...(q.prompts.some(p => p.text.includes('->')) ? ['a prompt contains "->", which GIFT cannot escape: Moodle will split the pair there'] : []),
      ...(q.confusions?.length ? ['the feedback on wrong pairings is left out: GIFT has no feedback per matching pair'] : []),
    ],
  }
}
