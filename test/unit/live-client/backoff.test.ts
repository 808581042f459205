// The live pages' reconnect delay: doubles from 1 s, never above 10 s, spread by jitter.
import { describe, expect, it } from 'vitest'
import { backoffDelay } from '../../../live/src/backoff.ts'

describe('backoffDelay', () => {
  it.each([
    [0, 1_000],
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [4, 10_000],
    [50, 10_000],
  ])('attempt %i waits between half of and all of %i ms', (attempt, ceiling) => {
    expect(backoffDelay(attempt, () => 0)).toBe(ceiling / 2)
    expect(backoffDelay(attempt, () => 0.999_999)).toBe(ceiling)
  })

  it('spreads a room of phones over the window instead of sending them back together', () => {
    const delays = new Set([0.1, 0.3, 0.5, 0.7, 0.9].map(r => backoffDelay(2, () => r)))
    expect(delays.size).toBe(5)
  })
})
