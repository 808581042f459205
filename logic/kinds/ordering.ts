import type { PartVerdict } from '../marking/mark.ts'
import type { FieldProblem, QuestionKind } from './kind.ts'
// Ordering: put items (e.g. events of a timeline) in order.
//
// Rule: each item in its right position earns an equal share of the points
// (3 of 4 in place = 75%). An answer that is not a full ordering of the items
// (missing, repeated or unknown ids) is still marked position by position.
import { z } from 'zod'
import { choiceSchema, idSchema, questionBase } from '../content/common.ts'
import { markFromFraction, unanswered } from '../marking/mark.ts'
import { duplicateIds, unknownId } from './kind.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('ordering'),
  items: z.array(choiceSchema).min(2, 'needs at least two items'),
  answer: z.array(idSchema).min(2, 'must list the item ids in the right order'),
})
export type OrderingQuestion = z.infer<typeof schema>

export const ordering: QuestionKind<OrderingQuestion, string[]> = {
  kind: 'ordering',
  label: 'Ordering',
  schema,
  answerSchema: z.array(z.string()),
  check(q) {
    const problems: FieldProblem[] = [
      ...duplicateIds(q.items, 'items'),
      ...q.answer.flatMap((id, i) => unknownId(id, q.items, ['answer', i], 'item')),
    ]
    const missing = q.items.filter(item => !q.answer.includes(item.id))
    if (missing.length || q.answer.length !== q.items.length)
      problems.push({ path: ['answer'], message: `must list every item exactly once${missing.length ? ` (missing ${missing.map(m => `"${m.id}"`).join(', ')})` : ''}` })
    return problems
  },
  mark(q, answer) {
    if (!answer || answer.length === 0)
      return unanswered(q.points)
    const parts: Record<string, PartVerdict> = {}
    let inPlace = 0
    q.answer.forEach((id, position) => {
      const right = answer[position] === id
      parts[id] = right ? 'correct' : 'wrong'
      if (right)
        inPlace++
    })
    return markFromFraction(inPlace / q.answer.length, q.points, parts)
  },
  describeKey: q => q.answer.map((id, i) => `${i + 1}. ${q.items.find(item => item.id === id)?.text ?? id}`).join('  '),
  keyParts: q => ({ items: q.items.map(i => i.id).sort(), answer: q.answer }),
}
