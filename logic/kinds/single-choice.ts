// Single choice: one option is right. Unknown option ids are marked wrong with a note.
import type { SingleChoiceQuestion } from '../content/questions/single-choice.ts'
import type { PartVerdict } from '../marking/mark.ts'
import type { QuestionKind } from './kind.ts'
import * as v from 'valibot'
import { markFromFraction, unanswered } from '../marking/mark.ts'

export const singleChoice: QuestionKind<SingleChoiceQuestion, string> = {
  kind: 'single',
  label: 'Single choice',
  answerSchema: v.string(),
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
