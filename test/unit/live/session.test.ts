// The live session state machine: every control from every phase (legal and illegal), which answers are accepted, who may send what, and rebuilding from events.
import type { PhaseControl as Control, Phase, Role } from '../../../logic/live/protocol.ts'
import type { SessionState } from '../../../logic/live/session.ts'
import { describe, expect, it } from 'vitest'
import { applyControl, checkAnswer, initialState, mayReceive, replayEvents } from '../../../logic/live/session.ts'

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
