// Where a live session is kept: an async interface (SQLite here; a PostgreSQL backend would implement the same methods). Every method resolves only once the write is durable.
import type { MarkedRound, Phase, Step } from '../../logic/live/protocol.ts'

export interface StoredParticipant {
  id: string
  /** SHA-256 of the browser's clientId (the resume secret is never stored in clear). */
  clientHash: string
  name: string
  joinedAt: number
}

export interface StoredAnswer {
  participantId: string
  quizId: string
  questionId: string
  answer: unknown
  submissionId: string
  score: number
  max: number
  answeredAt: number
  /** 2: an answer in the second round of a peer-instruction question, stored apart from the first (absent: round 1). */
  round?: 2
}

/** A phase change; `quizId`/`questionId` name the question on screen after it. */
export interface SessionEvent {
  phase: Phase
  quizId?: string
  questionId?: string
  at: number
  /** Peer instruction: the round and step after the change (absent in events stored before it). */
  round?: 2
  step?: Step
}

export interface SessionSnapshot {
  sessionId: string
  createdAt: number
  /** In the order they happened; the last one is the current state. */
  events: SessionEvent[]
  participants: StoredParticipant[]
  answers: StoredAnswer[]
  /** Participants the lecturer removed: kept on disk, out of the room and the gradebook. */
  removed: string[]
  /** Which round of a two-round question is marked, as chosen when the session started (absent: sessions from before). */
  markedRound?: MarkedRound
}

/** A session as listed for `--session` (which ones the database holds). */
export interface SessionSummary {
  sessionId: string
  createdAt: number
  participants: number
}

export interface LiveStore {
  /** Creates the session, or does nothing when it exists; `markedRound` is kept with it (a restart marks the same round). */
  createSession: (sessionId: string, createdAt: number, settings?: { markedRound?: MarkedRound }) => Promise<void>
  /** Everything stored about a session, or undefined when there is none. */
  loadSession: (sessionId: string) => Promise<SessionSnapshot | undefined>
  /** The sessions the database holds, oldest first. */
  listSessions: () => Promise<SessionSummary[]>
  addParticipant: (sessionId: string, participant: StoredParticipant) => Promise<void>
  removeParticipant: (sessionId: string, participantId: string, at: number) => Promise<void>
  /** One answer per (session, participant, quiz, question) and round, each round in its own table: a later one replaces it in its round only. */
  saveAnswer: (sessionId: string, answer: StoredAnswer) => Promise<void>
  recordEvent: (sessionId: string, event: SessionEvent) => Promise<void>
  close: () => Promise<void>
}
