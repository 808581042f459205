// The live question's optional countdown, pure: the lecturer starts it (a duration they choose), adds 30 s or stops it;
// the server owns the deadline and closes the question at zero (revealing it too if the lecturer opted in), or as soon
// as everyone connected has answered if that option is on. Scores never depend on it: it only decides when answers stop.
// Also what the pages need: the time left from a deadline and the server's clock, and what a screen reader hears when.
import type { Phase, TimerView } from './protocol.ts'

/** The control page's presets, in seconds (keys 1–4). */
export const TIMER_PRESETS = [30, 60, 90, 120] as const
/** What "+30 s" adds. */
export const EXTEND_SECONDS = 30
/** The shortest and longest countdown a lecturer may set (and the most an extension may reach). */
export const MIN_SECONDS = 5
export const MAX_SECONDS = 3600

/** The lecturer's options; they stay for the whole session (stored with it). */
export interface TimerSettings {
  /** At zero, reveal the answer as well as closing. */
  autoReveal: boolean
  /** Close the question as soon as every connected participant has answered it. */
  closeWhenAllAnswered: boolean
}

/** A running (or, after it closed the question, expired) countdown, tied to one question. */
export interface Countdown {
  quizId: string
  questionId: string
  /** Server clock, ms since the epoch. */
  startedAt: number
  deadline: number
}

export interface TimerState {
  settings: TimerSettings
  countdown?: Countdown
}

export const initialTimer: TimerState = { settings: { autoReveal: false, closeWhenAllAnswered: false } }

/** What the lecturer can do to the timer. */
export type TimerAction
  = | { action: 'start', seconds: number }
    | { action: 'extend' }
    | { action: 'stop' }
    | { action: 'settings', autoReveal?: boolean, closeWhenAllAnswered?: boolean }

/** The session facts the timer depends on. */
export interface OnScreen {
  phase: Phase
  quizId?: string
  questionId?: string
}

export interface TimerRefusal { ok: false, code: 'not-open' | 'bad-message', message: string }
export type TimerTransition = { ok: true, timer: TimerState } | TimerRefusal

const refuse = (code: TimerRefusal['code'], message: string): TimerRefusal => ({ ok: false, code, message })

function isFor(countdown: Countdown | undefined, screen: OnScreen): countdown is Countdown {
  return !!countdown && countdown.quizId === screen.quizId && countdown.questionId === screen.questionId
}

/** The countdown running on the open question, if any. */
export function runningCountdown(timer: TimerState, screen: OnScreen): Countdown | undefined {
  return screen.phase === 'open' && isFor(timer.countdown, screen) ? timer.countdown : undefined
}

/**
 * Applies a lecturer's timer action at server time `now`. `start` only while a question is
 * open (it replaces a countdown already running); `extend` and `stop` only while one runs;
 * `settings` at any time but after the session has finished.
 */
export function applyTimer(timer: TimerState, action: TimerAction, screen: OnScreen, now: number): TimerTransition {
  if (screen.phase === 'finished')
    return refuse('not-open', 'The session has finished.')
  const running = runningCountdown(timer, screen)
  switch (action.action) {
    case 'start':
      if (!Number.isInteger(action.seconds) || action.seconds < MIN_SECONDS || action.seconds > MAX_SECONDS)
        return refuse('bad-message', `A countdown lasts a whole number of seconds from ${MIN_SECONDS} to ${MAX_SECONDS}.`)
      if (screen.phase !== 'open' || !screen.quizId || !screen.questionId)
        return refuse('not-open', 'Open a question before starting its countdown.')
      return { ok: true, timer: { ...timer, countdown: { quizId: screen.quizId, questionId: screen.questionId, startedAt: now, deadline: now + action.seconds * 1000 } } }
    case 'extend':
      if (!running || running.deadline <= now)
        return refuse('not-open', 'No countdown is running.')
      if (running.deadline - now + EXTEND_SECONDS * 1000 > MAX_SECONDS * 1000)
        return refuse('bad-message', `A countdown can have at most ${MAX_SECONDS} s left.`)
      return { ok: true, timer: { ...timer, countdown: { ...running, deadline: running.deadline + EXTEND_SECONDS * 1000 } } }
    case 'stop':
      if (!running || running.deadline <= now)
        return refuse('not-open', 'No countdown is running.')
      return { ok: true, timer: { settings: timer.settings } }
    case 'settings':
      return {
        ok: true,
        timer: {
          ...timer,
          settings: {
            autoReveal: action.autoReveal ?? timer.settings.autoReveal,
            closeWhenAllAnswered: action.closeWhenAllAnswered ?? timer.settings.closeWhenAllAnswered,
          },
        },
      }
  }
}

