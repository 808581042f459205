// The live session's state machine, pure: phases lobby → open → closed → revealed (→ next question) → finished, which control is legal when, and which role may send what.
import type { ClientMessage, ErrorCode, Phase, PhaseControl, Role } from './protocol.ts'
import { questionKey } from './protocol.ts'

export interface SessionState {
  phase: Phase
  /** The current question (set in open, closed and revealed). */
  quizId?: string
  questionId?: string
  /** Every question revealed so far (`quiz/question`): it never opens again, so no mark changes after its key is shown. */
  revealed?: readonly string[]
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

/** Whether this question's key has been shown (then it stays closed). */
export function isRevealed(state: SessionState, quizId: string, questionId: string): boolean {
  return state.revealed?.includes(questionKey(quizId, questionId)) ?? false
}

/** The state with its list of revealed questions carried over (left out while empty). */
function withRevealed(next: SessionState, revealed: readonly string[] | undefined): SessionState {
  return revealed?.length ? { ...next, revealed } : next
}

function openQuestion(state: SessionState, quizzes: readonly QuizIndex[], quizId: string, questionId: string): Transition {
  const quiz = quizzes.find(q => q.id === quizId)
  if (!quiz?.questions.some(q => q.id === questionId))
    return refuse('unknown-question', `There is no question "${questionId}" in quiz "${quizId}".`)
  if (isRevealed(state, quizId, questionId))
    return refuse('already-revealed', `"${questionId}" has been revealed: it stays closed, so nobody can change an answer after seeing the key.`)
  return { ok: true, state: withRevealed({ phase: 'open', quizId, questionId }, state.revealed) }
}

/**
 * Applies a lecturer's control. `open` works from any phase but finished (opening
 * another question closes the current one), never on a question already revealed;
 * `close` only while open; `reveal` while open or closed; `next` from a question
 * that has a next one (not yet revealed); `finish` from anywhere but finished.
 */
export function applyControl(state: SessionState, control: PhaseControl, quizzes: readonly QuizIndex[]): Transition {
  if (state.phase === 'finished')
    return refuse('not-open', 'The session has finished.')
  switch (control.action) {
    case 'open':
      return openQuestion(state, quizzes, control.quizId, control.questionId)
    case 'close':
      return state.phase === 'open'
        ? { ok: true, state: { ...state, phase: 'closed' } }
        : refuse('not-open', 'No question is open.')
    case 'reveal':
      return (state.phase === 'open' || state.phase === 'closed') && state.quizId && state.questionId
        ? { ok: true, state: { ...state, phase: 'revealed', revealed: [...state.revealed ?? [], questionKey(state.quizId, state.questionId)] } }
        : refuse('not-open', 'There is no question to reveal.')
    case 'next': {
      const quiz = quizzes.find(q => q.id === state.quizId)
      const index = quiz?.questions.findIndex(q => q.id === state.questionId) ?? -1
      const next = quiz?.questions[index + 1]
      if (!quiz || index < 0 || !hasQuestion(state.phase))
        return refuse('not-open', 'Open a question first.')
      if (!next)
        return refuse('unknown-question', 'That was the last question of the quiz.')
      return openQuestion(state, quizzes, quiz.id, next.id)
    }
    case 'finish':
      return { ok: true, state: withRevealed({ phase: 'finished' }, state.revealed) }
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
  student: ['answer', 'ping', 'ask', 'vote', 'pace'],
  lecturer: ['control', 'timer', 'ping', 'qa'],
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
    const revealed = event.phase === 'revealed' && event.quizId && event.questionId ? [...state.revealed ?? [], questionKey(event.quizId, event.questionId)] : state.revealed
    state = withRevealed(event.quizId && event.questionId ? { phase: event.phase, quizId: event.quizId, questionId: event.questionId } : { phase: event.phase }, revealed)
    if (event.phase === 'open' && event.quizId && event.questionId && !asked.some(a => a.quizId === event.quizId && a.questionId === event.questionId))
      asked.push({ quizId: event.quizId, questionId: event.questionId })
  }
  return { state, asked }
}
