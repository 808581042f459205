import type { QuestionSchema } from './question-schema.ts'
// Authoring schema of a single-choice question: options and the one right option.
import { z } from 'zod'
import { idSchema, optionSchema, questionBase } from '../common.ts'
import { duplicateIds, evidenceWithoutFeedback, unknownId } from './checks.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('single'),
  options: z.array(optionSchema).min(2, 'needs at least two options'),
  answer: idSchema,
})
export type SingleChoiceQuestion = z.infer<typeof schema>

export const singleChoiceSchema: QuestionSchema<SingleChoiceQuestion> = {
  schema,
  check: q => [...duplicateIds(q.options, 'options'), ...unknownId(q.answer, q.options, ['answer'], 'option'), ...evidenceWithoutFeedback(q.options)],
}
