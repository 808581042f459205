// The room's view of an opinion scale's before and after runs for the deck's two scale slides: no tally while a run
// is open (only how many answered), the tally once closed, movement only once both are closed, and the sentence.
import type { Poll, ScalePoll } from '../../../logic/content/polls.ts'
import type { PollSessionState, RunAnswers } from '../../../logic/live/poll-session.ts'
import { describe, expect, it } from 'vitest'
import { pollRoom } from '../../../logic/live/poll-room.ts'
import { roomMovement } from '../../../logic/polls/movement.ts'

const scale: ScalePoll = { id: 'stand', kind: 'scale', prompt: 'Where do you stand?', points: 5, low: 'Privacy first', high: 'Lawful access first' }
const before = { id: 'b', pollId: 'stand', label: 'before' as const }
const after = { id: 'a', pollId: 'stand', label: 'after' as const }
const other = { id: 'o', pollId: 'stand' }
const answers: Record<string, RunAnswers> = {
  b: new Map([['ann', 1], ['bob', 3], ['cy', 5], ['dee', 2]]),
  a: new Map([['ann', 2], ['bob', 3], ['cy', 4], ['eve', 5]]),
  o: new Map([['ann', 4]]),
}
const answersOf = (runId: string) => answers[runId] ?? new Map()
const state = (runs: PollSessionState['runs'], current?: PollSessionState['current']): PollSessionState => ({ runs, moderation: {}, ...(current ? { current } : {}) })
const closedBefore = { status: 'closed', answered: 4, tally: { kind: 'scale', counts: [1, 1, 1, 0, 1], n: 4, mean: 2.75, median: 2.5, refused: 0 } }
const closedAfter = { status: 'closed', answered: 4, tally: { kind: 'scale', counts: [0, 1, 1, 1, 1], n: 4, mean: 3.5, median: 3.5, refused: 0 } }

describe('the room of a before/after scale', () => {
  it.each<[string, PollSessionState, object]>([
    ['nothing run', state([]), { before: { status: 'not-run' }, after: { status: 'not-run' } }],
    ['an unlabelled run only (not the slides\' runs)', state([other], { runId: 'o', status: 'closed' }), { before: { status: 'not-run' }, after: { status: 'not-run' } }],
    ['before open: a count, no tally', state([before], { runId: 'b', status: 'open' }), { before: { status: 'open', answered: 4 }, after: { status: 'not-run' } }],
    ['before closed', state([before], { runId: 'b', status: 'closed' }), { before: closedBefore, after: { status: 'not-run' } }],
    ['before shown on the projector counts as closed', state([before], { runId: 'b', status: 'shown' }), { before: closedBefore, after: { status: 'not-run' } }],
    ['after open: before\'s tally, after a count, no movement', state([before, after], { runId: 'a', status: 'open' }), { before: closedBefore, after: { status: 'open', answered: 4 } }],
    ['before reopened after the after run: no movement', state([before, after], { runId: 'b', status: 'open' }), { before: { status: 'open', answered: 4 }, after: closedAfter }],
    ['both closed: movement of the three who answered both', state([before, after], { runId: 'a', status: 'closed' }), { before: closedBefore, after: closedAfter, movement: { paired: 3, towardLow: 1, towardHigh: 1, stayed: 1 } }],
    ['both closed, another poll on screen', state([before, after, { id: 'x', pollId: 'other' }], { runId: 'x', status: 'open' }), { before: closedBefore, after: closedAfter, movement: { paired: 3, towardLow: 1, towardHigh: 1, stayed: 1 } }],
  ])('%s', (_name, given, expected) => {
    const result = pollRoom(given, scale, answersOf)
    expect(result).toEqual({ ok: true, room: { pollId: 'stand', ...expected } })
  })

  it.each<[string, Poll | undefined]>([
    ['no such poll', undefined],
    ['a poll that is not a scale', { id: 'stand', kind: 'choice', prompt: 'Heard of it?', options: [{ id: 'y', text: 'Yes' }] }],
  ])('%s is refused', (_name, poll) => {
    expect(pollRoom(state([before]), poll, answersOf)).toEqual({ ok: false, message: 'There is no opinion scale with that id.' })
  })
})

describe('the sentence of who moved which way', () => {
  it.each([
    [{ paired: 42, towardLow: 12, towardHigh: 5, stayed: 25 }, 'Of the 42 who answered both: 12 moved toward “Privacy first”, 5 toward “Lawful access first”, 25 stayed.'],
    [{ paired: 1, towardLow: 0, towardHigh: 0, stayed: 1 }, 'Of the 1 who answered both: 0 moved toward “Privacy first”, 0 toward “Lawful access first”, 1 stayed.'],
    [{ paired: 0, towardLow: 0, towardHigh: 0, stayed: 0 }, 'Nobody answered both at the start and now, so there is no movement to count.'],
  ])('%o', (movement, sentence) => {
    expect(roomMovement(scale, movement)).toBe(sentence)
  })
})
