// A student's own answers to the deck's opinion scales, kept in the browser for
// self-study: per poll, the point chosen at the start (`before`) and at the end
// (`after`). Errors are values: a record that is not JSON or not of this shape
// is discarded with a notice; an answer the current scale no longer has (its
// points changed) is dropped with a notice.
import type { Poll } from '../content/polls.ts'
import * as v from 'valibot'
import { mappingOf } from '../shapes.ts'
import { readPollAnswer } from './answer.ts'

export const OWN_ANSWERS_VERSION = 1
export const OWN_ANSWERS_KEY = `privacy-module:poll-answers:v${OWN_ANSWERS_VERSION}`

export const runs = ['before', 'after'] as const
export type Run = typeof runs[number]

const recordSchema = v.strictObject({
  version: v.literal(OWN_ANSWERS_VERSION),
  answers: mappingOf(v.strictObject({ before: v.optional(v.number()), after: v.optional(v.number()) })),
})
export type OwnAnswers = v.InferOutput<typeof recordSchema>

export const emptyOwnAnswers = (): OwnAnswers => ({ version: OWN_ANSWERS_VERSION, answers: {} })

/** The saved record fitted to the current polls, and what to tell the student when something was discarded. */
export function decodeOwnAnswers(text: string | null, polls: readonly Poll[]): { record: OwnAnswers, notice?: string } {
  if (text === null)
    return { record: emptyOwnAnswers() }
  let data: unknown
  try {
    data = JSON.parse(text)
  }
  catch {
    data = undefined
  }
  const parsed = v.safeParse(recordSchema, data)
  if (!parsed.success)
    return { record: emptyOwnAnswers(), notice: 'Your saved answers to the opinion scale could not be read (they were damaged), so they were cleared.' }
  const record = emptyOwnAnswers()
  let dropped = false
  for (const [pollId, saved] of Object.entries(parsed.output.answers)) {
    const poll = polls.find(p => p.id === pollId)
    for (const run of runs) {
      const point = saved[run]
      if (point === undefined)
        continue
      if (poll && readPollAnswer(poll, point).ok)
        (record.answers[pollId] ??= {})[run] = point
      else
        dropped = true
    }
  }
  return dropped
    ? { record, notice: 'Some of your saved answers to the opinion scale no longer fit it (the scale changed), so they were cleared.' }
    : { record }
}
