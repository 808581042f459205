// The poll file format (polls/*.yaml) and its validation: unmarked polls, with no
// key and no points, never in a gradebook. Kinds: an opinion scale, a choice poll,
// a word cloud and open text; an entry with `ask:` turns an "Ask:" prompt of the
// speaker notes into a poll of the author's choosing. Node only in practice (zod):
// the deck gets the validated polls through `virtual:content`.
import type { ContentError, FieldProblem } from './errors.ts'
import { z } from 'zod'
import { choiceSchema, idSchema, textSchema } from './common.ts'
import { ErrorCollector, readDocument } from './document.ts'
import { problemsFromZod } from './errors.ts'
import { duplicateIds } from './questions/checks.ts'

/** The longest entry a poll may allow: a word-cloud word, an open-text answer. */
export const POLL_LIMITS = { word: 40, text: 500 } as const

const pollBase = {
  id: idSchema,
  /** What the room is asked; may be left out when `ask` names a prompt of the notes. */
  prompt: textSchema.optional(),
  /** The id of an "Ask:" prompt in the speaker notes this poll runs (its text is the notes' unless `prompt` is given). */
  ask: idSchema.optional(),
}

const whole = (what: string) => z.number({ error: `must be a whole number (${what})` }).int(`must be a whole number (${what})`)

const scaleSchema = z.strictObject({
  ...pollBase,
  kind: z.literal('scale'),
  /** Points 1 … points. */
  points: whole('the number of points').min(3, 'must be from 3 to 11').max(11, 'must be from 3 to 11'),
  /** What point 1 means, and what the last point means: an opinion, not a claim. */
  low: textSchema.max(40, 'must be at most 40 characters: it labels the end of a scale'),
  high: textSchema.max(40, 'must be at most 40 characters: it labels the end of a scale'),
  /** Optional labels of single points, e.g. { 4: Undecided }. */
  labels: z.record(z.string(), textSchema.max(40, 'must be at most 40 characters')).optional(),
})
/** A poll as validated: its prompt is the file's, or the notes' for an `ask` poll. */
type Resolved<T> = Omit<T, 'prompt'> & { prompt: string }
export type ScalePoll = Resolved<z.infer<typeof scaleSchema>>

const choicePollSchema = z.strictObject({
  ...pollBase,
  kind: z.literal('choice'),
  options: z.array(choiceSchema).min(2, 'needs at least two options'),
  /** true: a student may pick several options. */
  multiple: z.boolean({ error: 'must be true or false' }).optional(),
})
export type ChoicePoll = Resolved<z.infer<typeof choicePollSchema>>

const wordsSchema = z.strictObject({
  ...pollBase,
  kind: z.literal('words'),
  /** How many words one student may send (1 to 3). */
  maxWords: whole('1 to 3').min(1, 'must be from 1 to 3').max(3, 'must be from 1 to 3'),
  /** The longest word, in characters. */
  maxLength: whole('characters').min(2, `must be from 2 to ${POLL_LIMITS.word}`).max(POLL_LIMITS.word, `must be from 2 to ${POLL_LIMITS.word}`),
})
export type WordsPoll = Resolved<z.infer<typeof wordsSchema>>

const openTextSchema = z.strictObject({
  ...pollBase,
  kind: z.literal('text'),
  /** The longest answer, in characters. */
  maxLength: whole('characters').min(10, `must be from 10 to ${POLL_LIMITS.text}`).max(POLL_LIMITS.text, `must be from 10 to ${POLL_LIMITS.text}`),
})
export type OpenTextPoll = Resolved<z.infer<typeof openTextSchema>>

export type Poll = ScalePoll | ChoicePoll | WordsPoll | OpenTextPoll
export type PollKind = Poll['kind']

const pollSchemas = { scale: scaleSchema, choice: choicePollSchema, words: wordsSchema, text: openTextSchema } as const
export const pollKinds = Object.keys(pollSchemas) as PollKind[]

const pollFileSchema = z.strictObject({
  polls: z.array(z.unknown()).min(1, 'must have at least one poll'),
})

