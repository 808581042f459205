// The live session state machine: every control from every phase (legal and illegal), which answers are accepted, who may send what, and rebuilding from events.
import type { PhaseControl as Control, Phase, Role } from '../../../logic/live/protocol.ts'
import type { PhaseEvent, SessionState } from '../../../logic/live/session.ts'
import { describe, expect, it } from 'vitest'
import { applyControl, checkAnswer, eventOf, initialState, mayReceive, replayEvents } from '../../../logic/live/session.ts'

const quizzes = [
  { id: 'quiz-a', questions: [{ id: 'a1' }, { id: 'a2' }] },
  { id: 'quiz-b', questions: [{ id: 'b1' }] },
]

const lobby: SessionState = initialState
const open: SessionState = { phase: 'open', quizId: 'quiz-a', questionId: 'a1' }
const closed: SessionState = { ...open, phase: 'closed' }
const revealed: SessionState = { ...open, phase: 'revealed', revealed: ['quiz-a/a1'] }
const lastRevealed: SessionState = { phase: 'revealed', quizId: 'quiz-a', questionId: 'a2', revealed: ['quiz-a/a2'] }
/** a2 was revealed earlier; a1 is open now. */
const a2DoneA1Open: SessionState = { ...open, revealed: ['quiz-a/a2'] }
const finished: SessionState = { phase: 'finished' }

const openB1: Control = { type: 'control', action: 'open', quizId: 'quiz-b', questionId: 'b1' }
const openMissing: Control = { type: 'control', action: 'open', quizId: 'quiz-a', questionId: 'b1' }
const act = (action: 'close' | 'reveal' | 'next' | 'finish'): Control => ({ type: 'control', action })

describe('applyControl', () => {
  it.each<[string, SessionState, Control, SessionState]>([
    ['lobby → open', lobby, openB1, { phase: 'open', quizId: 'quiz-b', questionId: 'b1' }],
    ['open → open another', open, openB1, { phase: 'open', quizId: 'quiz-b', questionId: 'b1' }],
    ['closed → open', closed, openB1, { phase: 'open', quizId: 'quiz-b', questionId: 'b1' }],
    ['revealed → open another (remembering the revealed one)', revealed, openB1, { phase: 'open', quizId: 'quiz-b', questionId: 'b1', revealed: ['quiz-a/a1'] }],
    ['closed → open the same question again (not revealed yet)', closed, { type: 'control', action: 'open', quizId: 'quiz-a', questionId: 'a1' }, open],
    ['open → closed', open, act('close'), closed],
    ['open → revealed (closes too)', open, act('reveal'), revealed],
    ['closed → revealed', closed, act('reveal'), revealed],
    ['open → next', open, act('next'), { phase: 'open', quizId: 'quiz-a', questionId: 'a2' }],
    ['closed → next', closed, act('next'), { phase: 'open', quizId: 'quiz-a', questionId: 'a2' }],
    ['revealed → next', revealed, act('next'), { phase: 'open', quizId: 'quiz-a', questionId: 'a2', revealed: ['quiz-a/a1'] }],
    ['a second reveal adds to the list', { ...a2DoneA1Open, phase: 'closed' }, act('reveal'), { ...open, phase: 'revealed', revealed: ['quiz-a/a2', 'quiz-a/a1'] }],
    ['lobby → finished', lobby, act('finish'), finished],
    ['open → finished', open, act('finish'), finished],
    ['revealed → finished', revealed, act('finish'), { ...finished, revealed: ['quiz-a/a1'] }],
  ])('%s', (_, from, control, to) => {
    expect(applyControl(from, control, quizzes)).toEqual({ ok: true, state: to })
  })

  it.each<[string, SessionState, Control, string]>([
    ['close in the lobby', lobby, act('close'), 'not-open'],
    ['close when closed', closed, act('close'), 'not-open'],
    ['close when revealed', revealed, act('close'), 'not-open'],
    ['reveal in the lobby', lobby, act('reveal'), 'not-open'],
    ['reveal twice', revealed, act('reveal'), 'not-open'],
    ['next in the lobby', lobby, act('next'), 'not-open'],
    ['next after the last question', lastRevealed, act('next'), 'unknown-question'],
    ['open a question of another quiz', lobby, openMissing, 'unknown-question'],
    ['open an unknown quiz', lobby, { type: 'control', action: 'open', quizId: 'nope', questionId: 'a1' }, 'unknown-question'],
    ['open after finish', finished, openB1, 'not-open'],
    ['next after finish', finished, act('next'), 'not-open'],
    ['finish twice', finished, act('finish'), 'not-open'],
    ['reopen the question just revealed', revealed, { type: 'control', action: 'open', quizId: 'quiz-a', questionId: 'a1' }, 'already-revealed'],
    ['reopen a question revealed earlier, from another', { phase: 'open', quizId: 'quiz-b', questionId: 'b1', revealed: ['quiz-a/a1'] }, { type: 'control', action: 'open', quizId: 'quiz-a', questionId: 'a1' }, 'already-revealed'],
    ['reopen a revealed question after finishing', { ...finished, revealed: ['quiz-a/a1'] }, { type: 'control', action: 'open', quizId: 'quiz-a', questionId: 'a1' }, 'not-open'],
    ['go on with next to a question already revealed', { ...open, phase: 'closed', revealed: ['quiz-a/a2'] }, act('next'), 'already-revealed'],
  ])('refuses to %s', (_, from, control, code) => {
    expect(applyControl(from, control, quizzes)).toMatchObject({ ok: false, code })
  })
})

