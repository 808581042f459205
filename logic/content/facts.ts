// Structured facts in data/*.yaml (timeline, actors, arguments, who acted on whom,
// cases, key terms, corrections): one entry per file, each with its schema. Every `evidence` list
// inside is checked verbatim against the source it names.
import { z } from 'zod'
import { evidenceListSchema, idSchema, textSchema } from './common.ts'
import { caseIds, sides, voices } from './fact-vocabulary.ts'

export type { CaseId, Side, Voice } from './fact-vocabulary.ts'

export interface FactFile<S extends z.ZodType = z.ZodType> {
  schema: S
  /** Singular names of the file's lists, for error messages ("event e1"). */
  labels: Record<string, string>
}

const voiceSchema = z.enum(voices, { error: `must be one of ${voices.join(', ')}` })

const caseIdSchema = z.enum(caseIds, { error: `must be one of ${caseIds.join(', ')}` })

const eventSchema = z.strictObject({
  id: idSchema,
  /** The date exactly as the documents give it ("July", "Monday"); no year is ever stated. */
  when: textSchema,
  what: textSchema,
  /** Who the document says reported it, when that matters ("the company said"). */
  attribution: voiceSchema,
  /** Announced for this date: the documents report the plan, not that it happened. */
  planned: z.boolean().optional(),
  evidence: evidenceListSchema,
})

const actorSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  group: voiceSchema,
  /** The role as the documents describe it, or "not stated". */
  role: textSchema,
  /** Where the documents say the actor is based, as listed, or "not stated". */
  based: textSchema,
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
  voice: voiceSchema,
  evidence: evidenceListSchema,
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
  evidence: evidenceListSchema,
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
  evidence: evidenceListSchema,
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
