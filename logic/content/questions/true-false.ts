import type { QuestionSchema } from './question-schema.ts'
// Authoring schema of a true-or-false question, with optional feedback for
// whoever picks the wrong choice.
import { z } from 'zod'
import { feedbackSchema, questionBase } from '../common.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('truefalse'),
  answer: z.boolean({ error: 'must be true or false' }),
  wrongChoice: feedbackSchema.optional(),
})
export type TrueFalseQuestion = z.infer<typeof schema>

export const trueFalseSchema: QuestionSchema<TrueFalseQuestion> = { schema, check: () => [] }
