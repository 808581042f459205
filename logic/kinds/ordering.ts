// Ordering: put items (e.g. events of a timeline) in order.
//
// Rule: each item in its right position earns an equal share of the points
// (3 of 4 in place = 75%). An answer that is not a full ordering of the items
// (missing, repeated or unknown ids) is still marked position by position.
import type { OrderingQuestion } from '../content/questions/ordering.ts'
import type { PartVerdict } from '../marking/mark.ts'
import type { QuestionKind } from './kind.ts'
import * as v from 'valibot'
import { markFromFraction, unanswered } from '../marking/mark.ts'

export const ordering: QuestionKind<OrderingQuestion, string[]> = {
  kind: 'ordering',
  label: 'Ordering',
  answerSchema: v.array(v.string()),
  mark(q, answer) {
    if (!answer || answer.length === 0)
      return unanswered(q.points)
    const parts: Record<string, PartVerdict> = {}
    let inPlace = 0
    q.answer.forEach((id, position) => {
      const right = answer[position] === id
      parts[id] = right ? 'correct' : 'wrong'
      if (right)
        inPlace++
    })
    return markFromFraction(inPlace / q.answer.length, q.points, parts)
  },
  describeKey: q => q.answer.map((id, i) => `${i + 1}. ${q.items.find(item => item.id === id)?.text ?? id}`).join('; '),
  keyParts: q => ({ items: q.items.map(i => i.id).sort(), answer: q.answer }),
}