describe('checkAnswer', () => {
  const known = (id: string) => ['a1', 'a2', 'b1'].includes(id)
  it.each<[SessionState, string, string | undefined]>([
    [open, 'a1', undefined],
    [open, 'a2', 'not-open'],
    [open, 'zz', 'unknown-question'],
    [lobby, 'a1', 'not-open'],
    [closed, 'a1', 'not-open'],
    [revealed, 'a1', 'not-open'],
    [finished, 'a1', 'not-open'],
  ])('in %o an answer to %s → %s', (state, questionId, code) => {
    const result = checkAnswer(state, questionId, known)
    expect(result.ok ? undefined : result.code).toBe(code)
  })
})

describe('mayReceive', () => {
  it.each<[Role | undefined, 'hello' | 'answer' | 'control' | 'ping', boolean]>([
    [undefined, 'hello', true],
    [undefined, 'ping', true],
    [undefined, 'answer', false],
    [undefined, 'control', false],
    ['student', 'answer', true],
    ['student', 'control', false],
    ['student', 'hello', false],
    ['lecturer', 'control', true],
    ['lecturer', 'answer', false],
    ['projector', 'ping', true],
    ['projector', 'answer', false],
    ['projector', 'control', false],
  ])('%s may send %s: %s', (role, type, allowed) => {
    expect(mayReceive(role, type)).toBe(allowed)
  })
})

describe('replayEvents', () => {
  it('rebuilds the phase, the current question and the questions asked in order', () => {
    const events: Array<{ phase: Phase, quizId?: string, questionId?: string }> = [
      { phase: 'open', quizId: 'quiz-a', questionId: 'a1' },
      { phase: 'revealed', quizId: 'quiz-a', questionId: 'a1' },
      { phase: 'open', quizId: 'quiz-b', questionId: 'b1' },
      { phase: 'open', quizId: 'quiz-a', questionId: 'a1' },
      { phase: 'closed', quizId: 'quiz-a', questionId: 'a1' },
    ]
    expect(replayEvents(events)).toEqual({
      state: { phase: 'closed', quizId: 'quiz-a', questionId: 'a1', revealed: ['quiz-a/a1'] },
      asked: [{ quizId: 'quiz-a', questionId: 'a1' }, { quizId: 'quiz-b', questionId: 'b1' }],
    })
  })

  it('starts in the lobby with no events', () => {
    expect(replayEvents([])).toEqual({ state: { phase: 'lobby' }, asked: [] })
  })
})

