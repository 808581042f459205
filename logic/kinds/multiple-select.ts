// Multiple select, with partial credit and a penalty for wrong picks.
//
// Rule: fraction = (right picks / right options) − (wrong picks / wrong options),
// never below 0. Picking every option therefore scores 0, picking nothing is
// unanswered, and one wrong pick costs as much as the share of one wrong option.
// Unknown and repeated ids in an answer are ignored (and said so in a note).
import type { MultipleSelectQuestion } from '../content/questions/multiple-select.ts'
import type { PartVerdict } from '../marking/mark.ts'
import type { QuestionKind } from './kind.ts'
import * as v from 'valibot'
import { markFromFraction, unanswered } from '../marking/mark.ts'

export const multipleSelect: QuestionKind<MultipleSelectQuestion, string[]> = {
  kind: 'multiple',
  label: 'Multiple select',
  answerSchema: v.array(v.string()),
  mark(q, answer) {
    const known = new Set(q.options.map(o => o.id))
    const picked = new Set((answer ?? []).filter(id => known.has(id)))
    const ignored = (answer ?? []).filter(id => !known.has(id))
    const note = ignored.length ? `Ignored ${ignored.map(id => `"${id}"`).join(', ')}: not among the options.` : undefined
    if (picked.size === 0)
      return unanswered(q.points, note)
    const right = new Set(q.answer)
    const wrongCount = q.options.length - right.size
    let hits = 0
    let misses = 0
    const parts: Record<string, PartVerdict> = {}
    for (const option of q.options) {
      const isRight = right.has(option.id)
      const isPicked = picked.has(option.id)
      if (isPicked && isRight)
        hits++
      if (isPicked && !isRight)
        misses++
      parts[option.id] = isPicked ? (isRight ? 'correct' : 'wrong') : (isRight ? 'missed' : 'neutral')
    }
    const fraction = hits / right.size - (wrongCount ? misses / wrongCount : 0)
    return markFromFraction(fraction, q.points, parts, note)
  },
  describeKey: q => q.answer.map(id => q.options.find(o => o.id === id)?.text ?? id).join('; '),
  keyParts: q => ({ options: q.options.map(o => o.id), answer: [...q.answer].sort() }),
}
