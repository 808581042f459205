// Short text: a typed answer matched against accepted variants, ignoring case,
// accents, punctuation, spacing, articles, possessives and titles, with an
// abbreviation or expansion in brackets allowed (see isAcceptedAnswer).
import type { ShortTextQuestion } from '../content/questions/short-text.ts'
import type { QuestionKind } from './kind.ts'
import * as v from 'valibot'
import { markFromFraction, unanswered } from '../marking/mark.ts'
import { compactAnswer, isAcceptedAnswer, normaliseAnswer } from '../text/normalise.ts'

export const shortText: QuestionKind<ShortTextQuestion, string> = {
  kind: 'text',
  label: 'Short answer',
  answerSchema: v.string(),
  mark(q, answer) {
    if (answer === undefined || normaliseAnswer(answer) === '')
      return unanswered(q.points)
    return markFromFraction(isAcceptedAnswer(answer, q.accept) ? 1 : 0, q.points)
  },
  describeKey: q => q.accept.length > 1
    ? `${q.accept[0]} (also accepted: ${q.accept.slice(1).join('; ')})`
    : q.accept[0] ?? '',
  keyParts: q => ({ accept: q.accept.map(compactAnswer).sort() }),
}
