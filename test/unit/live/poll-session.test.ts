// Polls in a live session, the rules: which control may follow which (open, close, show, hide; a scale's before and
// after runs), which answers count, the moderation of word-cloud words and open-text entries (held by the word
// list, hidden or released by the lecturer) and what the projector may show, movement between before and after,
// and the CSV of every run.
import type { Poll, ScalePoll } from '../../../logic/content/polls.ts'
import type { PollEvent, PollLabel, PollSessionState, PollStatus } from '../../../logic/live/poll-session.ts'
import { describe, expect, it } from 'vitest'
import { buildFilter, parseWordList } from '../../../logic/live/moderation.ts'
import { applyPollEvent, checkPollAnswer, entryStatus, initialPollState, openEvent, pollEntries, pollSessionRows, projectorTally, replayPollEvents, runMovement } from '../../../logic/live/poll-session.ts'

const scale: ScalePoll = { id: 'stand', kind: 'scale', prompt: 'Where do you stand?', points: 7, low: 'Privacy first', high: 'Lawful access first' }
const choice: Poll = { id: 'heard', kind: 'choice', prompt: 'Heard of it?', options: [{ id: 'yes', text: 'Yes' }, { id: 'no', text: 'No' }] }
const words: Poll = { id: 'cloud', kind: 'words', prompt: 'One word', maxWords: 3, maxLength: 20 }
const text: Poll = { id: 'say', kind: 'text', prompt: 'Say it', maxLength: 100 }
const polls = new Map([scale, choice, words, text].map(p => [p.id, p]))
const listed = parseWordList('snitch\n', 'words.txt')
const filter = buildFilter(listed.ok ? listed : undefined)

function state(current?: { runId: string, status: PollStatus }, runs: PollSessionState['runs'] = [{ id: 'r1', pollId: 'stand' }]): PollSessionState {
  return { runs, moderation: {}, ...(current ? { current } : {}) }
}