/**
 * The timer after the session's phase changed (a control, or the timer itself). Opening a
 * question (again) or leaving it drops its countdown; closing or revealing keeps it only if it
 * had run out (the pages then show "Time is up"), so a lecturer's early close stops it.
 */
export function afterPhaseChange(timer: TimerState, screen: OnScreen, now: number): TimerState {
  const countdown = timer.countdown
  const keep = countdown && isFor(countdown, screen) && (screen.phase === 'closed' || screen.phase === 'revealed') && countdown.deadline <= now
  return keep ? timer : { settings: timer.settings }
}

/** Who is in the room now: participants with a connection, and those who have answered the open question. */
export interface Attendance {
  connected: ReadonlySet<string>
  answered: ReadonlySet<string>
}

/** Every connected participant has answered (false when nobody is connected). */
export function everyoneAnswered({ connected, answered }: Attendance): boolean {
  return connected.size > 0 && [...connected].every(id => answered.has(id))
}

/**
 * What the server must do now: `reveal` (close, then reveal) when the countdown reached zero
 * and auto-reveal is on, `close` at zero otherwise or when everyone connected has answered and
 * that option is on; undefined while nothing is due.
 */
export function dueAction(timer: TimerState, screen: OnScreen, now: number, attendance: Attendance): 'close' | 'reveal' | undefined {
  if (screen.phase !== 'open')
    return undefined
  const running = runningCountdown(timer, screen)
  if (running && running.deadline <= now)
    return timer.settings.autoReveal ? 'reveal' : 'close'
  if (timer.settings.closeWhenAllAnswered && everyoneAnswered(attendance))
    return 'close'
  return undefined
}

/** Whether an answer arriving at `now` is too late: the open question's countdown has reached zero (even if the close is a moment away). */
export function pastDeadline(timer: TimerState, screen: OnScreen, now: number): boolean {
  const running = runningCountdown(timer, screen)
  return !!running && running.deadline <= now
}

/** What the pages get: the countdown on the question on screen (running, or run out), stamped with the server's clock. */
export function timerView(timer: TimerState, screen: OnScreen, now: number): TimerView | undefined {
  const countdown = timer.countdown
  if (!isFor(countdown, screen) || !(screen.phase === 'open' || screen.phase === 'closed' || screen.phase === 'revealed'))
    return undefined
  return { deadline: countdown.deadline, serverNow: now, totalMs: countdown.deadline - countdown.startedAt }
}

// ---------------------------------------------------------------- the pages

/** The client's estimate of the server's clock minus its own, from a message stamped `serverNow` received at `clientNow`. */
export function clockOffset(serverNow: number, clientNow: number): number {
  return serverNow - clientNow
}

/** Milliseconds left on the server's clock (never below 0). */
export function remainingMs(deadline: number, clientNow: number, offset: number): number {
  return Math.max(0, deadline - (clientNow + offset))
}

/** Whole seconds as shown: 90 s → "1:30", 9 s → "0:09" (rounded up, so "0:00" only at zero). */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** A duration in words for a screen reader: 120 → "2 minutes", 90 → "1 minute 30 seconds", 1 → "1 second". */
export function spokenDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`
  return [minutes ? part(minutes, 'minute') : '', rest || !minutes ? part(rest, 'second') : ''].filter(Boolean).join(' ')
}

/** Seconds left at which a screen reader hears the time (not every second). */
export const ANNOUNCE_AT = [60, 30, 10] as const

/**
 * What a screen reader should hear when the time left goes from `before` to `now` whole
 * seconds (`before` undefined: the countdown has just appeared): its length once, then each of
 * ANNOUNCE_AT as it is reached, and "Time is up" at zero; undefined in between.
 */
export function announcement(before: number | undefined, now: number): string | undefined {
  if (now <= 0)
    return before === undefined || before > 0 ? 'Time is up: answers are closed.' : undefined
  if (before === undefined)
    return `Countdown: ${spokenDuration(now)} to answer.`
  if (now > before)
    return `Countdown extended: ${spokenDuration(now)} left.`
  // Normally `now` is the mark itself; after a sleeping tab it may be past one: say the time actually left.
  return ANNOUNCE_AT.some(mark => now <= mark && before > mark) ? `${spokenDuration(now)} left.` : undefined
}
