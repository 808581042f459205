// The live countdown's rules (logic/live/timer.ts): start / +30 s / stop and their refusals, what a phase change keeps,
// closing at zero, auto-reveal, "close when everyone connected has answered", late answers, the pages' clock and what a
// screen reader hears when.
import type { Attendance, Countdown, OnScreen, TimerAction, TimerState } from '../../../logic/live/timer.ts'
import { describe, expect, it } from 'vitest'
import { afterPhaseChange, announcement, applyTimer, clockOffset, dueAction, everyoneAnswered, formatRemaining, initialTimer, pastDeadline, remainingMs, spokenDuration, timerView } from '../../../logic/live/timer.ts'

const T0 = 1_000_000
const open: OnScreen = { phase: 'open', quizId: 'q', questionId: 'a1' }
const openOther: OnScreen = { phase: 'open', quizId: 'q', questionId: 'a2' }
const closed: OnScreen = { ...open, phase: 'closed' }
const revealed: OnScreen = { ...open, phase: 'revealed' }
const lobby: OnScreen = { phase: 'lobby' }
const finished: OnScreen = { phase: 'finished' }

const countdown = (seconds: number, startedAt = T0): Countdown => ({ quizId: 'q', questionId: 'a1', startedAt, deadline: startedAt + seconds * 1000 })
const running60: TimerState = { ...initialTimer, countdown: countdown(60) }
const withSettings = (autoReveal: boolean, closeWhenAllAnswered: boolean, base: TimerState = initialTimer): TimerState => ({ ...base, settings: { autoReveal, closeWhenAllAnswered } })

describe('applyTimer', () => {
  it.each<[string, TimerState, TimerAction, OnScreen, number, TimerState]>([
    ['start 30 s on the open question', initialTimer, { action: 'start', seconds: 30 }, open, T0, { ...initialTimer, countdown: countdown(30) }],
    ['start 120 s', initialTimer, { action: 'start', seconds: 120 }, open, T0, { ...initialTimer, countdown: countdown(120) }],
    ['start again replaces the running countdown', running60, { action: 'start', seconds: 90 }, open, T0 + 10_000, { ...initialTimer, countdown: countdown(90, T0 + 10_000) }],
    ['start on another question replaces an old countdown', running60, { action: 'start', seconds: 30 }, openOther, T0, { ...initialTimer, countdown: { quizId: 'q', questionId: 'a2', startedAt: T0, deadline: T0 + 30_000 } }],
    ['the shortest: 5 s', initialTimer, { action: 'start', seconds: 5 }, open, T0, { ...initialTimer, countdown: countdown(5) }],
    ['the longest: an hour', initialTimer, { action: 'start', seconds: 3600 }, open, T0, { ...initialTimer, countdown: countdown(3600) }],
    ['+30 s moves the deadline', running60, { action: 'extend' }, open, T0 + 50_000, { ...initialTimer, countdown: { ...countdown(60), deadline: T0 + 90_000 } }],
    ['+30 s twice', { ...initialTimer, countdown: { ...countdown(60), deadline: T0 + 90_000 } }, { action: 'extend' }, open, T0 + 1000, { ...initialTimer, countdown: { ...countdown(60), deadline: T0 + 120_000 } }],
    ['stop removes the countdown, keeps the options', withSettings(true, true, running60), { action: 'stop' }, open, T0 + 1000, withSettings(true, true)],
    ['settings: auto-reveal on', initialTimer, { action: 'settings', autoReveal: true }, lobby, T0, withSettings(true, false)],
    ['settings: close when all answered on, auto-reveal kept', withSettings(true, false), { action: 'settings', closeWhenAllAnswered: true }, open, T0, withSettings(true, true)],
    ['settings: both off, countdown kept', withSettings(true, true, running60), { action: 'settings', autoReveal: false, closeWhenAllAnswered: false }, open, T0, running60],
    ['settings while closed', initialTimer, { action: 'settings', autoReveal: true }, closed, T0, withSettings(true, false)],
  ])('%s', (_name, timer, action, screen, now, expected) => {
    expect(applyTimer(timer, action, screen, now)).toEqual({ ok: true, timer: expected })
  })

  it.each<[string, TimerState, TimerAction, OnScreen, number, 'not-open' | 'bad-message', RegExp]>([
    ['start in the lobby', initialTimer, { action: 'start', seconds: 60 }, lobby, T0, 'not-open', /Open a question/],
    ['start once closed', initialTimer, { action: 'start', seconds: 60 }, closed, T0, 'not-open', /Open a question/],
    ['start once revealed', initialTimer, { action: 'start', seconds: 60 }, revealed, T0, 'not-open', /Open a question/],
    ['start after the session finished', initialTimer, { action: 'start', seconds: 60 }, finished, T0, 'not-open', /finished/],
    ['start for 4 s', initialTimer, { action: 'start', seconds: 4 }, open, T0, 'bad-message', /from 5 to 3600/],
    ['start for over an hour', initialTimer, { action: 'start', seconds: 3601 }, open, T0, 'bad-message', /from 5 to 3600/],
    ['start for 30.5 s', initialTimer, { action: 'start', seconds: 30.5 }, open, T0, 'bad-message', /whole number/],
    ['start for NaN s', initialTimer, { action: 'start', seconds: Number.NaN }, open, T0, 'bad-message', /whole number/],
    ['+30 s with no countdown', initialTimer, { action: 'extend' }, open, T0, 'not-open', /No countdown/],
    ['+30 s on another question\'s countdown', running60, { action: 'extend' }, openOther, T0, 'not-open', /No countdown/],
    ['+30 s at zero (too late: the question is closing)', running60, { action: 'extend' }, open, T0 + 60_000, 'not-open', /No countdown/],
    ['+30 s once closed', running60, { action: 'extend' }, closed, T0, 'not-open', /No countdown/],
    ['+30 s beyond an hour left', { ...initialTimer, countdown: countdown(3590) }, { action: 'extend' }, open, T0, 'bad-message', /at most 3600/],
    ['stop with no countdown', initialTimer, { action: 'stop' }, open, T0, 'not-open', /No countdown/],
    ['stop at zero', running60, { action: 'stop' }, open, T0 + 61_000, 'not-open', /No countdown/],
    ['settings after the session finished', initialTimer, { action: 'settings', autoReveal: true }, finished, T0, 'not-open', /finished/],
  ])('refuses %s', (_name, timer, action, screen, now, code, message) => {
    const result = applyTimer(timer, action, screen, now)
    expect(result).toMatchObject({ ok: false, code })
    expect(result.ok ? '' : result.message).toMatch(message)
  })
})

