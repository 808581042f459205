import type { QuestionSchema } from './question-schema.ts'
// Authoring schema of a numeric question: the number, a tolerance and an optional unit.
import { z } from 'zod'
import { questionBase, textSchema } from '../common.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('numeric'),
  answer: z.number({ error: 'must be a number' }),
  tolerance: z.number({ error: 'must be a number (0 for an exact answer)' }).nonnegative('must not be negative'),
  unit: textSchema.optional(),
})
export type NumericQuestion = z.infer<typeof schema>

export const numericSchema: QuestionSchema<NumericQuestion> = { schema, check: () => [] }
