// The room's answers to an opinion scale's "before" and "after" runs, as the deck's two scale slides show them in
// live mode (GET /live/api/polls/<id>/room, lecturer only): how many answered each run; a run's tally only once it
// is closed (never while open, so the slide shows no running count the room could follow); how many moved which
// way once both are closed. Pure shaping: the runs and answers come from node/live/polls.ts.
import type { Poll } from '../content/polls.ts'
import type { ScaleMovement } from '../polls/movement.ts'
import type { ScaleTally } from '../polls/tally.ts'
import type { PollLabel, PollSessionState, RunAnswers } from './poll-session.ts'
import { tallyScale } from '../polls/tally.ts'
import { runMovement } from './poll-session.ts'

/** One labelled run as the slide sees it: not run yet, open (a count only) or closed (its tally). */
export type RoomRun
  = | { status: 'not-run' }
    | { status: 'open', answered: number }
    | { status: 'closed', answered: number, tally: ScaleTally }

/** Of those who answered both runs, how many moved toward each end or stayed. */
export type RoomMovement = Pick<ScaleMovement, 'paired' | 'towardLow' | 'towardHigh' | 'stayed'>

export interface PollRoom {
  pollId: string
  before: RoomRun
  after: RoomRun
  /** Only once both runs are closed. */
  movement?: RoomMovement
}

export type PollRoomResult = { ok: true, room: PollRoom } | { ok: false, message: string }

/** The room's view of a scale's before and after runs, or why there is none (no such scale). */
export function pollRoom(state: PollSessionState, poll: Poll | undefined, answersOf: (runId: string) => RunAnswers): PollRoomResult {
  if (poll?.kind !== 'scale')
    return { ok: false, message: 'There is no opinion scale with that id.' }
  const runOf = (label: PollLabel) => state.runs.find(r => r.pollId === poll.id && r.label === label)
  const view = (label: PollLabel): RoomRun => {
    const run = runOf(label)
    if (!run)
      return { status: 'not-run' }
    const answers = answersOf(run.id)
    if (state.current?.runId === run.id && state.current.status === 'open')
      return { status: 'open', answered: answers.size }
    return { status: 'closed', answered: answers.size, tally: tallyScale(poll, [...answers.values()]) }
  }
  const before = view('before')
  const after = view('after')
  const afterRun = runOf('after')
  const moved = before.status === 'closed' && after.status === 'closed' && afterRun ? runMovement(poll, state, afterRun, answersOf) : undefined
  const movement = moved && { paired: moved.paired, towardLow: moved.towardLow, towardHigh: moved.towardHigh, stayed: moved.stayed }
  return { ok: true, room: { pollId: poll.id, before, after, ...(movement ? { movement } : {}) } }
}
