// The live session's state machine, pure: phases lobby → open → closed → revealed (→ next question) → finished, which control is legal when, and which role may send what.
import type { ClientMessage, ErrorCode, Phase, PhaseControl, Role, Step } from './protocol.ts'
import type { AskedQuestion } from './results.ts'
import { questionKey } from './protocol.ts'

export interface SessionState {
  phase: Phase
  /** The current question (set in open, closed and revealed). */
  quizId?: string
  questionId?: string
  /** Every question revealed so far (`quiz/question`): it never opens again, so no mark changes after its key is shown. */
  revealed?: readonly string[]
  /** Peer instruction: 2 once the lecturer has ended round 1 with "discuss" (absent: round 1). */
  round?: 2
  /** Within a round: `votes` once the distribution is shown, `discuss` before round 2 opens (absent: blind voting). */
  step?: Step
  /** Every question that has started a second round (`quiz/question`): opened again, it opens in round 2, so round 1's answers never change. */
  secondRounds?: readonly string[]
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

/** The state with the questions that have had a second round carried over from `from` (left out while none). */
function withSecondRounds(next: SessionState, from: SessionState): SessionState {
  return from.secondRounds?.length ? { ...next, secondRounds: from.secondRounds } : next
}

function openQuestion(state: SessionState, quizzes: readonly QuizIndex[], quizId: string, questionId: string): Transition {
  const quiz = quizzes.find(q => q.id === quizId)
  if (!quiz?.questions.some(q => q.id === questionId))
    return refuse('unknown-question', `There is no question "${questionId}" in quiz "${quizId}".`)
  if (isRevealed(state, quizId, questionId))
    return refuse('already-revealed', `"${questionId}" has been revealed: it stays closed, so nobody can change an answer after seeing the key.`)
  const again = state.secondRounds?.includes(questionKey(quizId, questionId))
  return { ok: true, state: withSecondRounds(withRevealed({ phase: 'open', quizId, questionId, ...(again ? { round: 2 as const } : {}) }, state.revealed), state) }
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
        ? { ok: true, state: { ...onQuestion(state, 'revealed'), ...(state.round ? { round: state.round } : {}), revealed: [...state.revealed ?? [], questionKey(state.quizId, state.questionId)] } }
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
      return { ok: true, state: withSecondRounds(withRevealed({ phase: 'finished' }, state.revealed), state) }
    case 'show-votes':
    case 'discuss':
    case 'vote-again':
      return applyRoundControl(state, control.action)
  }
}

/** The question's own fields, without round or step (they are set per transition). */
function onQuestion(state: SessionState, phase: Phase): SessionState {
  return withSecondRounds(withRevealed({ phase, quizId: state.quizId, questionId: state.questionId }, state.revealed), state)
}

/**
 * Blind voting and peer instruction. `show-votes` from open or closed (it closes the
 * round: nobody answers after seeing the room's distribution); `discuss` ends round 1
 * (open or closed, shown or not) and starts round 2 closed; `vote-again` opens round 2.
 */
function applyRoundControl(state: SessionState, action: 'show-votes' | 'discuss' | 'vote-again'): Transition {
  const asking = (state.phase === 'open' || state.phase === 'closed') && state.quizId !== undefined && state.questionId !== undefined
  const round = state.round ? { round: state.round } : {}
  switch (action) {
    case 'show-votes':
      if (!asking)
        return refuse('not-open', 'There is no question whose votes could be shown.')
      if (state.step)
        return refuse('not-open', state.step === 'votes' ? 'The votes are shown already.' : 'Round 2 has not opened yet: press Vote again first.')
      return { ok: true, state: { ...onQuestion(state, 'closed'), ...round, step: 'votes' } }
    case 'discuss':
      if (!asking)
        return refuse('not-open', 'There is no question to discuss.')
      if (state.round === 2)
        return refuse('not-open', 'This question has had its second round.')
      return { ok: true, state: { ...onQuestion(state, 'closed'), round: 2, step: 'discuss', secondRounds: [...state.secondRounds ?? [], questionKey(state.quizId!, state.questionId!)] } }
    case 'vote-again':
      return state.phase === 'closed' && state.step === 'discuss'
        ? { ok: true, state: { ...onQuestion(state, 'open'), round: 2 } }
        : refuse('not-open', 'Start the discussion first (Discuss), then open round 2.')
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
  /** Stored since peer instruction; events stored before it have neither (round 1, blind). */
  round?: 2
  step?: Step
}

/** The event that records a state (what the store keeps of each phase change). */
export function eventOf(state: SessionState): PhaseEvent {
  const { phase, quizId, questionId, round, step } = state
  return { phase, ...(quizId && questionId ? { quizId, questionId } : {}), ...(round ? { round } : {}), ...(step ? { step } : {}) }
}

/** Rebuilds a session from its recorded events: the state after the last one, and the questions asked in the order first opened. */
export function replayEvents(events: readonly PhaseEvent[]): { state: SessionState, asked: AskedQuestion[] } {
  const asked: AskedQuestion[] = []
  let state: SessionState = initialState
  for (const event of events) {
    const revealed = event.phase === 'revealed' && event.quizId && event.questionId ? [...state.revealed ?? [], questionKey(event.quizId, event.questionId)] : state.revealed
    const key = event.quizId && event.questionId ? questionKey(event.quizId, event.questionId) : undefined
    const secondRounds = key && event.round === 2 && !state.secondRounds?.includes(key) ? { ...state, secondRounds: [...state.secondRounds ?? [], key] } : state
    state = withSecondRounds(withRevealed(event.quizId && event.questionId ? { phase: event.phase, quizId: event.quizId, questionId: event.questionId } : { phase: event.phase }, revealed), secondRounds)
    if (state.quizId && event.round === 2)
      state.round = 2
    if (state.quizId && event.step)
      state.step = event.step
    noteAsked(asked, state)
  }
  return { state, asked }
}

/** Adds the current question to `asked` when it opens for the first time, and marks it once it has a second round. */
export function noteAsked(asked: AskedQuestion[], state: SessionState): void {
  const { quizId, questionId } = state
  if (!quizId || !questionId)
    return
  let entry = asked.find(a => a.quizId === quizId && a.questionId === questionId)
  if (!entry && state.phase === 'open') {
    entry = { quizId, questionId }
    asked.push(entry)
  }
  if (entry && state.round === 2)
    entry.twoRounds = true
}
