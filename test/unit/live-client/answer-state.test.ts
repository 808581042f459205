// What the student page says about an answer: none, queued offline, sending, received, or changed since sent.
import { describe, expect, it } from 'vitest'
import { answerStatus, isEmptyAnswer, sameAnswer } from '../../../live/src/student/answer-state.ts'

const base = { draft: undefined, pending: undefined, hasPending: false, received: undefined, hasReceived: false, online: true }

describe('answerStatus', () => {
  it.each([
    ['nothing sent', { draft: 'a' }, 'none'],
    ['queued while offline', { draft: 'a', pending: 'a', hasPending: true, online: false }, 'queued'],
    ['sent, waiting for the ack', { draft: 'a', pending: 'a', hasPending: true }, 'sending'],
    ['acknowledged', { draft: 'a', received: 'a', hasReceived: true }, 'received'],
    ['edited after it was received', { draft: 'b', received: 'a', hasReceived: true }, 'changed'],
    ['edited while the first is still queued', { draft: 'b', pending: 'a', hasPending: true, received: 'z', hasReceived: true }, 'changed'],
    ['received; the controls not yet filled in', { draft: undefined, received: 'a', hasReceived: true }, 'received'],
    ['stored false for a true/false question', { draft: false, received: false, hasReceived: true }, 'received'],
  ] as const)('%s → %s', (_what, facts, expected) => {
    expect(answerStatus({ ...base, ...facts })).toBe(expected)
  })
})

describe('sameAnswer', () => {
  it.each([
    [{ p1: 'a', p2: 'b' }, { p2: 'b', p1: 'a' }, true],
    [['x', 'y'], ['y', 'x'], false],
    ['5,000', '5,000', true],
    [true, false, false],
    [undefined, undefined, true],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameAnswer(a, b)).toBe(expected)
  })
})

describe('isEmptyAnswer', () => {
  it.each([
    [undefined, true],
    ['   ', true],
    [[], true],
    [{}, true],
    [false, false],
    ['0', false],
    [['a'], false],
    [{ p1: 'a' }, false],
  ])('%j → %s', (answer, expected) => {
    expect(isEmptyAnswer(answer)).toBe(expected)
  })
})