const NO_KEY = 'a poll has no key and no points: it is never marked (use a quiz for that)'
/** Fields of a quiz question that mark an answer; `points` is a scale's size, so only other kinds refuse it. */
const MARKING_FIELDS = ['answer', 'accept', 'correct', 'key', 'points'] as const

const WHOLE_NUMBER = /^\d+$/

type AuthoredPoll = z.infer<typeof pollSchemas[PollKind]>

/** What a schema cannot say: a prompt or an `ask`, point labels within the scale, option ids unique. */
function checkPoll(poll: AuthoredPoll): FieldProblem[] {
  const problems: FieldProblem[] = poll.prompt === undefined && poll.ask === undefined
    ? [{ path: ['prompt'], message: 'is missing (or name an "Ask:" prompt of the notes with ask:)' }]
    : []
  if (poll.kind === 'choice')
    problems.push(...duplicateIds(poll.options, 'options'))
  if (poll.kind === 'scale') {
    for (const point of Object.keys(poll.labels ?? {})) {
      const n = WHOLE_NUMBER.test(point) ? Number(point) : Number.NaN
      if (!(n >= 1 && n <= poll.points))
        problems.push({ path: ['labels', point], message: `is not a point of this scale (1 to ${poll.points})` })
    }
  }
  return problems
}

function validatePoll(raw: unknown): { poll?: AuthoredPoll, problems: FieldProblem[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { problems: [{ path: [], message: 'must be a mapping with id, kind, prompt …' }] }
  const marking = MARKING_FIELDS.filter(field => field in raw && !(field === 'points' && (raw as { kind?: unknown }).kind === 'scale'))
  if (marking.length)
    return { problems: marking.map(field => ({ path: [field], message: NO_KEY })) }
  const kind = (raw as { kind?: unknown }).kind
  if (typeof kind !== 'string' || !Object.hasOwn(pollSchemas, kind)) {
    const message = kind === undefined ? 'is missing' : `unknown kind "${String(kind)}"`
    return { problems: [{ path: ['kind'], message: `${message}; use one of ${pollKinds.join(', ')}` }] }
  }
  const parsed = pollSchemas[kind as PollKind].safeParse(raw)
  if (!parsed.success)
    return { problems: problemsFromZod(parsed.error, raw) }
  const problems = checkPoll(parsed.data)
  return problems.length ? { problems } : { poll: parsed.data, problems }
}

/** An "Ask:" prompt's id and text, as the poll files may refer to it. */
export interface AskReference {
  id: string
  text: string
}

/** Validates one poll file against the "Ask:" prompts it may refer to. Returns the polls only when the file has no errors. */
export function validatePollFile(file: string, text: string, prompts: readonly AskReference[]): { polls?: Poll[], errors: ContentError[] } {
  const { yaml, errors } = readDocument(file, text)
  if (errors.length)
    return { errors }
  const collector = new ErrorCollector({ file, labels: { polls: 'poll' }, rootLabel: 'poll file' }, yaml)
  const header = pollFileSchema.safeParse(yaml.value)
  if (!header.success) {
    collector.add(problemsFromZod(header.error, yaml.value))
    return { errors: collector.errors }
  }
  const polls: Poll[] = []
  const seen = new Set<string>()
  header.data.polls.forEach((raw, index) => {
    const result = validatePoll(raw)
    collector.add(result.problems, ['polls', index])
    const poll = result.poll
    if (!poll)
      return
    if (seen.has(poll.id))
      collector.add([{ path: ['id'], message: `duplicate poll id "${poll.id}" in this file` }], ['polls', index])
    seen.add(poll.id)
    const asked = poll.ask === undefined ? undefined : prompts.find(p => p.id === poll.ask)
    if (poll.ask !== undefined && !asked)
      collector.add([{ path: ['ask'], message: `names no "Ask:" prompt of slides.md ("${poll.ask}"); \`npm run validate -- --asks\` lists their ids` }], ['polls', index])
    polls.push({ ...poll, prompt: poll.prompt ?? asked?.text ?? '' } as Poll)
  })
  return collector.errors.length ? { errors: collector.errors } : { polls, errors: [] }
}
