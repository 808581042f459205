import type { QuestionKind } from './kind.ts'
// True or false: a statement about the documents is right or wrong.
import { z } from 'zod'
import { questionBase } from '../content/common.ts'
import { markFromFraction, unanswered } from '../marking/mark.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('truefalse'),
  answer: z.boolean({ error: 'must be true or false' }),
})
export type TrueFalseQuestion = z.infer<typeof schema>

export const trueFalse: QuestionKind<TrueFalseQuestion, boolean> = {
  kind: 'truefalse',
  label: 'True or false',
  schema,
  answerSchema: z.boolean(),
  check: () => [],
  mark(q, answer) {
    if (answer === undefined)
      return unanswered(q.points)
    const right = answer === q.answer
    return markFromFraction(right ? 1 : 0, q.points, {
      true: q.answer ? (right ? 'correct' : 'missed') : (answer ? 'wrong' : 'neutral'),
      false: q.answer ? (answer ? 'neutral' : 'wrong') : (right ? 'correct' : 'missed'),
    })
  },
  describeKey: q => (q.answer ? 'True' : 'False'),
  keyParts: q => ({ answer: q.answer }),
}
