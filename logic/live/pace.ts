// The "too fast / lost me" signal: one tap on a student's phone, counted on the lecturer's gauge for a minute
// (a sliding window: how many students signalled in the last 60 s), at most once every 30 s per student. Pure
// (the clock is passed in); the room keeps one per session in memory. Never sent to students or the projector.

export const PACE_WINDOW_MS = 60_000
export const PACE_COOLDOWN_MS = 30_000

export type PaceSignal = { ok: true } | { ok: false, waitMs: number }

export interface PaceGauge {
  /** Students who signalled in the last minute. */
  count: number
  /** Students connected now. */
  connected: number
  /** count / connected, 0–100, whole percent (0 with nobody connected). */
  percent: number
}

export class PaceSignals {
  /** participant id → when they last signalled (counted). */
  private readonly last = new Map<string, number>()

  /** Counts a student's signal, unless they signalled less than PACE_COOLDOWN_MS ago. */
  signal(participantId: string, now: number): PaceSignal {
    const before = this.last.get(participantId)
    if (before !== undefined && now - before < PACE_COOLDOWN_MS)
      return { ok: false, waitMs: PACE_COOLDOWN_MS - (now - before) }
    this.last.set(participantId, now)
    return { ok: true }
  }

  /** Students whose last signal is less than a minute old (older ones are forgotten). */
  count(now: number): number {
    for (const [id, at] of this.last) {
      if (now - at >= PACE_WINDOW_MS)
        this.last.delete(id)
    }
    return this.last.size
  }

  /** When the count next drops by itself (undefined: it is zero). */
  nextExpiry(now: number): number | undefined {
    this.count(now)
    const oldest = Math.min(...this.last.values())
    return Number.isFinite(oldest) ? oldest + PACE_WINDOW_MS : undefined
  }

  /** A removed participant's signal no longer counts. */
  forget(participantId: string): void {
    this.last.delete(participantId)
  }
}

export function paceGauge(count: number, connected: number): PaceGauge {
  return { count, connected, percent: connected > 0 ? Math.min(100, Math.round((count / connected) * 100)) : 0 }
}
