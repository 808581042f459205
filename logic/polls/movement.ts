// Before and after: two runs of the same opinion scale. Both distributions (all
// who answered each run), the shift of the mean, and, counting only those who
// answered both, how many moved toward each end or stayed. For a student on
// their own, the sentence the deck's closing slide shows.
import type { ScalePoll } from '../content/polls.ts'
import type { ScaleTally } from './tally.ts'
import { readScaleAnswer } from './answer.ts'
import { tallyScale } from './tally.ts'

/** One student's answer in one run; a later answer of the same student replaces an earlier one. */
export interface ScaleResponse {
  participant: string
  answer: unknown
}

export interface ScaleMovement {
  before: ScaleTally
  after: ScaleTally
  /** after.mean − before.mean over each run's whole room; null unless both runs have answers. */
  meanShift: number | null
  /** Students who answered both runs (with answers that fit). */
  paired: number
  /** The mean shift of those students alone; null when there are none. */
  pairedMeanShift: number | null
  /** Of the paired: moved toward point 1 (`low`), toward the last point (`high`), or chose the same point. */
  towardLow: number
  towardHigh: number
  stayed: number
}

/** Each participant's last answer that fits the scale. */
function lastPoints(poll: ScalePoll, responses: readonly ScaleResponse[]): Map<string, number> {
  const points = new Map<string, number>()
  for (const { participant, answer } of responses) {
    const read = readScaleAnswer(poll, answer)
    if (read.ok)
      points.set(participant, read.value)
  }
  return points
}

export function scaleMovement(poll: ScalePoll, before: readonly ScaleResponse[], after: readonly ScaleResponse[]): ScaleMovement {
  const first = lastPoints(poll, before)
  const second = lastPoints(poll, after)
  const refused = (run: readonly ScaleResponse[]) => run.filter(r => !readScaleAnswer(poll, r.answer).ok).length
  const beforeTally = { ...tallyScale(poll, [...first.values()]), refused: refused(before) }
  const afterTally = { ...tallyScale(poll, [...second.values()]), refused: refused(after) }
  let towardLow = 0
  let towardHigh = 0
  let stayed = 0
  let shift = 0
  for (const [participant, was] of first) {
    const now = second.get(participant)
    if (now === undefined)
      continue
    shift += now - was
    if (now < was)
      towardLow += 1
    else if (now > was)
      towardHigh += 1
    else
      stayed += 1
  }
  const paired = towardLow + towardHigh + stayed
  return {
    before: beforeTally,
    after: afterTally,
    meanShift: beforeTally.mean === null || afterTally.mean === null ? null : afterTally.mean - beforeTally.mean,
    paired,
    pairedMeanShift: paired ? shift / paired : null,
    towardLow,
    towardHigh,
    stayed,
  }
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** A point's name: its number, and its label where it has one ("1, Privacy first"). */
export function pointName(poll: ScalePoll, point: number): string {
  const label = point === 1 ? poll.low : point === poll.points ? poll.high : poll.labels?.[String(point)]
  return label ? `${point}, ${label}` : String(point)
}

/** What the closing slide tells one student about their own two answers. */
export function ownMovement(poll: ScalePoll, before: number | undefined, after: number | undefined): string {
  if (before === undefined && after === undefined)
    return 'You have not placed yourself on the scale yet.'
  if (before === undefined)
    return `You are at ${pointName(poll, after!)}. You did not answer at the start, so there is nothing to compare.`
  if (after === undefined)
    return `At the start you chose ${pointName(poll, before)}. Choose again now to see whether you moved.`
  const distance = Math.abs(after - before)
  if (distance === 0)
    return `You stayed at ${pointName(poll, before)}.`
  const points = `${NUMBER_WORDS[distance] ?? distance} point${distance === 1 ? '' : 's'}`
  return `You moved ${points} toward ${after < before ? poll.low : poll.high}: from ${pointName(poll, before)} to ${pointName(poll, after)}.`
}

/** The closing slide's sentence on the room in live mode: "Of the 42 who answered both: 12 moved toward “Privacy first”, 5 toward “Lawful access first”, 25 stayed." */
export function roomMovement(poll: ScalePoll, movement: Pick<ScaleMovement, 'paired' | 'towardLow' | 'towardHigh' | 'stayed'>): string {
  if (movement.paired === 0)
    return 'Nobody answered both at the start and now, so there is no movement to count.'
  return `Of the ${movement.paired} who answered both: ${movement.towardLow} moved toward “${poll.low}”, ${movement.towardHigh} toward “${poll.high}”, ${movement.stayed} stayed.`
}
