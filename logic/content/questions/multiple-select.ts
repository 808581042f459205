import type { QuestionSchema } from './question-schema.ts'
// Authoring schema of a multiple-select question: options and every right option.
import { z } from 'zod'
import { idSchema, optionSchema, questionBase } from '../common.ts'
import { duplicateIds, evidenceWithoutFeedback, unknownId } from './checks.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('multiple'),
  options: z.array(optionSchema).min(2, 'needs at least two options'),
  answer: z.array(idSchema).min(1, 'needs at least one correct option'),
})
export type MultipleSelectQuestion = z.infer<typeof schema>

export const multipleSelectSchema: QuestionSchema<MultipleSelectQuestion> = {
  schema,
  check: q => [
    ...duplicateIds(q.options, 'options'),
    ...q.answer.flatMap((id, i) => unknownId(id, q.options, ['answer', i], 'option')),
    ...q.answer.flatMap((id, i) => q.answer.indexOf(id) !== i ? [{ path: ['answer', i], message: `lists "${id}" twice` }] : []),
    ...evidenceWithoutFeedback(q.options),
  ],
}
