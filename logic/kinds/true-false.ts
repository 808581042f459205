// True or false: a statement about the documents is right or wrong.
import type { TrueFalseQuestion } from '../content/questions/true-false.ts'
import type { QuestionKind } from './kind.ts'
import * as v from 'valibot'
import { markFromFraction, unanswered } from '../marking/mark.ts'

export const trueFalse: QuestionKind<TrueFalseQuestion, boolean> = {
  kind: 'truefalse',
  label: 'True or false',
  answerSchema: v.boolean(),
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
