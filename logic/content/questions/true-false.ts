import type { QuestionSchema } from './question-schema.ts'
// Authoring schema of a true-or-false question.
import { z } from 'zod'
import { questionBase } from '../common.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('truefalse'),
  answer: z.boolean({ error: 'must be true or false' }),
})
export type TrueFalseQuestion = z.infer<typeof schema>

export const trueFalseSchema: QuestionSchema<TrueFalseQuestion> = { schema, check: () => [] }
