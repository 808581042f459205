// The source catalogue and the learning objectives: the two lists every other
// content file refers to by id.
import { z } from 'zod'
import { idSchema, textSchema } from './common.ts'

export const sourceKinds = ['news-article', 'news-report', 'open-letter'] as const

export const sourceSchema = z.strictObject({
  id: idSchema,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in data/sources/'),
  title: textSchema,
  /** A label of a few words for citation chips on slides (the full title is in the viewer and on the sources slide). */
  short: textSchema.max(20, 'must be at most 20 characters: it is a chip on a slide'),
  /** Who wrote it, or "not stated". */
  author: textSchema,
  publisher: textSchema,
  kind: z.enum(sourceKinds, { error: `must be one of ${sourceKinds.join(', ')}` }),
  /** The date as the document states it, or "not stated …". */
  date: textSchema,
})
export type Source = z.infer<typeof sourceSchema>

export const sourceCatalogueSchema = z.strictObject({
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
})

export const objectiveSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  text: textSchema,
})
export type Objective = z.infer<typeof objectiveSchema>

export const objectivesSchema = z.strictObject({
  objectives: z.array(objectiveSchema).min(1, 'must list at least one objective'),
})
