// How long a live page waits before reconnecting: doubling from 1 s to at most 10 s, with jitter
// so a room of phones that lost the server together does not come back in the same millisecond.

export const BACKOFF_MIN_MS = 1_000
export const BACKOFF_MAX_MS = 10_000

/**
 * The wait before reconnect attempt `attempt` (0 for the first): a random time between half
 * and all of min(10 s, 1 s × 2^attempt). `random` is a number in [0, 1), Math.random by default.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** Math.max(0, attempt))
  return Math.round(ceiling * (0.5 + random() / 2))
}
