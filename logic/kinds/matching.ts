// Matching: pair each prompt (e.g. a quotation) with an option (e.g. its speaker).
// Options may outnumber prompts (distractors) and may be used more than once.
//
// Rule: each prompt paired rightly earns an equal share of the points.
import type { MatchingQuestion } from '../content/questions/matching.ts'
import type { PartVerdict } from '../marking/mark.ts'
import type { QuestionKind } from './kind.ts'
import * as v from 'valibot'
import { markFromFraction, unanswered } from '../marking/mark.ts'
import { mappingOf } from '../shapes.ts'

export const matching: QuestionKind<MatchingQuestion, Record<string, string>> = {
  kind: 'matching',
  label: 'Matching',
  answerSchema: mappingOf(v.string()),
  mark(q, answer) {
    const given = Object.entries(answer ?? {}).filter(([, option]) => option !== '')
    if (given.length === 0)
      return unanswered(q.points)
    const parts: Record<string, PartVerdict> = {}
    let right = 0
    for (const prompt of q.prompts) {
      const chosen = answer?.[prompt.id]
      const isRight = chosen === q.answer[prompt.id]
      parts[prompt.id] = !chosen ? 'missed' : isRight ? 'correct' : 'wrong'
      if (isRight)
        right++
    }
    return markFromFraction(right / q.prompts.length, q.points, parts)
  },
  describeKey: q => q.prompts
    .map(p => `${p.text} → ${q.options.find(o => o.id === q.answer[p.id])?.text ?? q.answer[p.id]}`)
    .join('; '),
  keyParts: q => ({ prompts: q.prompts.map(p => p.id).sort(), answer: Object.entries(q.answer).sort() }),
}
