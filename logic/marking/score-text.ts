// How scores read to people, on screen and on paper: one decimal at most
// ("2.1 of 3 points", not "2.14 of 3"), never rounded up to full marks or down
// to nothing, and matching/ordering also counted in pairs or places
// ("6 of 7 pairs"). Marking keeps its two decimals; this is display only.
import type { Question } from '../kinds/registry.ts'
import type { Mark } from './mark.ts'

/** 2.142857 → "2.1", 3 → "3", 0.96 of 1 → "0.9" (a partial score never shows as full or as nothing). */
export function scoreNumber(value: number, max?: number): string {
  let shown = Math.round(value * 10) / 10
  if (max !== undefined && value < max && shown >= max)
    shown = Math.floor(value * 10) / 10
  if (value > 0 && shown <= 0)
    shown = 0.1
  return String(shown)
}

/** "1 point", "2 points", "0.5 points". */
export function pointsLabel(points: number): string {
  return `${scoreNumber(points)} point${points === 1 ? '' : 's'}`
}

/** "2.1 of 3 points", "1 of 1 point". */
export function scoreOfMax(score: number, max: number): string {
  return `${scoreNumber(score, max)} of ${pointsLabel(max)}`
}

/** 71.43 → "71.4%". */
export function percentText(percentage: number): string {
  return `${scoreNumber(percentage, 100)}%`
}

/** How many pairs or places were right, for the kinds that are marked by parts: "6 of 7 pairs", "3 of 4 in place". */
export function partsText(question: Question, mark: Mark): string | undefined {
  if (mark.verdict === 'unanswered')
    return undefined
  if (question.kind === 'matching') {
    const right = question.prompts.filter(p => mark.parts[p.id] === 'correct').length
    return `${right} of ${question.prompts.length} pair${question.prompts.length === 1 ? '' : 's'}`
  }
  if (question.kind === 'ordering') {
    const right = question.items.filter(i => mark.parts[i.id] === 'correct').length
    return `${right} of ${question.items.length} in place`
  }
  return undefined
}
