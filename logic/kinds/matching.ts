import type { PartVerdict } from '../marking/mark.ts'
import type { FieldProblem, QuestionKind } from './kind.ts'
// Matching: pair each prompt (e.g. a quotation) with an option (e.g. its speaker).
// Options may outnumber prompts (distractors) and may be used more than once.
//
// Rule: each prompt paired rightly earns an equal share of the points.
import { z } from 'zod'
import { choiceSchema, idSchema, questionBase } from '../content/common.ts'
import { markFromFraction, unanswered } from '../marking/mark.ts'
import { duplicateIds, unknownId } from './kind.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('matching'),
  prompts: z.array(choiceSchema).min(2, 'needs at least two prompts to match'),
  options: z.array(choiceSchema).min(2, 'needs at least two options to match against'),
  answer: z.record(idSchema, idSchema),
})
export type MatchingQuestion = z.infer<typeof schema>

export const matching: QuestionKind<MatchingQuestion, Record<string, string>> = {
  kind: 'matching',
  label: 'Matching',
  schema,
  answerSchema: z.record(z.string(), z.string()),
  check(q) {
    const problems: FieldProblem[] = [...duplicateIds(q.prompts, 'prompts'), ...duplicateIds(q.options, 'options')]
    for (const [prompt, option] of Object.entries(q.answer)) {
      problems.push(...unknownId(prompt, q.prompts, ['answer', prompt], 'prompt'))
      problems.push(...unknownId(option, q.options, ['answer', prompt], 'option'))
    }
    const unpaired = q.prompts.filter(p => !(p.id in q.answer))
    if (unpaired.length)
      problems.push({ path: ['answer'], message: `has no option for ${unpaired.map(p => `"${p.id}"`).join(', ')}` })
    return problems
  },
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
