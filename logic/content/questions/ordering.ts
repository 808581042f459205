import type { FieldProblem } from '../errors.ts'
import type { QuestionSchema } from './question-schema.ts'
// Authoring schema of an ordering question: the items, their right order, and
// optional feedback on an item put in the wrong place (what the usual
// misplacement gets wrong).
import { z } from 'zod'
import { choiceSchema, evidenceListSchema, idSchema, questionBase, textSchema } from '../common.ts'
import { duplicateIds, unknownId } from './checks.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('ordering'),
  items: z.array(choiceSchema).min(2, 'needs at least two items'),
  answer: z.array(idSchema).min(2, 'must list the item ids in the right order'),
  misplacements: z.array(z.strictObject({
    item: idSchema,
    feedback: textSchema,
    evidence: evidenceListSchema.optional(),
  })).optional(),
})
export type OrderingQuestion = z.infer<typeof schema>

export const orderingSchema: QuestionSchema<OrderingQuestion> = {
  schema,
  check(q) {
    const problems: FieldProblem[] = [
      ...duplicateIds(q.items, 'items'),
      ...q.answer.flatMap((id, i) => unknownId(id, q.items, ['answer', i], 'item')),
    ]
    q.misplacements?.forEach(({ item }, i) => {
      problems.push(...unknownId(item, q.items, ['misplacements', i, 'item'], 'item'))
      if (q.misplacements?.findIndex(m => m.item === item) !== i)
        problems.push({ path: ['misplacements', i, 'item'], message: `has feedback for "${item}" already` })
    })
    const missing = q.items.filter(item => !q.answer.includes(item.id))
    if (missing.length || q.answer.length !== q.items.length)
      problems.push({ path: ['answer'], message: `must list every item exactly once${missing.length ? ` (missing ${missing.map(m => `"${m.id}"`).join(', ')})` : ''}` })
    return problems
  },
}
