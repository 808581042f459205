// Short text: a typed answer matched against accepted variants, ignoring case,
// accents, punctuation, spacing and typographic quotes (see normaliseAnswer).
import type { ShortTextQuestion } from '../content/questions/short-text.ts'
import type { QuestionKind } from './kind.ts'
import * as v from 'valibot'
import { markFromFraction, unanswered } from '../marking/mark.ts'
import { normaliseAnswer } from '../text/normalise.ts'

export const shortText: QuestionKind<ShortTextQuestion, string> = {
  kind: 'text',
  label: 'Short answer',
  answerSchema: v.string(),
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