describe('afterPhaseChange', () => {
  const expired = { ...initialTimer, countdown: countdown(60) }
  it.each<[string, TimerState, OnScreen, number, boolean]>([
    ['the lecturer closes before zero: the countdown stops', running60, closed, T0 + 30_000, false],
    ['the lecturer reveals before zero: the countdown stops', running60, revealed, T0 + 30_000, false],
    ['closed at zero: kept, to show "Time is up"', expired, closed, T0 + 60_000, true],
    ['revealed after zero: kept', expired, revealed, T0 + 70_000, true],
    ['the same question opened again: a fresh start, no countdown', expired, open, T0 + 70_000, false],
    ['another question opened (Next): dropped', running60, openOther, T0 + 10_000, false],
    ['finished: dropped', running60, finished, T0 + 10_000, false],
  ])('%s', (_name, timer, screen, now, kept) => {
    const next = afterPhaseChange(withSettings(true, false, timer), screen, now)
    expect(next.countdown).toEqual(kept ? timer.countdown : undefined)
    expect(next.settings).toEqual({ autoReveal: true, closeWhenAllAnswered: false })
  })
})

describe('dueAction', () => {
  const ids = (...list: string[]) => new Set(list)
  const nobody: Attendance = { connected: ids(), answered: ids() }
  const allIn: Attendance = { connected: ids('ann', 'bob'), answered: ids('ann', 'bob') }
  const bobMissing: Attendance = { connected: ids('ann', 'bob'), answered: ids('ann') }
  it.each<[string, TimerState, OnScreen, number, Attendance, 'close' | 'reveal' | undefined]>([
    ['before zero: nothing', running60, open, T0 + 59_999, bobMissing, undefined],
    ['at zero: close', running60, open, T0 + 60_000, bobMissing, 'close'],
    ['after zero (a server that was down): close', running60, open, T0 + 3_600_000, bobMissing, 'close'],
    ['at zero with auto-reveal: reveal', withSettings(true, false, running60), open, T0 + 60_000, bobMissing, 'reveal'],
    ['auto-reveal before zero: nothing', withSettings(true, false, running60), open, T0 + 1000, allIn, undefined],
    ['no countdown, option off: nothing even if all answered', initialTimer, open, T0, allIn, undefined],
    ['everyone connected answered, option on: close', withSettings(false, true), open, T0, allIn, 'close'],
    ['everyone answered with auto-reveal: close only (auto-reveal is for zero)', withSettings(true, true, running60), open, T0 + 1000, allIn, 'close'],
    ['one still to answer: nothing', withSettings(false, true), open, T0, bobMissing, undefined],
    ['nobody connected: nothing', withSettings(false, true), open, T0, nobody, undefined],
    ['the countdown of another question: nothing', running60, openOther, T0 + 60_000, bobMissing, undefined],
    ['already closed: nothing', withSettings(true, true, running60), closed, T0 + 60_000, allIn, undefined],
  ])('%s', (_name, timer, screen, now, attendance, expected) => {
    expect(dueAction(timer, screen, now, attendance)).toBe(expected)
  })

  it.each<[string, Attendance, boolean]>([
    ['all connected answered', allIn, true],
    ['one connected has not', bobMissing, false],
    ['someone who answered then left does not hold it up', { connected: ids('ann'), answered: ids('ann', 'bob') }, true],
    ['nobody connected', nobody, false],
  ])('everyoneAnswered: %s', (_name, attendance, expected) => {
    expect(everyoneAnswered(attendance)).toBe(expected)
  })
})

