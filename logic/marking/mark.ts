// The result of marking one answer, shared by every question kind.

/** How an answer did overall. `unanswered` scores 0 without counting as wrong. */
export type Verdict = 'correct' | 'partial' | 'wrong' | 'unanswered'

/**
 * How one part of an answer did, for feedback beside each option, item or pair:
 * `correct` picked/placed rightly, `wrong` picked/placed wrongly, `missed`
 * a right option not picked (or a pair left empty), `neutral` nothing to say.
 */
export type PartVerdict = 'correct' | 'wrong' | 'missed' | 'neutral'

export interface Mark {
  score: number
  max: number
  verdict: Verdict
  /** Per option / item / prompt id. */
  parts: Record<string, PartVerdict>
  /** A plain-language remark, e.g. "That is not a number we could read." */
  note?: string
}

/** Scores are kept to two decimals so sums stay exact enough to show. */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100
}

/** Builds a mark from the fraction of the points earned (clamped to 0…1). */
export function markFromFraction(fraction: number, max: number, parts: Record<string, PartVerdict> = {}, note?: string): Mark {
  const clamped = Math.min(1, Math.max(0, fraction))
  const score = roundScore(clamped * max)
  const verdict = score >= max ? 'correct' : score > 0 ? 'partial' : 'wrong'
  return note === undefined ? { score, max, verdict, parts } : { score, max, verdict, parts, note }
}

export function unanswered(max: number, note?: string): Mark {
  return note === undefined
    ? { score: 0, max, verdict: 'unanswered', parts: {} }
    : { score: 0, max, verdict: 'unanswered', parts: {}, note }
}
