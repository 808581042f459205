import type { PartVerdict } from '../marking/mark.ts'
import type { QuestionKind } from './kind.ts'
// Multiple select, with partial credit and a penalty for wrong picks.
//
// Rule: fraction = (right picks / right options) − (wrong picks / wrong options),
// never below 0. Picking every option therefore scores 0, picking nothing is
// unanswered, and one wrong pick costs as much as the share of one wrong option.
// Unknown and repeated ids in an answer are ignored (and said so in a note).
import { z } from 'zod'
import { choiceSchema, idSchema, questionBase } from '../content/common.ts'
import { markFromFraction, unanswered } from '../marking/mark.ts'
import { duplicateIds, unknownId } from './kind.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('multiple'),
  options: z.array(choiceSchema).min(2, 'needs at least two options'),
  answer: z.array(idSchema).min(1, 'needs at least one correct option'),
})
export type MultipleSelectQuestion = z.infer<typeof schema>

export const multipleSelect: QuestionKind<MultipleSelectQuestion, string[]> = {
  kind: 'multiple',
  label: 'Multiple select',
  schema,
  answerSchema: z.array(z.string()),
  check: q => [
    ...duplicateIds(q.options, 'options'),
    ...q.answer.flatMap((id, i) => unknownId(id, q.options, ['answer', i], 'option')),
    ...q.answer.flatMap((id, i) => q.answer.indexOf(id) !== i ? [{ path: ['answer', i], message: `lists "${id}" twice` }] : []),
  ],
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
