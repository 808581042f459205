// The pace signal: distinct students who signalled in the last minute (a sliding window), at most once every 30 s each.
import { describe, expect, it } from 'vitest'
import { paceGauge, PaceSignals } from '../../../logic/live/pace.ts'

describe('PaceSignals', () => {
  it.each<[string, Array<[string, number]>, number, number, Array<boolean>]>([
    ['one signal counts', [['a', 0]], 0, 1, [true]],
    ['two students count twice', [['a', 0], ['b', 1000]], 1000, 2, [true, true]],
    ['the same student within 30 s counts once', [['a', 0], ['a', 29_999]], 30_000, 1, [true, false]],
    ['the same student after 30 s still counts once (distinct students)', [['a', 0], ['a', 30_000]], 30_000, 1, [true, true]],
    ['a signal a minute old no longer counts', [['a', 0]], 60_000, 0, [true]],
    ['a minute after the first, the second still counts', [['a', 0], ['b', 30_000]], 60_000, 1, [true, true]],
    ['a renewed signal keeps the student counted', [['a', 0], ['a', 40_000]], 90_000, 1, [true, true]],
  ])('%s', (_, signals, at, count, accepted) => {
    const pace = new PaceSignals()
    expect(signals.map(([id, t]) => pace.signal(id, t).ok)).toEqual(accepted)
    expect(pace.count(at)).toBe(count)
  })

  it('says how long to wait, and when the count next drops', () => {
    const pace = new PaceSignals()
    pace.signal('a', 1000)
    pace.signal('b', 5000)
    expect(pace.signal('a', 11_000)).toEqual({ ok: false, waitMs: 20_000 })
    expect(pace.nextExpiry(11_000)).toBe(61_000)
    expect(pace.nextExpiry(62_000)).toBe(65_000)
    expect(pace.nextExpiry(70_000)).toBeUndefined()
  })

  it('forgets a removed student', () => {
    const pace = new PaceSignals()
    pace.signal('a', 0)
    pace.forget('a')
    expect(pace.count(1)).toBe(0)
  })
})

describe('paceGauge', () => {
  it.each([
    [3, 25, 12],
    [0, 0, 0],
    [2, 0, 0],
    [1, 3, 33],
    [5, 4, 100],
  ])('%i of %i connected is %i %%', (count, connected, percent) => {
    expect(paceGauge(count, connected)).toEqual({ count, connected, percent })
  })
})
