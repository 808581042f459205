// Structured facts in data/*.yaml (timeline, actors, arguments, who acted on whom,
// cases, key terms, corrections): one entry per file, each with its schema. Every
// `evidence` list inside is checked verbatim against the source it names, and the
// passages of claims carry the speakers the document credits them to (see attribution.ts).
import { z } from 'zod'
import { evidenceListSchema, evidenceSchema, idSchema, textSchema } from './common.ts'
import { caseIds, sides, voices } from './fact-vocabulary.ts'

export type { CaseId, Side, Voice } from './fact-vocabulary.ts'

export interface FactFile<S extends z.ZodType = z.ZodType> {
  schema: S
  /** Singular names of the file's lists, for error messages ("event e1"). */
  labels: Record<string, string>
}

/** A passage with who the document credits it to: the writer, or others named by a `cue` near it. */
const attributedEvidenceSchema = evidenceSchema.extend({
  speakers: z.array(idSchema).min(1, 'must name at least one actor'),
  /** Words in the document, in or just before the passage's paragraph, that name the speakers ("Beard said"). */
  cue: textSchema.optional(),
})
const attributedEvidenceListSchema = z.array(attributedEvidenceSchema).min(1, 'needs at least one {source, quote, speakers} entry')

const voiceSchema = z.enum(voices, { error: `must be one of ${voices.join(', ')}` })

const caseIdSchema = z.enum(caseIds, { error: `must be one of ${caseIds.join(', ')}` })

const eventSchema = z.strictObject({
  id: idSchema,
  /** The date exactly as the documents give it ("July", "Monday"), or "Not dated"; no document states the year of these events. */
  when: textSchema,
  what: textSchema,
  /** The voice of the first evidence passage's speakers ("the company said": company). */
  attribution: voiceSchema,
  /** Announced for this date: the documents report the plan, not that it happened. */
  planned: z.boolean().optional(),
  evidence: attributedEvidenceListSchema,
})

const actorSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  group: voiceSchema,
  /** The role as the documents describe it, or "not stated". */
  role: textSchema,
  /** Where the documents say the actor is based, as listed, or "not stated". */
  based: textSchema,
  /** Other words the documents use for the actor ("the company"), for evidence cues. */
  names: z.array(textSchema).optional(),
  /** The document this actor is the writer of (each document has exactly one). */
  wrote: idSchema.optional(),
  cases: z.array(caseIdSchema),
  /** One passage per document that names the actor. */
  evidence: evidenceListSchema,
})

const argumentSchema = z.strictObject({
  id: idSchema,
  side: z.enum(sides, { error: `must be one of ${sides.join(', ')}` }),
  /** The module's short paraphrase of the claim. */
  claim: textSchema,
  /** Who makes it, as the document attributes it (actor ids). */
  speakers: z.array(idSchema).min(1, 'must name at least one actor'),
  /** The speakers' voice (their actors' group). */
  voice: voiceSchema,
  /** The writer whose paraphrase a passage is, when it is not in the speakers' own words. */
  reportedBy: idSchema.optional(),
  evidence: attributedEvidenceListSchema,
})

const relationSchema = z.strictObject({
  id: idSchema,
  case: caseIdSchema,
  /** Who acts (actor ids). */
  from: z.array(idSchema).min(1, 'must name at least one actor'),
  /** Whom they address (an actor id). */
  to: idSchema,
  /** The module's few-word description of the act, for an arrow. */
  label: textSchema,
  evidence: evidenceListSchema,
})

const cellSchema = z.strictObject({
  case: caseIdSchema,
  text: textSchema,
  /** The number the text states ("about 5,000" → 5000), for a figure drawn to scale. */
  figure: z.number().positive().optional(),
  evidence: attributedEvidenceListSchema,
})

const rowSchema = z.strictObject({
  id: idSchema,
  label: textSchema,
  cells: z.array(cellSchema).refine(
    cells => caseIds.every(id => cells.filter(cell => cell.case === id).length === 1),
    `must have exactly one cell for each case (${caseIds.join(', ')})`,
  ),
})

const termSchema = z.strictObject({
  id: idSchema,
  term: textSchema,
  /** The module's working definition: the documents do not define terms. */
  definition: textSchema,
  example: textSchema,
  evidence: attributedEvidenceListSchema,
})

const correctionSchema = z.strictObject({
  id: idSchema,
  /** The text as it appears in the document. */
  found: textSchema,
  /** How the deck reads it; "[sic]" where it is kept. */
  readsAs: textSchema,
  note: textSchema,
  evidence: evidenceListSchema,
})

const list = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'must have at least one entry')

/** data/<name>.yaml → how to validate it. */
export const factFiles = {
  timeline: { schema: z.strictObject({ events: list(eventSchema) }), labels: { events: 'event' } },
  actors: { schema: z.strictObject({ actors: list(actorSchema) }), labels: { actors: 'actor' } },
  arguments: { schema: z.strictObject({ arguments: list(argumentSchema) }), labels: { arguments: 'argument' } },
  relations: { schema: z.strictObject({ relations: list(relationSchema) }), labels: { relations: 'relation' } },
  cases: { schema: z.strictObject({ rows: list(rowSchema) }), labels: { rows: 'row' } },
  terms: { schema: z.strictObject({ terms: list(termSchema) }), labels: { terms: 'term' } },
  corrections: { schema: z.strictObject({ corrections: list(correctionSchema) }), labels: { corrections: 'correction' } },
} satisfies Record<string, FactFile>

export type FactName = keyof typeof factFiles
export type Facts = { [K in FactName]: z.infer<(typeof factFiles)[K]['schema']> }
export type TimelineEvent = Facts['timeline']['events'][number]
export type Actor = Facts['actors']['actors'][number]
export type Argument = Facts['arguments']['arguments'][number]
export type Relation = Facts['relations']['relations'][number]
export type ComparisonRow = Facts['cases']['rows'][number]
export type KeyTerm = Facts['terms']['terms'][number]
export type Correction = Facts['corrections']['corrections'][number]
