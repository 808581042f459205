// What each role sees of the session: the student's own state (public question, own answer, result only after reveal), the projector's (counts, no names) and the lecturer's (everything).
import type { Quiz } from '../content/quiz.ts'
import type { Question } from '../kinds/registry.ts'
import type { LecturerParticipant, LecturerState, MarkedRound, Position, ProjectorState, QuizOutline, Reveal, StudentState } from './protocol.ts'
import type { SessionState } from './session.ts'
import type { MarkedAnswer } from './stats.ts'
import { kindOf } from '../kinds/registry.ts'
import { markAnswer } from '../marking/attempt.ts'
import { DEFAULT_MIN_SHARE } from './misconception.ts'
import { toPublicQuestion } from './public-question.ts'
import { countedAnswer, DEFAULT_MARKED_ROUND, secondRound, shiftOf, shownMistake, votesVisible, wrongChoicesAt } from './rounds.ts'
import { hasQuestion } from './session.ts'
import { histogram } from './stats.ts'

/** The question on screen, with its quiz and its place there (0-based). */
export interface CurrentQuestion {
  quiz: Quiz
  question: Question
  index: number
}

export interface SourceTitle {
  id: string
  title: string
}

export function currentQuestion(state: SessionState, quizzes: readonly Quiz[]): CurrentQuestion | undefined {
  if (!hasQuestion(state.phase))
    return undefined
  const quiz = quizzes.find(q => q.id === state.quizId)
  const index = quiz?.questions.findIndex(q => q.id === state.questionId) ?? -1
  const question = quiz?.questions[index]
  return quiz && question ? { quiz, question, index } : undefined
}

export function positionOf(current: CurrentQuestion): Position {
  return { index: current.index + 1, count: current.quiz.questions.length, quizTitle: current.quiz.title }
}

/** The key in words, the explanation and the evidence with its source's title. */
export function revealOf(question: Question, sources: readonly SourceTitle[]): Reveal {
  return {
    key: kindOf(question).describeKey(question),
    explanation: question.explanation,
    evidence: question.evidence.map(e => ({ sourceId: e.source, sourceTitle: sources.find(s => s.id === e.source)?.title ?? e.source, quote: e.quote })),
  }
}

/** A student's round-1 answer and the marked round, for a question in its second round. */
export interface OwnFirstRound {
  first: MarkedAnswer | undefined
  markedRound: MarkedRound
}

/**
 * A student's view: never a key field before reveal; `result` (mark, key, explanation, evidence) only once revealed.
 * `own` is the answer of the current round; in round 2, `firstRound` has the first (kept and shown; it counts when
 * the second round is not marked or the student does not answer again). Never a count of the room.
 */
export function studentView(state: SessionState, current: CurrentQuestion | undefined, own: MarkedAnswer | undefined, sources: readonly SourceTitle[], firstRound?: OwnFirstRound): StudentState {
  if (!current)
    return { type: 'state', phase: state.phase, received: false }
  const view: StudentState = {
    type: 'state',
    phase: state.phase,
    question: toPublicQuestion(current.question),
    position: positionOf(current),
    received: own !== undefined,
  }
  if (own)
    view.answer = own.answer
  const counted = state.round === 2 && firstRound ? countedAnswer(firstRound.first, own, true, firstRound.markedRound) : own
  if (state.phase === 'revealed')
    view.result = { mark: counted?.mark ?? markAnswer(current.question, undefined), ...revealOf(current.question, sources) }
  if (state.round === 2) {
    view.round = 2
    view.markedRound = firstRound?.markedRound ?? DEFAULT_MARKED_ROUND
    if (firstRound?.first)
      view.firstAnswer = firstRound.first.answer
  }
  if (state.step)
    view.step = state.step
  return view
}

export interface RoomFacts {
  /** Answers to the current question. */
  answers: readonly MarkedAnswer[]
  participantCount: number
  joinUrl: string
  sources: readonly SourceTitle[]
  /** A question in its second round: both rounds' answers by participant (`answers` is then round 2's). */
  rounds?: { first: ReadonlyMap<string, MarkedAnswer>, second: ReadonlyMap<string, MarkedAnswer> }
  /** At reveal: the least share of those who answered for a wrong option to be put to the room (`--mistake-share`). */
  mistakeShare?: number
  /** At reveal: the wrong option the lecturer put on the projector (null: none; undefined: the commonest). */
  chosenMistake?: string | null
}

