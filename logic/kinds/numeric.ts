// Numeric: a number within a tolerance of the key, read in the question's unit:
// "5,000", "about 5 000", "five thousand" and "5000 BES users" all read as 5000
// (see parseNumber); text that is not one number is marked wrong with a note saying so.
import type { NumericQuestion } from '../content/questions/numeric.ts'
import type { QuestionKind } from './kind.ts'
import * as v from 'valibot'
import { markFromFraction, unanswered } from '../marking/mark.ts'
import { parseNumber } from '../text/normalise.ts'

/** 5000 → "5,000"; 1.5 → "1.5". */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 10 })
}

export const numeric: QuestionKind<NumericQuestion, string> = {
  kind: 'numeric',
  label: 'Number',
  answerSchema: v.string(),
  mark(q, answer) {
    if (answer === undefined || answer.trim() === '')
      return unanswered(q.points)
    const value = parseNumber(answer, q.unit)
    if (value === null)
      return markFromFraction(0, q.points, {}, `"${answer.trim()}" is not a number we could read.`)
    return markFromFraction(Math.abs(value - q.answer) <= q.tolerance + 1e-9 ? 1 : 0, q.points)
  },
  describeKey(q) {
    const unit = q.unit ? ` ${q.unit}` : ''
    const within = q.tolerance > 0 ? ` (accepted within ±${formatNumber(q.tolerance)})` : ''
    return `${formatNumber(q.answer)}${unit}${within}`
  },
  keyParts: q => ({ answer: q.answer, tolerance: q.tolerance, unit: q.unit ?? null }),
}