describe('the poll controls', () => {
  it.each<[string, PollSessionState, PollEvent, PollStatus | string]>([
    ['open from nothing', initialPollState(), { action: 'open', runId: 'r1', pollId: 'stand' }, 'open'],
    ['open over a closed poll', state({ runId: 'r1', status: 'closed' }), { action: 'open', runId: 'r2', pollId: 'heard' }, 'open'],
    ['open over shown results', state({ runId: 'r1', status: 'shown' }), { action: 'open', runId: 'r2', pollId: 'heard' }, 'open'],
    ['open while another is open', state({ runId: 'r1', status: 'open' }), { action: 'open', runId: 'r2', pollId: 'heard' }, 'A poll is open: close it first.'],
    ['open a run id of another poll', state({ runId: 'r1', status: 'closed' }), { action: 'open', runId: 'r1', pollId: 'heard' }, 'That run belongs to another poll.'],
    ['close an open poll', state({ runId: 'r1', status: 'open' }), { action: 'close' }, 'closed'],
    ['close a closed poll', state({ runId: 'r1', status: 'closed' }), { action: 'close' }, 'No poll is open.'],
    ['close with no poll', initialPollState(), { action: 'close' }, 'No poll is open.'],
    ['show a closed poll', state({ runId: 'r1', status: 'closed' }), { action: 'show' }, 'shown'],
    ['show while open (blind)', state({ runId: 'r1', status: 'open' }), { action: 'show' }, 'Close the poll before showing its results (they stay hidden while students answer).'],
    ['show with no poll', initialPollState(), { action: 'show' }, 'No poll to show: open one first.'],
    ['hide shown results', state({ runId: 'r1', status: 'shown' }), { action: 'hide' }, 'closed'],
    ['hide results not shown', state({ runId: 'r1', status: 'closed' }), { action: 'hide' }, 'No poll results are on the projector.'],
    ['hide an entry of a run', state(), { action: 'hide-entry', runId: 'r1', key: 'snitch' }, 'none'],
    ['hide an entry of no run', state(), { action: 'hide-entry', runId: 'zz', key: 'snitch' }, 'There is no such poll run.'],
  ])('%s', (_name, before, event, expected) => {
    const next = applyPollEvent(before, event)
    if (['open', 'closed', 'shown', 'none'].includes(expected))
      expect(next.ok && (next.state.current?.status ?? 'none')).toBe(expected === 'none' ? (before.current?.status ?? 'none') : expected)
    else
      expect(next).toEqual({ ok: false, message: expected })
  })

  const withBefore = state({ runId: 'b', status: 'closed' }, [{ id: 'b', pollId: 'stand', label: 'before' }])
  it.each<[string, PollSessionState, Poll | undefined, PollLabel | undefined, string]>([
    ['a new run', initialPollState(), scale, undefined, 'new'],
    ['a second unlabelled run is a new run', withBefore, scale, undefined, 'new'],
    ['the first "before"', initialPollState(), scale, 'before', 'new'],
    ['"before" again reopens it, answers kept', withBefore, scale, 'before', 'b'],
    ['"after" once "before" ran', withBefore, scale, 'after', 'new'],
    ['"after" without "before"', initialPollState(), scale, 'after', 'Run "stand" as "before" first: "after" is compared with it.'],
    ['a label on a choice poll', initialPollState(), choice, 'before', 'Only an opinion scale can be run before and after.'],
    ['an unknown poll', initialPollState(), undefined, undefined, 'There is no such poll.'],
    ['while a poll is open', state({ runId: 'r1', status: 'open' }), choice, undefined, 'A poll is open: close it first.'],
  ])('opening: %s', (_name, before, poll, label, expected) => {
    const opened = openEvent(before, poll, label, 'new')
    if (opened.ok)
      expect(opened.event).toEqual({ action: 'open', runId: expected, pollId: poll!.id, ...(label ? { label } : {}) })
    else
      expect(opened.message).toBe(expected)
  })

  it('replays stored events to the same state, skipping one that no longer applies', () => {
    const events: PollEvent[] = [
      { action: 'open', runId: 'b', pollId: 'stand', label: 'before' },
      { action: 'close' },
      { action: 'close' },
      { action: 'open', runId: 'w', pollId: 'cloud' },
      { action: 'hide-entry', runId: 'w', key: 'rude' },
      { action: 'close' },
      { action: 'show' },
    ]
    expect(replayPollEvents(events)).toEqual({
      runs: [{ id: 'b', pollId: 'stand', label: 'before' }, { id: 'w', pollId: 'cloud' }],
      current: { runId: 'w', status: 'shown' },
      moderation: { w: { rude: 'hidden' } },
    })
  })
})

describe('answers', () => {
  const open = state({ runId: 'r1', status: 'open' })
  it.each<[string, PollSessionState, string, unknown, unknown]>([
    ['a point of the open scale', open, 'r1', 5, { ok: true, value: 5 }],
    ['a point off the scale', open, 'r1', 8, { ok: false, message: 'Pick a point from 1 to 7.' }],
    ['to a closed run', state({ runId: 'r1', status: 'closed' }), 'r1', 5, { ok: false, message: 'This poll is not open for answers.' }],
    ['to another run', open, 'r0', 5, { ok: false, message: 'This poll is not open for answers.' }],
    ['with no poll', initialPollState(), 'r1', 5, { ok: false, message: 'This poll is not open for answers.' }],
  ])('%s', (_name, s, runId, raw, expected) => {
    expect(checkPollAnswer(s, scale, runId, raw)).toEqual(expected)
  })
})

