// The student's answers not yet acknowledged by the server: kept (in localStorage by the page)
// until their ack arrives and re-sent with the same submissionId after a reconnect, so an
// answer given offline is never lost and never counted twice. Plain functions, no Vue, no DOM.
import * as v from 'valibot'
import { submissionIdSchema } from '../../logic/live/protocol.ts'

const entrySchema = v.object({
  sessionId: v.string(),
  questionId: v.string(),
  answer: v.unknown(),
  submissionId: submissionIdSchema,
})
export type OutboxEntry = v.InferOutput<typeof entrySchema>
export type Outbox = readonly OutboxEntry[]

const outboxSchema = v.array(entrySchema)

/** Adds an answer; a newer answer to the same question replaces the older one (the server keeps one per question). */
export function enqueue(outbox: Outbox, entry: OutboxEntry): Outbox {
  return [...outbox.filter(e => !sameQuestion(e, entry)), entry]
}

/** Drops the entry the ack confirms; an ack for an older submission leaves the newer one queued. */
export function acknowledge(outbox: Outbox, ack: { questionId: string, submissionId: string }): Outbox {
  return outbox.filter(e => !(e.questionId === ack.questionId && e.submissionId === ack.submissionId))
}

/** The entries the server can still accept: those for the question open now in this session. */
export function sendable(outbox: Outbox, sessionId: string, openQuestionId: string | undefined): Outbox {
  return outbox.filter(e => e.sessionId === sessionId && e.questionId === openQuestionId)
}

/** Splits the outbox when the open question changes: entries for any other question can no longer be accepted. */
export function dropStale(outbox: Outbox, sessionId: string, openQuestionId: string | undefined): { kept: Outbox, dropped: Outbox } {
  const kept = sendable(outbox, sessionId, openQuestionId)
  return { kept, dropped: outbox.filter(e => !kept.includes(e)) }
}

export function pendingFor(outbox: Outbox, sessionId: string, questionId: string): OutboxEntry | undefined {
  return outbox.find(e => e.sessionId === sessionId && e.questionId === questionId)
}

/** Reads a stored outbox; anything unreadable counts as empty. */
export function parseOutbox(text: string | null): Outbox {
  if (!text)
    return []
  try {
    const parsed = v.safeParse(outboxSchema, JSON.parse(text))
    return parsed.success ? parsed.output : []
  }
  catch {
    return []
  }
}

function sameQuestion(a: OutboxEntry, b: OutboxEntry): boolean {
  return a.sessionId === b.sessionId && a.questionId === b.questionId
}
