import type { PartVerdict } from '../marking/mark.ts'
import type { QuestionKind } from './kind.ts'
// Single choice: one option is right. Unknown option ids are marked wrong with a note.
import { z } from 'zod'
import { choiceSchema, idSchema, questionBase } from '../content/common.ts'
import { markFromFraction, unanswered } from '../marking/mark.ts'
import { duplicateIds, unknownId } from './kind.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('single'),
  options: z.array(choiceSchema).min(2, 'needs at least two options'),
  answer: idSchema,
})
export type SingleChoiceQuestion = z.infer<typeof schema>

export const singleChoice: QuestionKind<SingleChoiceQuestion, string> = {
  kind: 'single',
  label: 'Single choice',
  schema,
  answerSchema: z.string(),
  check: q => [...duplicateIds(q.options, 'options'), ...unknownId(q.answer, q.options, ['answer'], 'option')],
  mark(q, answer) {
    if (answer === undefined || answer === '')
      return unanswered(q.points)
    const parts: Record<string, PartVerdict> = { [q.answer]: answer === q.answer ? 'correct' : 'missed' }
    if (!q.options.some(o => o.id === answer))
      return markFromFraction(0, q.points, parts, `"${answer}" is not one of the options.`)
    if (answer !== q.answer)
      parts[answer] = 'wrong'
    return markFromFraction(answer === q.answer ? 1 : 0, q.points, parts)
  },
  describeKey: q => q.options.find(o => o.id === q.answer)?.text ?? q.answer,
  keyParts: q => ({ options: q.options.map(o => o.id), answer: q.answer }),
}
