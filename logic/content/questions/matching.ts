import type { FieldProblem } from '../errors.ts'
import type { QuestionSchema } from './question-schema.ts'
// Authoring schema of a matching question: prompts, options (distractors allowed),
// the right option for every prompt, and optional feedback on wrong pairings
// (at least the commonest confusions).
import { z } from 'zod'
import { choiceSchema, evidenceListSchema, idSchema, questionBase, textSchema } from '../common.ts'
import { duplicateIds, unknownId } from './checks.ts'

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal('matching'),
  prompts: z.array(choiceSchema).min(2, 'needs at least two prompts to match'),
  options: z.array(choiceSchema).min(2, 'needs at least two options to match against'),
  answer: z.record(idSchema, idSchema),
  confusions: z.array(z.strictObject({
    prompt: idSchema,
    option: idSchema,
    feedback: textSchema,
    evidence: evidenceListSchema.optional(),
  })).optional(),
})
export type MatchingQuestion = z.infer<typeof schema>

export const matchingSchema: QuestionSchema<MatchingQuestion> = {
  schema,
  check(q) {
    const problems: FieldProblem[] = [...duplicateIds(q.prompts, 'prompts'), ...duplicateIds(q.options, 'options')]
    for (const [prompt, option] of Object.entries(q.answer)) {
      problems.push(...unknownId(prompt, q.prompts, ['answer', prompt], 'prompt'))
      problems.push(...unknownId(option, q.options, ['answer', prompt], 'option'))
    }
    const seen = new Set<string>()
    q.confusions?.forEach(({ prompt, option }, i) => {
      problems.push(...unknownId(prompt, q.prompts, ['confusions', i, 'prompt'], 'prompt'))
      problems.push(...unknownId(option, q.options, ['confusions', i, 'option'], 'option'))
      if (q.answer[prompt] === option)
        problems.push({ path: ['confusions', i, 'option'], message: `"${option}" is the right option for "${prompt}": a confusion is a wrong pairing` })
      if (seen.has(`${prompt} ${option}`))
        problems.push({ path: ['confusions', i], message: `pairs "${prompt}" with "${option}" again` })
      seen.add(`${prompt} ${option}`)
    })
    const unpaired = q.prompts.filter(p => !(p.id in q.answer))
    if (unpaired.length)
      problems.push({ path: ['answer'], message: `has no option for ${unpaired.map(p => `"${p.id}"`).join(', ')}` })
    return problems
  },
}
