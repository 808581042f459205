// Where a live session is kept: an async interface (SQLite here; a PostgreSQL backend would implement the same methods). Every method resolves only once the write is durable.
import type { PollEvent } from '../../logic/live/poll-session.ts'
import type { AskId, AudienceStatus, MarkedRound, Phase, Step } from '../../logic/live/protocol.ts'
import type { TimerState } from '../../logic/live/timer.ts'

export interface StoredParticipant {
  id: string
  /** SHA-256 of the browser's clientId (the resume secret is never stored in clear). */
  clientHash: string
  name: string
  joinedAt: number
  /** The email address or ID number given at join, when the session asks for one (`--ask-id`). */
  identifier?: string
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

/** A question to the lecturer (logic/live/audience.ts). */
export interface StoredAudienceQuestion {
  id: string
  participantId: string
  text: string
  /** The asker chose to show their display name. */
  showName: boolean
  askedAt: number
  status: AudienceStatus
  answered: boolean
  projected: boolean
  /** The word list's entries it matched when asked. */
  matched: string[]
}

export interface StoredVote {
  questionId: string
  participantId: string
}

/** A student's answer to one poll run (logic/live/poll-session.ts): one per student and run, a later one replaces it. Never marked. */
export interface StoredPollAnswer {
  runId: string
  participantId: string
  answer: unknown
  answeredAt: number
}

export interface SessionSnapshot {
  sessionId: string
  createdAt: number
  /** The lecturer's name for the session (`--label`), if any. */
  label?: string
  /** In the order they happened; the last one is the current state. */
  events: SessionEvent[]
  participants: StoredParticipant[]
  answers: StoredAnswer[]
  /** Participants the lecturer removed: kept on disk, out of the room and the gradebook. */
  removed: string[]
  /** Questions to the lecturer, oldest first, and their upvotes (absent in databases from before them). */
  audienceQuestions?: StoredAudienceQuestion[]
  votes?: StoredVote[]
  /** The lecturer's timer options and countdown (logic/live/timer.ts); left out when the session never set one. */
  timer?: TimerState
  /** Missing in sessions stored before join codes: the room makes one when it resumes them. */
  joinCode?: string
  askId?: AskId
  /** Which round of a two-round question is marked, as chosen when the session started (absent: sessions from before). */
  markedRound?: MarkedRound
  /** The polls' changes in order, and the answers to poll runs (absent in databases from before them). */
  pollEvents?: PollEvent[]
  pollAnswers?: StoredPollAnswer[]
}

/** How students join a session: its code and the identifier asked for (node/live/join-gate.ts). */
export interface JoinSettings {
  joinCode: string
  askId?: AskId
}

/** A session as listed for `--session` (which ones the database holds). */
export interface SessionSummary {
  sessionId: string
  createdAt: number
  label?: string
  participants: number
}

export interface LiveStore {
  /** Creates the session, or does nothing when it exists; its label and `markedRound` are kept with it (a restart marks the same round). */
  createSession: (sessionId: string, createdAt: number, settings?: { label?: string, markedRound?: MarkedRound }) => Promise<void>
  /** Sets (or, with undefined, clears) a stored session's label. */
  setLabel: (sessionId: string, label: string | undefined) => Promise<void>
  /** Everything stored about a session, or undefined when there is none. */
  loadSession: (sessionId: string) => Promise<SessionSnapshot | undefined>
  /** The sessions the database holds, oldest first. */
  listSessions: () => Promise<SessionSummary[]>
  addParticipant: (sessionId: string, participant: StoredParticipant) => Promise<void>
  removeParticipant: (sessionId: string, participantId: string, at: number) => Promise<void>
  /** Stores the session's join code and the identifier it asks for. */
  saveJoinSettings: (sessionId: string, settings: JoinSettings) => Promise<void>
  /** One answer per (session, participant, quiz, question) and round, each round in its own table: a later one replaces it in its round only. */
  saveAnswer: (sessionId: string, answer: StoredAnswer) => Promise<void>
  recordEvent: (sessionId: string, event: SessionEvent) => Promise<void>
  addAudienceQuestion: (sessionId: string, question: StoredAudienceQuestion) => Promise<void>
  /** The lecturer's marks on a question: status, answered, on the projector (putting one on takes every other off). */
  updateAudienceQuestion: (sessionId: string, questionId: string, change: Pick<StoredAudienceQuestion, 'status' | 'answered' | 'projected'>) => Promise<void>
  /** One upvote per participant and question: `up` adds it (again: nothing changes), else takes it away. */
  saveVote: (sessionId: string, vote: StoredVote, up: boolean, at: number) => Promise<void>
  /** A poll opened, closed, shown, hidden, or an entry hidden or released. */
  recordPollEvent: (sessionId: string, event: PollEvent, at: number) => Promise<void>
  /** One answer per (session, run, participant): a later one replaces it. */
  savePollAnswer: (sessionId: string, answer: StoredPollAnswer) => Promise<void>
  /** Replaces the session's timer (one per session). */
  saveTimer: (sessionId: string, timer: TimerState) => Promise<void>
  close: () => Promise<void>
}
