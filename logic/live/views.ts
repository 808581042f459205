// What each role sees of the session: the student's own state (public question, own answer, result only after reveal), the projector's (counts, no names) and the lecturer's (everything).
import type { Quiz } from '../content/quiz.ts'
import type { Question } from '../kinds/registry.ts'
import type { LecturerParticipant, LecturerState, Position, ProjectorState, QuizOutline, Reveal, StudentState } from './protocol.ts'
import type { SessionState } from './session.ts'
import type { MarkedAnswer } from './stats.ts'
import { kindOf } from '../kinds/registry.ts'
import { markAnswer } from '../marking/attempt.ts'
import { toPublicQuestion } from './public-question.ts'
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

/** A student's view: never a key field before reveal; `result` (mark, key, explanation, evidence) only once revealed. */
export function studentView(state: SessionState, current: CurrentQuestion | undefined, own: MarkedAnswer | undefined, sources: readonly SourceTitle[]): StudentState {
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
  if (state.phase === 'revealed')
    view.result = { mark: own?.mark ?? markAnswer(current.question, undefined), ...revealOf(current.question, sources) }
  return view
}

export interface RoomFacts {
  /** Answers to the current question. */
  answers: readonly MarkedAnswer[]
  participantCount: number
  joinUrl: string
  sources: readonly SourceTitle[]
}

/** The projector's view: the public question, counts and histogram, never a name; the key only once revealed. */
export function projectorView(state: SessionState, current: CurrentQuestion | undefined, room: RoomFacts): ProjectorState {
  const revealed = state.phase === 'revealed'
  const view: ProjectorState = {
    type: 'projector-state',
    phase: state.phase,
    answeredCount: current ? room.answers.length : 0,
    participantCount: room.participantCount,
    histogram: current ? histogram(current.question, room.answers, revealed) : { buckets: [] },
    joinUrl: room.joinUrl,
  }
  if (current) {
    view.question = toPublicQuestion(current.question)
    view.position = positionOf(current)
    if (revealed)
      view.result = revealOf(current.question, room.sources)
  }
  return view
}

/** The outline the lecturer picks questions from. */
export function quizOutlines(quizzes: readonly Quiz[]): QuizOutline[] {
  return quizzes.map(quiz => ({ id: quiz.id, title: quiz.title, questions: quiz.questions.map(q => ({ id: q.id, kind: q.kind, prompt: q.prompt })) }))
}

/** The lecturer's view: the full question with its key, who is here and who has answered. */
export function lecturerView(state: SessionState, current: CurrentQuestion | undefined, room: RoomFacts & { participants: LecturerParticipant[], outlines: QuizOutline[], label?: string }): LecturerState {
  const view: LecturerState = {
    type: 'lecturer-state',
    phase: state.phase,
    participants: room.participants,
    answeredCount: current ? room.answers.length : 0,
    participantCount: room.participantCount,
    histogram: current ? histogram(current.question, room.answers, state.phase === 'revealed') : { buckets: [] },
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
  }
  return view
}