describe('blind voting and peer instruction (issue #16)', () => {
  const votes: SessionState = { ...open, phase: 'closed', step: 'votes' }
  /** a1 has started a second round: opened again, it opens in round 2. */
  const pi = { secondRounds: ['quiz-a/a1'] }
  const discuss: SessionState = { ...open, ...pi, phase: 'closed', round: 2, step: 'discuss' }
  const round2: SessionState = { ...open, ...pi, round: 2 }
  const round2Closed: SessionState = { ...open, ...pi, phase: 'closed', round: 2 }
  const round2Votes: SessionState = { ...open, ...pi, phase: 'closed', round: 2, step: 'votes' }
  const step = (action: 'show-votes' | 'discuss' | 'vote-again' | 'close' | 'reveal' | 'next' | 'finish'): Control => ({ type: 'control', action })

  it.each<[string, SessionState, Control, SessionState]>([
    ['open (blind) → votes shown (closes the round)', open, step('show-votes'), votes],
    ['closed (blind) → votes shown', closed, step('show-votes'), votes],
    ['votes shown → revealed (Mazur: show votes, then reveal)', votes, step('reveal'), revealed],
    ['open (blind) → revealed straight away', open, step('reveal'), revealed],
    ['round 1 open → discuss', open, step('discuss'), discuss],
    ['round 1 closed → discuss', closed, step('discuss'), discuss],
    ['round 1 votes shown → discuss (the step is cleared)', votes, step('discuss'), discuss],
    ['discuss → round 2 open', discuss, step('vote-again'), round2],
    ['round 2 open → closed', round2, step('close'), round2Closed],
    ['round 2 open → votes shown', round2, step('show-votes'), round2Votes],
    ['round 2 closed → votes shown', round2Closed, step('show-votes'), round2Votes],
    ['round 2 votes shown → revealed (keeps the round)', round2Votes, step('reveal'), { ...revealed, ...pi, round: 2 }],
    ['discuss → revealed (nobody answered again: first answers count)', discuss, step('reveal'), { ...revealed, ...pi, round: 2 }],
    ['round 2 → next question starts at round 1, blind', round2Votes, step('next'), { phase: 'open', quizId: 'quiz-a', questionId: 'a2', ...pi }],
    ['round 2 → open another question starts at round 1, blind', round2, openB1, { phase: 'open', quizId: 'quiz-b', questionId: 'b1', ...pi }],
    ['a question opened again after its second round opens in round 2 (round 1 stays as it was)', { phase: 'open', quizId: 'quiz-b', questionId: 'b1', ...pi }, { type: 'control', action: 'open', quizId: 'quiz-a', questionId: 'a1' }, round2],
    ['round 2 closed → open the same question again: round 2 again', round2Closed, { type: 'control', action: 'open', quizId: 'quiz-a', questionId: 'a1' }, round2],
    ['discuss → finished', discuss, step('finish'), { ...finished, ...pi }],
  ])('%s', (_, from, control, to) => {
    expect(applyControl(from, control, quizzes)).toEqual({ ok: true, state: to })
  })

  it.each<[string, SessionState, Control]>([
    ['show votes in the lobby', lobby, step('show-votes')],
    ['show votes twice', votes, step('show-votes')],
    ['show votes after reveal', revealed, step('show-votes')],
    ['show votes while discussing (round 2 has no answers yet)', discuss, step('show-votes')],
    ['show votes after finish', finished, step('show-votes')],
    ['discuss in the lobby', lobby, step('discuss')],
    ['discuss after reveal', revealed, step('discuss')],
    ['discuss twice', discuss, step('discuss')],
    ['a third round', round2Closed, step('discuss')],
    ['a third round from round 2 with votes shown', round2Votes, step('discuss')],
    ['vote again without discussing', closed, step('vote-again')],
    ['vote again in round 1 open', open, step('vote-again')],
    ['vote again while round 2 is open', round2, step('vote-again')],
    ['vote again after reveal', { ...revealed, round: 2 }, step('vote-again')],
    ['vote again in the lobby', lobby, step('vote-again')],
    ['close while votes are shown', votes, step('close')],
    ['close while discussing', discuss, step('close')],
  ])('refuses to %s', (_, from, control) => {
    expect(applyControl(from, control, quizzes)).toMatchObject({ ok: false, code: 'not-open' })
  })

  it.each<[string, SessionState, string | undefined]>([
    ['round 2 open takes answers', round2, undefined],
    ['votes shown takes none', votes, 'not-open'],
    ['discussing takes none', discuss, 'not-open'],
    ['round 2 with votes shown takes none', round2Votes, 'not-open'],
  ])('%s', (_, state, code) => {
    const result = checkAnswer(state, 'a1', () => true)
    expect(result.ok ? undefined : result.code).toBe(code)
  })

  it('replays the round and the step from stored events, and marks the question as asked in two rounds', () => {
    const path: Control[] = [
      { type: 'control', action: 'open', quizId: 'quiz-a', questionId: 'a1' },
      step('discuss'),
      step('vote-again'),
      step('show-votes'),
    ]
    let state = initialState
    const events: PhaseEvent[] = []
    for (const control of path) {
      const next = applyControl(state, control, quizzes)
      if (!next.ok)
        throw new Error(next.message)
      state = next.state
      events.push(eventOf(state))
    }
    expect(replayEvents(events)).toEqual({ state: round2Votes, asked: [{ quizId: 'quiz-a', questionId: 'a1', twoRounds: true }] })
    expect(replayEvents(events.slice(0, 2)).state).toEqual(discuss)
    expect(replayEvents([...events, eventOf({ ...revealed, round: 2 })]).state).toEqual({ ...revealed, ...pi, round: 2 })
    expect(replayEvents([...events, { phase: 'open', quizId: 'quiz-b', questionId: 'b1' }]).state).toEqual({ phase: 'open', quizId: 'quiz-b', questionId: 'b1', ...pi })
  })

  it('replays events stored before peer instruction (no round, no step) as round 1, blind', () => {
    expect(replayEvents([{ phase: 'open', quizId: 'quiz-a', questionId: 'a1' }, { phase: 'closed', quizId: 'quiz-a', questionId: 'a1' }])).toEqual({ state: closed, asked: [{ quizId: 'quiz-a', questionId: 'a1' }] })
  })
})
