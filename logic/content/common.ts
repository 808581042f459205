// Schemas shared by every content file: ids, evidence, options and the fields
// every question has. Types are inferred from the schemas, never written twice.
import { z } from 'zod'

export const idSchema = z
  .string({ error: 'must be an id (lower-case letters, digits and dashes)' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be an id (lower-case letters, digits and dashes)')

export const textSchema = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty')

export const evidenceSchema = z.strictObject({
  source: idSchema,
  quote: textSchema,
})
export type Evidence = z.infer<typeof evidenceSchema>

export const evidenceListSchema = z.array(evidenceSchema).min(1, 'needs at least one {source, quote} entry')

export const choiceSchema = z.strictObject({
  id: idSchema,
  text: textSchema,
})
export type Choice = z.infer<typeof choiceSchema>

/** An option of a single- or multiple-choice question: a choice, with optional feedback for whoever picks it. */
export const optionSchema = z.strictObject({
  ...choiceSchema.shape,
  feedback: textSchema.optional(),
  evidence: evidenceListSchema.optional(),
})
export type Option = z.infer<typeof optionSchema>

/** Why a choice is wrong, and the passages that show it (optional), e.g. for the wrong choice of a true-or-false question. */
export const feedbackSchema = z.strictObject({
  feedback: textSchema,
  evidence: evidenceListSchema.optional(),
})
export type Feedback = z.infer<typeof feedbackSchema>

/** The fields every question has, whatever its kind. */
export const questionBase = {
  id: idSchema,
  prompt: textSchema,
  points: z.number({ error: 'must be a number of points' }).positive('must be more than 0'),
  explanation: textSchema,
  objective: idSchema,
  evidence: evidenceListSchema,
}