/** What the room counts now: round 2 with first answers carried over, else the round's answers. */
function countedNow(room: RoomFacts): MarkedAnswer[] {
  return room.rounds ? [...secondRound(room.rounds.first, room.rounds.second).values()] : [...room.answers]
}

/** The current question's wrong options at reveal (choice kinds), the commonest first. */
function wrongAtReveal(state: SessionState, current: CurrentQuestion, room: RoomFacts) {
  if (state.phase !== 'revealed')
    return undefined
  const title = (id: string) => room.sources.find(s => s.id === id)?.title ?? id
  const choices = wrongChoicesAt(current.question, countedNow(room), room.mistakeShare ?? DEFAULT_MIN_SHARE, title)
  return choices.all.length ? choices : undefined
}

/**
 * The projector's view: the public question and how many have answered, never a name. Voting is blind:
 * the per-option histogram (and round 1 against round 2) only once the lecturer shows the votes or
 * reveals; the key, and the commonest mistake with its feedback and evidence, only once revealed.
 */
export function projectorView(state: SessionState, current: CurrentQuestion | undefined, room: RoomFacts): ProjectorState {
  const revealed = state.phase === 'revealed'
  const visible = !!current && votesVisible(state)
  const view: ProjectorState = {
    type: 'projector-state',
    phase: state.phase,
    answeredCount: current ? room.answers.length : 0,
    participantCount: room.participantCount,
    histogram: visible ? histogram(current.question, countedNow(room), revealed) : { buckets: [] },
    joinUrl: room.joinUrl,
  }
  if (current) {
    view.question = toPublicQuestion(current.question)
    view.position = positionOf(current)
    if (state.round)
      view.round = state.round
    if (state.step)
      view.step = state.step
    if (visible && room.rounds)
      view.shift = shiftOf(current.question, room.rounds.first, room.rounds.second, revealed)
    if (revealed) {
      view.result = revealOf(current.question, room.sources)
      const wrong = wrongAtReveal(state, current, room)
      const mistake = wrong && shownMistake(wrong, room.chosenMistake)
      if (mistake)
        view.mistake = mistake
    }
  }
  return view
}

/** The outline the lecturer picks questions from. */
export function quizOutlines(quizzes: readonly Quiz[]): QuizOutline[] {
  return quizzes.map(quiz => ({ id: quiz.id, title: quiz.title, questions: quiz.questions.map(q => ({ id: q.id, kind: q.kind, prompt: q.prompt })) }))
}

/** The lecturer's view: the full question with its key, who is here and who has answered. */
export function lecturerView(state: SessionState, current: CurrentQuestion | undefined, room: RoomFacts & { participants: LecturerParticipant[], outlines: QuizOutline[], label?: string, markedRound?: MarkedRound }): LecturerState {
  const revealed = state.phase === 'revealed'
  const view: LecturerState = {
    type: 'lecturer-state',
    phase: state.phase,
    participants: room.participants,
    answeredCount: current ? room.answers.length : 0,
    participantCount: room.participantCount,
    histogram: current ? histogram(current.question, countedNow(room), revealed) : { buckets: [] },
    joinUrl: room.joinUrl,
    quizzes: room.outlines,
    revealed: [...state.revealed ?? []],
  }
  if (room.label !== undefined)
    view.label = room.label
  if (current) {
    view.quizId = current.quiz.id
    view.questionId = current.question.id
    view.position = positionOf(current)
    view.question = current.question
    if (state.round)
      view.round = state.round
    if (state.step)
      view.step = state.step
    if (room.rounds)
      view.shift = shiftOf(current.question, room.rounds.first, room.rounds.second, revealed)
    const wrong = wrongAtReveal(state, current, room)
    if (wrong) {
      view.wrongChoices = wrong.all
      view.shownMistake = room.chosenMistake === undefined ? wrong.commonest ?? null : room.chosenMistake
    }
  }
  view.markedRound = room.markedRound ?? DEFAULT_MARKED_ROUND
  return view
}