describe('moderation', () => {
  it.each<[string, 'hidden' | 'released' | undefined, string[], string]>([
    ['nothing caught, no decision', undefined, [], 'visible'],
    ['caught by the list', undefined, ['snitch'], 'held'],
    ['caught, then released', 'released', ['snitch'], 'visible'],
    ['hidden by the lecturer', 'hidden', [], 'hidden'],
    ['caught and hidden', 'hidden', ['snitch'], 'hidden'],
  ])('%s', (_name, decision, matched, expected) => {
    expect(entryStatus(decision, matched)).toBe(expected)
  })

  const cloud = new Map<string, unknown>([['p1', ['Privacy', 'snitch']], ['p2', ['privacy!', 'trust']], ['p3', ['Snitches']]])
  it('holds a word the list catches, hides what the lecturer hides, and the projector gets neither', () => {
    const entries = pollEntries(words, cloud, { trust: 'hidden' }, filter)
    expect(entries.map(e => [e.text, e.count, e.status])).toEqual([
      ['privacy', 2, 'visible'],
      ['snitch', 1, 'held'],
      ['snitches', 1, 'held'],
      ['trust', 1, 'hidden'],
    ])
    const tally = projectorTally(words, cloud, entries)
    expect(tally).toMatchObject({ kind: 'words', n: 3, words: [{ word: 'privacy', count: 2 }] })
    const released = projectorTally(words, cloud, pollEntries(words, cloud, { snitch: 'released' }, filter))
    expect(released.kind === 'words' && released.words.map(w => w.word)).toEqual(['privacy', 'snitch', 'trust'])
  })

  it('moderates open text by entry, and leaves scale and choice polls alone', () => {
    const said = new Map<string, unknown>([['p1', 'A fair point'], ['p2', 'You snitch'], ['p3', '<b>bold</b>']])
    const entries = pollEntries(text, said, { p3: 'hidden' }, filter)
    expect(entries.map(e => [e.key, e.status, e.matched])).toEqual([['p1', 'visible', []], ['p2', 'held', ['snitch']], ['p3', 'hidden', []]])
    expect(projectorTally(text, said, entries)).toMatchObject({ kind: 'text', n: 3, entries: ['A fair point'] })
    expect(pollEntries(scale, new Map([['p1', 3]]), {}, filter)).toEqual([])
  })
})

describe('before and after', () => {
  const s: PollSessionState = { runs: [{ id: 'b', pollId: 'stand', label: 'before' }, { id: 'a', pollId: 'stand', label: 'after' }, { id: 'x', pollId: 'stand' }], moderation: {} }
  const answers: Record<string, Map<string, unknown>> = {
    b: new Map<string, unknown>([['ann', 2], ['bob', 5], ['cat', 4], ['dan', 1]]),
    a: new Map<string, unknown>([['ann', 4], ['bob', 3], ['cat', 4], ['eve', 7]]),
  }
  const answersOf = (id: string) => answers[id] ?? new Map()
  it('counts, of those who answered both, who moved toward each end or stayed', () => {
    expect(runMovement(scale, s, s.runs[1]!, answersOf)).toMatchObject({ paired: 3, towardHigh: 1, towardLow: 1, stayed: 1, before: { n: 4, counts: [1, 1, 0, 1, 1, 0, 0] }, after: { n: 4, counts: [0, 0, 1, 2, 0, 0, 1] } })
  })
  it.each([['the before run', 0], ['an unlabelled run', 2]])('has no movement for %s', (_name, index) => {
    expect(runMovement(scale, s, s.runs[index]!, answersOf)).toBeUndefined()
  })
  it('writes every run and the before/after comparison as CSV rows, held entries left out', () => {
    const rows = pollSessionRows({ ...s, runs: [...s.runs, { id: 'w', pollId: 'cloud' }] }, polls, id => id === 'w' ? new Map([['p1', ['snitch', 'keys']]]) : answersOf(id), filter)
    expect(rows[0]).toEqual(['run', 'poll', 'prompt', 'answer', 'count', 'percent of respondents'])
    expect(rows).toContainEqual(['before', 'stand', 'Where do you stand?', '1, Privacy first', 1, 25])
    expect(rows).toContainEqual(['run 1', 'stand', 'Where do you stand?', 'respondents', 0, null])
    expect(rows).toContainEqual(['run 1', 'cloud', 'One word', 'keys', 1, 100])
    expect(rows.some(row => row.includes('snitch'))).toBe(false)
    expect(rows).toContainEqual(['before/after', 'stand', 'Where do you stand?', 'moved toward Privacy first', 1, null])
    expect(rows).toContainEqual(['before/after', 'stand', 'Where do you stand?', 'stayed', 1, null])
  })
})
