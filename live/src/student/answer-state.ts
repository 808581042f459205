// What the student page says about the answer to the open question: nothing yet, saved on the
// phone while offline, sending, received, or changed since it was sent. Plain functions, no Vue.

export type AnswerStatus = 'none' | 'queued' | 'sending' | 'received' | 'changed'

/** Answers compared by value; object keys in any order (matching answers are objects). */
export function sameAnswer(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b)
}

/** True when there is nothing to submit: no choice made, blank text, an empty list or no pair. */
export function isEmptyAnswer(answer: unknown): boolean {
  if (answer === undefined || answer === null)
    return true
  if (typeof answer === 'string')
    return answer.trim() === ''
  if (Array.isArray(answer))
    return answer.length === 0
  if (typeof answer === 'object')
    return Object.keys(answer).length === 0
  return false
}

export interface AnswerFacts {
  /** What the controls show now. */
  draft: unknown
  /** The answer waiting in the outbox for its ack, if any. */
  pending: unknown
  hasPending: boolean
  /** The answer the server confirmed (by ack, or as the stored answer in its state). */
  received: unknown
  hasReceived: boolean
  online: boolean
}

export function answerStatus(facts: AnswerFacts): AnswerStatus {
  const latest = facts.hasPending ? facts.pending : facts.received
  if (!facts.hasPending && !facts.hasReceived)
    return 'none'
  if (!isEmptyAnswer(facts.draft) && !sameAnswer(facts.draft, latest))
    return 'changed'
  if (facts.hasPending)
    return facts.online ? 'sending' : 'queued'
  return 'received'
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner) ?? 'undefined'
}