describe('answers and scores', () => {
  it.each<[string, TimerState, OnScreen, number, boolean]>([
    ['1 ms before zero: accepted', running60, open, T0 + 59_999, false],
    ['at zero: refused', running60, open, T0 + 60_000, true],
    ['no countdown: accepted', initialTimer, open, T0 + 60_000, false],
    ['a countdown for another question does not apply', running60, openOther, T0 + 60_000, false],
  ])('pastDeadline: %s', (_name, timer, screen, now, late) => {
    expect(pastDeadline(timer, screen, now)).toBe(late)
  })
})

describe('what the pages get and show', () => {
  it.each<[string, TimerState, OnScreen, ReturnType<typeof timerView>]>([
    ['the running countdown, stamped with the server clock', running60, open, { deadline: T0 + 60_000, serverNow: T0 + 5000, totalMs: 60_000 }],
    ['none without a countdown', initialTimer, open, undefined],
    ['none for another question', running60, openOther, undefined],
    ['the run-out countdown while closed', running60, closed, { deadline: T0 + 60_000, serverNow: T0 + 5000, totalMs: 60_000 }],
    ['none in the lobby', running60, lobby, undefined],
  ])('timerView: %s', (_name, timer, screen, expected) => {
    expect(timerView(timer, screen, T0 + 5000)).toEqual(expected)
  })

  it.each<[string, number, number, number, number]>([
    ['same clocks', T0 + 60_000, T0 + 10_000, 0, 50_000],
    ['a phone 5 minutes slow', T0 + 60_000, T0 + 10_000 - 300_000, 300_000, 50_000],
    ['a phone 2 s fast', T0 + 60_000, T0 + 12_000, -2000, 50_000],
    ['past the deadline: 0, never negative', T0 + 60_000, T0 + 70_000, 0, 0],
  ])('remainingMs: %s', (_name, deadline, clientNow, offset, expected) => {
    expect(remainingMs(deadline, clientNow, offset)).toBe(expected)
  })

  it('clockOffset is the server clock minus the client clock', () => {
    expect(clockOffset(T0 + 300_000, T0)).toBe(300_000)
  })

  it.each<[number, string]>([[120_000, '2:00'], [90_000, '1:30'], [60_000, '1:00'], [9000, '0:09'], [8001, '0:09'], [1, '0:01'], [0, '0:00'], [-5, '0:00']])('formatRemaining(%i) = %s', (ms, shown) => {
    expect(formatRemaining(ms)).toBe(shown)
  })

  it.each<[number, string]>([[120, '2 minutes'], [90, '1 minute 30 seconds'], [60, '1 minute'], [30, '30 seconds'], [1, '1 second'], [0, '0 seconds']])('spokenDuration(%i) = %s', (seconds, words) => {
    expect(spokenDuration(seconds)).toBe(words)
  })
})

describe('announcement (what a screen reader hears)', () => {
  it.each<[string, number | undefined, number, string | undefined]>([
    ['the countdown appears', undefined, 90, 'Countdown: 1 minute 30 seconds to answer.'],
    ['a second passes', 90, 89, undefined],
    ['61 → 60', 61, 60, '1 minute left.'],
    ['60 → 59', 60, 59, undefined],
    ['45 → 44', 45, 44, undefined],
    ['31 → 30', 31, 30, '30 seconds left.'],
    ['11 → 10', 11, 10, '10 seconds left.'],
    ['10 → 9: not every second', 10, 9, undefined],
    ['3 → 2', 3, 2, undefined],
    ['1 → 0', 1, 0, 'Time is up: answers are closed.'],
    ['0 → 0: said once', 0, 0, undefined],
    ['appears already at zero', undefined, 0, 'Time is up: answers are closed.'],
    ['a tab that slept past a mark says the time actually left', 65, 25, '25 seconds left.'],
    ['+30 s', 20, 50, 'Countdown extended: 50 seconds left.'],
  ])('%s', (_name, before, now, expected) => {
    expect(announcement(before, now)).toBe(expected)
  })

  it('over a whole 90 s countdown says 5 things, not 90', () => {
    const said: string[] = []
    let before: number | undefined
    for (let left = 90; left >= 0; left--) {
      const words = announcement(before, left)
      if (words)
        said.push(words)
      before = left
    }
    expect(said).toEqual(['Countdown: 1 minute 30 seconds to answer.', '1 minute left.', '30 seconds left.', '10 seconds left.', 'Time is up: answers are closed.'])
  })
})
