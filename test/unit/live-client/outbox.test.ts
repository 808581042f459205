// The queue of answers waiting for their ack: one per question, kept until acked, re-sent only while the question is open.
import { describe, expect, it } from 'vitest'
import { acknowledge, dropStale, enqueue, parseOutbox, pendingFor, sendable } from '../../../live/src/outbox.ts'

const a1 = { sessionId: 's1', questionId: 'q1', answer: 'a', submissionId: 'sub-0001' }
const a1b = { sessionId: 's1', questionId: 'q1', answer: 'b', submissionId: 'sub-0002' }
const a2 = { sessionId: 's1', questionId: 'q2', answer: true, submissionId: 'sub-0003' }
const old = { sessionId: 's0', questionId: 'q1', answer: 'a', submissionId: 'sub-0004' }

describe('outbox', () => {
  it('keeps one answer per question: a changed answer replaces the queued one', () => {
    expect(enqueue(enqueue([], a1), a1b)).toEqual([a1b])
    expect(enqueue([a1], a2)).toEqual([a1, a2])
  })

  it('drops an entry only when its own submission is acknowledged', () => {
    expect(acknowledge([a1b], { questionId: 'q1', submissionId: 'sub-0001' })).toEqual([a1b])
    expect(acknowledge([a1b, a2], { questionId: 'q1', submissionId: 'sub-0002' })).toEqual([a2])
  })

  it('sends only answers to the question open now in this session', () => {
    expect(sendable([a1, a2, old], 's1', 'q2')).toEqual([a2])
    expect(sendable([a1], 's1', undefined)).toEqual([])
  })

  it('gives up answers that can no longer be accepted, and says which', () => {
    expect(dropStale([a1, a2, old], 's1', 'q1')).toEqual({ kept: [a1], dropped: [a2, old] })
  })

  it('finds the pending answer of a question', () => {
    expect(pendingFor([a1, a2], 's1', 'q2')).toBe(a2)
    expect(pendingFor([a1, a2], 's0', 'q2')).toBeUndefined()
  })

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['not a list', '{"questionId":"q1"}'],
    ['a bad submission id', JSON.stringify([{ ...a1, submissionId: 'x' }])],
  ])('reads %s as an empty outbox', (_what, text) => {
    expect(parseOutbox(text)).toEqual([])
  })

  it('reads back what it stored', () => {
    expect(parseOutbox(JSON.stringify([a1, a2]))).toEqual([a1, a2])
  })
})
