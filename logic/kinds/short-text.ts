import type { FieldProblem, QuestionKind } from './kind.ts'
// Short text: a typed answer matched against accepted variants, ignoring case,
// accents, punctuation, spacing and typographic quotes (see normaliseAnswer).
import { z } from 'zod'
import { questionBase, textSchema } from '../content/common.ts'
import { markFromFraction, unanswered } from '../marking/mark.ts'
import { normaliseAnswer } from '../text/normalise.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('text'),
  accept: z.array(textSchema).min(1, 'needs at least one accepted answer'),
})
export type ShortTextQuestion = z.infer<typeof schema>

export const shortText: QuestionKind<ShortTextQuestion, string> = {
  kind: 'text',
  label: 'Short answer',
  schema,
  answerSchema: z.string(),
  check: q => q.accept.flatMap((text, i): FieldProblem[] => normaliseAnswer(text) === ''
    ? [{ path: ['accept', i], message: 'is only punctuation, so nothing could match it' }]
    : []),
  mark(q, answer) {
    if (answer === undefined || normaliseAnswer(answer) === '')
      return unanswered(q.points)
    const given = normaliseAnswer(answer)
    return markFromFraction(q.accept.some(text => normaliseAnswer(text) === given) ? 1 : 0, q.points)
  },
  describeKey: q => q.accept.length > 1
    ? `${q.accept[0]} (also accepted: ${q.accept.slice(1).join('; ')})`
    : q.accept[0] ?? '',
  keyParts: q => ({ accept: q.accept.map(normaliseAnswer).sort() }),
}
