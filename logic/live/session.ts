// The live session's state machine, pure: phases lobby → open → closed → revealed (→ next question) → finished, which control is legal when, and which role may send what.
import type { ClientMessage, Control, ErrorCode, Phase, Role } from './protocol.ts'

export interface SessionState {
  phase: Phase
  /** The current question (set in open, closed and revealed). */
  quizId?: string
  questionId?: string
}

/** What the machine needs of the content: quizzes and their question ids, in order. */
export interface QuizIndex {
  id: string
  questions: ReadonlyArray<{ id: string }>
}

export interface Refusal { ok: false, code: ErrorCode, message: string }
export type Transition = { ok: true, state: SessionState } | Refusal

export const initialState: SessionState = { phase: 'lobby' }

const refuse = (code: ErrorCode, message: string): Refusal => ({ ok: false, code, message })

/** The phases in which a question is on screen. */
export function hasQuestion(phase: Phase): boolean {
  return phase === 'open' || phase === 'closed' || phase === 'revealed'
}

function openQuestion(quizzes: readonly QuizIndex[], quizId: string, questionId: string): Transition {
  const quiz = quizzes.find(q => q.id === quizId)
  if (!quiz?.questions.some(q => q.id === questionId))
    return refuse('unknown-question', `There is no question "${questionId}" in quiz "${quizId}".`)
  return { ok: true, state: { phase: 'open', quizId, questionId } }
}

/**
 * Applies a lecturer's control. `open` works from any phase but finished (opening
 * another question closes the current one); `close` only while open; `reveal`
 * while open or closed; `next` from a question that has a next one; `finish`
 * from anywhere but finished.
 */
export function applyControl(state: SessionState, control: Control, quizzes: readonly QuizIndex[]): Transition {
  if (state.phase === 'finished')
    return refuse('not-open', 'The session has finished.')
  switch (control.action) {
    case 'open':
      return openQuestion(quizzes, control.quizId, control.questionId)
    case 'close':
      return state.phase === 'open'
        ? { ok: true, state: { ...state, phase: 'closed' } }
        : refuse('not-open', 'No question is open.')
    case 'reveal':
      return state.phase === 'open' || state.phase === 'closed'
        ? { ok: true, state: { ...state, phase: 'revealed' } }
        : refuse('not-open', 'There is no question to reveal.')
    case 'next': {
      const quiz = quizzes.find(q => q.id === state.quizId)
      const index = quiz?.questions.findIndex(q => q.id === state.questionId) ?? -1
      const next = quiz?.questions[index + 1]
      if (!quiz || index < 0 || !hasQuestion(state.phase))
        return refuse('not-open', 'Open a question first.')
      if (!next)
        return refuse('unknown-question', 'That was the last question of the quiz.')
      return openQuestion(quizzes, quiz.id, next.id)
    }
    case 'finish':
      return { ok: true, state: { phase: 'finished' } }
  }
}

/** An answer is accepted only for the open question; `known` says whether an id names any question at all. */
export function checkAnswer(state: SessionState, questionId: string, known: (questionId: string) => boolean): { ok: true } | Refusal {
  if (state.phase === 'open' && state.questionId === questionId)
    return { ok: true }
  if (!known(questionId))
    return refuse('unknown-question', `There is no question "${questionId}".`)
  return refuse('not-open', 'This question is not open for answers.')
}

const allowed: Record<Role | 'none', ReadonlyArray<ClientMessage['type']>> = {
  none: ['hello', 'ping'],
  student: ['answer', 'ping'],
  lecturer: ['control', 'ping'],
  projector: ['ping'],
}

/** Which messages a connection may send: `hello` once (before a role), then its role's own. */
export function mayReceive(role: Role | undefined, type: ClientMessage['type']): boolean {
  return allowed[role ?? 'none'].includes(type)
}

/** A recorded phase change (see node/live/store.ts). */
export interface PhaseEvent {
  phase: Phase
  quizId?: string
  questionId?: string
}

/** Rebuilds a session from its recorded events: the state after the last one, and the questions asked in the order first opened. */
export function replayEvents(events: readonly PhaseEvent[]): { state: SessionState, asked: Array<{ quizId: string, questionId: string }> } {
  const asked: Array<{ quizId: string, questionId: string }> = []
  let state: SessionState = initialState
  for (const event of events) {
    state = event.quizId && event.questionId ? { phase: event.phase, quizId: event.quizId, questionId: event.questionId } : { phase: event.phase }
    if (event.phase === 'open' && event.quizId && event.questionId && !asked.some(a => a.quizId === event.quizId && a.questionId === event.questionId))
      asked.push({ quizId: event.quizId, questionId: event.questionId })
  }
  return { state, asked }
}
