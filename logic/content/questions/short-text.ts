import type { FieldProblem } from '../errors.ts'
import type { QuestionSchema } from './question-schema.ts'
// Authoring schema of a short-answer question: the accepted answers.
import { z } from 'zod'
import { normaliseAnswer } from '../../text/normalise.ts'
import { questionBase, textSchema } from '../common.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('text'),
  accept: z.array(textSchema).min(1, 'needs at least one accepted answer'),
})
export type ShortTextQuestion = z.infer<typeof schema>

export const shortTextSchema: QuestionSchema<ShortTextQuestion> = {
  schema,
  check: q => q.accept.flatMap((text, i): FieldProblem[] => normaliseAnswer(text) === ''
    ? [{ path: ['accept', i], message: 'is only punctuation, so nothing could match it' }]
    : []),
}
