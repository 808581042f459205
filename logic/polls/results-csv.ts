// Poll results as CSV rows for a spreadsheet (through logic/csv.ts, so a
// student's word or sentence that looks like a formula is defused): one row per
// point, option, word or entry, then the number of respondents (and a scale's
// mean and median); and a before/after comparison of a scale, point by point.
import type { Poll } from '../content/polls.ts'
import type { ScaleMovement } from './movement.ts'
import type { PollTally } from './tally.ts'
import { pointName } from './movement.ts'

type Cell = string | number | null
const HEADER = ['poll', 'prompt', 'answer', 'count', 'percent of respondents']

const percent = (count: number, n: number): number | null => n ? Math.round(count / n * 1000) / 10 : null
const rounded = (value: number | null): number | null => value === null ? null : Math.round(value * 100) / 100

/** The rows of one poll's results, header first. */
export function pollResultRows(poll: Poll, tally: PollTally): Cell[][] {
  const row = (answer: string, count: number | null, share: number | null = null): Cell[] => [poll.id, poll.prompt, answer, count, share]
  const rows: Cell[][] = [HEADER]
  switch (tally.kind) {
    case 'scale':
      if (poll.kind === 'scale')
        tally.counts.forEach((count, i) => rows.push(row(pointName(poll, i + 1), count, percent(count, tally.n))))
      rows.push(row('mean (of the points)', rounded(tally.mean)), row('median', tally.median))
      break
    case 'choice':
      for (const option of tally.options)
        rows.push(row(option.text, option.count, percent(option.count, tally.n)))
      break
    case 'words':
      for (const { word, count } of tally.words)
        rows.push(row(word, count, percent(count, tally.n)))
      break
    case 'text':
      for (const entry of tally.entries)
        rows.push(row(entry, null))
      break
  }
  rows.push(row('respondents', tally.n))
  return rows
}

/** A scale run twice: each point's count before and after, then who moved which way. */
export function movementRows(poll: Poll & { kind: 'scale' }, movement: ScaleMovement): Cell[][] {
  return [
    ['poll', 'prompt', 'answer', 'before', 'after'],
    ...movement.before.counts.map((count, i): Cell[] => [poll.id, poll.prompt, pointName(poll, i + 1), count, movement.after.counts[i] ?? 0]),
    [poll.id, poll.prompt, 'respondents', movement.before.n, movement.after.n],
    [poll.id, poll.prompt, 'mean (of the points)', rounded(movement.before.mean), rounded(movement.after.mean)],
    ['poll', 'prompt', 'of those who answered both', 'students', ''],
    [poll.id, poll.prompt, `moved toward ${poll.low}`, movement.towardLow, null],
    [poll.id, poll.prompt, `moved toward ${poll.high}`, movement.towardHigh, null],
    [poll.id, poll.prompt, 'stayed', movement.stayed, null],
  ]
}
