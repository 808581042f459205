// The live class mode's wire protocol (issue #8): every WebSocket message and HTTP reply between the live server and its pages, as valibot schemas with their types.
import type { Poll } from '../content/polls.ts'
import type { Question } from '../kinds/registry.ts'
import type { ScaleMovement } from '../polls/movement.ts'
import type { PollTally } from '../polls/tally.ts'
import * as v from 'valibot'
import { MAX_SECONDS, MIN_SECONDS } from './timer.ts'

/** The largest text frame the server accepts; above it the socket is closed with 1009. */
export const MAX_FRAME_BYTES = 16 * 1024
/** Clients send a ping this often to keep the connection (and NAT mappings) alive. */
export const PING_INTERVAL_MS = 20_000

// ---------------------------------------------------------------- shared pieces

export const phases = ['lobby', 'open', 'closed', 'revealed', 'finished'] as const
export const phaseSchema = v.picklist(phases)
export type Phase = v.InferOutput<typeof phaseSchema>

/**
 * Peer instruction within a question (issue #16): `votes` once the lecturer has shown the
 * distribution (before that, voting is blind); `discuss` between round 1 and round 2.
 */
export const steps = ['votes', 'discuss'] as const
export const stepSchema = v.picklist(steps)
export type Step = v.InferOutput<typeof stepSchema>
/** Which round of a two-round question is marked (`--marked-round`). */
export const markedRoundSchema = v.picklist([1, 2])
export type MarkedRound = v.InferOutput<typeof markedRoundSchema>

export const roles = ['student', 'lecturer', 'projector'] as const
export type Role = typeof roles[number]

/** A quiz or question id, as content ids are written (lower-case letters, digits, dashes). */
export const contentIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/), v.maxLength(100))
/** Made by the browser (crypto.randomUUID) and kept in localStorage: it is the student's resume secret. */
export const clientIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{16,64}$/))
/** A display name as typed; the room cleans it and says what is wrong (logic/live/names.ts cleanName). */
export const nameSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200))
export const submissionIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{8,64}$/))
const tokenSchema = v.pipe(v.string(), v.maxLength(256))
/** The join code as typed (logic/live/join-code.ts normalises and checks it). */
export const joinCodeSchema = v.pipe(v.string(), v.maxLength(64))
/** The email address or ID number as typed (logic/live/identifier.ts checks it). */
export const identifierSchema = v.pipe(v.string(), v.maxLength(400))
/** Which identifier a session asks for (`--ask-id`). */
export const askIdSchema = v.picklist(['email', 'number'])
export type AskId = v.InferOutput<typeof askIdSchema>

const choiceSchema = v.object({ id: v.string(), text: v.string() })

/** A question as students and the projector see it before reveal: never answer/accept/tolerance/explanation/evidence. */
export const publicQuestionSchema = v.variant('kind', [
  v.object({ kind: v.literal('single'), id: v.string(), prompt: v.string(), points: v.number(), options: v.array(choiceSchema) }),
  v.object({ kind: v.literal('multiple'), id: v.string(), prompt: v.string(), points: v.number(), options: v.array(choiceSchema) }),
  v.object({ kind: v.literal('truefalse'), id: v.string(), prompt: v.string(), points: v.number() }),
  v.object({ kind: v.literal('numeric'), id: v.string(), prompt: v.string(), points: v.number(), unit: v.optional(v.string()) }),
  v.object({ kind: v.literal('text'), id: v.string(), prompt: v.string(), points: v.number() }),
  /** Items shuffled deterministically by question id, so the author's (right) order never leaks. */
  v.object({ kind: v.literal('ordering'), id: v.string(), prompt: v.string(), points: v.number(), items: v.array(choiceSchema) }),
  v.object({ kind: v.literal('matching'), id: v.string(), prompt: v.string(), points: v.number(), prompts: v.array(choiceSchema), options: v.array(choiceSchema) }),
])
export type PublicQuestion = v.InferOutput<typeof publicQuestionSchema>

/** A full question with its key (lecturer only); checked loosely, the server sends compiled content. */
const fullQuestionSchema = v.custom<Question>(value => typeof value === 'object' && value !== null && 'id' in value && 'kind' in value)

export const histogramSchema = v.object({
  buckets: v.array(v.object({
    id: v.string(),
    label: v.string(),
    count: v.number(),
    /** Set only after reveal. */
    correct: v.optional(v.boolean()),
  })),
})
/** Choice kinds: one bucket per option (truefalse: 'true'/'false'); other kinds: 'answered' before reveal, then 'correct'/'partial'/'incorrect'. */
export type Histogram = v.InferOutput<typeof histogramSchema>

/** `index` counts from 1: question 3 of 10 is `{ index: 3, count: 10 }`. */
export const positionSchema = v.object({ index: v.number(), count: v.number(), quizTitle: v.string() })
export type Position = v.InferOutput<typeof positionSchema>

export const markSchema = v.object({
  score: v.number(),
  max: v.number(),
  verdict: v.picklist(['correct', 'partial', 'wrong', 'unanswered']),
  parts: v.record(v.string(), v.picklist(['correct', 'wrong', 'missed', 'neutral'])),
  note: v.optional(v.string()),
})

export const liveEvidenceSchema = v.object({ sourceId: v.string(), sourceTitle: v.string(), quote: v.string() })
export type LiveEvidence = v.InferOutput<typeof liveEvidenceSchema>

/** What the room learns at reveal: the key in words, the explanation and the evidence. */
export const revealSchema = v.object({ key: v.string(), explanation: v.string(), evidence: v.array(liveEvidenceSchema) })
export type Reveal = v.InferOutput<typeof revealSchema>

/** A wrong option as the room or the lecturer sees it at reveal: how many chose it, why it is wrong and the passages that say so. */
export const wrongChoiceSchema = v.object({
  id: v.string(),
  text: v.string(),
  count: v.number(),
  /** 0…1 of those who answered. */
  share: v.number(),
  feedback: v.optional(v.string()),
  evidence: v.array(liveEvidenceSchema),
})
export type LiveWrongChoice = v.InferOutput<typeof wrongChoiceSchema>

/** Round 1 against round 2 of a peer-instruction question; who moved where only after reveal (it names the key). */
export const shiftSchema = v.object({
  first: histogramSchema,
  /** Round 2 as it counts: a second answer, else the first carried over. */
  second: histogramSchema,
  /** Answered in round 1 (the base of the movements). */
  answeredFirst: v.number(),
  /** How many answered again in round 2. */
  answeredAgain: v.number(),
  /** How many answers round 2 counts (second answers, and first answers carried over). */
  answeredSecond: v.number(),
  /** How many gave a different answer in round 2. */
  changed: v.number(),
  /** Only when revealed: from not right in round 1 to right in round 2, and from right to not right. */
  toRight: v.optional(v.number()),
  away: v.optional(v.number()),
})
export type Shift = v.InferOutput<typeof shiftSchema>

/** A student's own result after reveal. */
export const studentResultSchema = v.object({ mark: markSchema, ...revealSchema.entries })
export type StudentResult = v.InferOutput<typeof studentResultSchema>

// ---------------------------------------------------------------- client → server

export const helloSchema = v.variant('role', [
  /**
   * A new clientId needs a name (else `name-required`), the session's join code (else `code-required`) and,
   * when the session asks for one, the identifier (else `id-required`); a known one resumes without them.
   */
  v.object({ type: v.literal('hello'), role: v.literal('student'), clientId: clientIdSchema, name: v.optional(nameSchema), code: v.optional(joinCodeSchema), identifier: v.optional(identifierSchema) }),
  v.object({ type: v.literal('hello'), role: v.literal('lecturer'), token: tokenSchema }),
  v.object({ type: v.literal('hello'), role: v.literal('projector') }),
])
export type Hello = v.InferOutput<typeof helloSchema>

/** Student only; `answer` must pass the question kind's answerSchema (checked by the server). */
export const answerMessageSchema = v.object({
  type: v.literal('answer'),
  questionId: contentIdSchema,
  answer: v.unknown(),
  submissionId: submissionIdSchema,
})
export type AnswerMessage = v.InferOutput<typeof answerMessageSchema>

export const controlSchema = v.variant('action', [
  v.object({ type: v.literal('control'), action: v.literal('open'), quizId: contentIdSchema, questionId: contentIdSchema }),
  v.object({ type: v.literal('control'), action: v.literal('close') }),
  v.object({ type: v.literal('control'), action: v.literal('reveal') }),
  /** Opens the next question of the same quiz. */
  v.object({ type: v.literal('control'), action: v.literal('next') }),
  v.object({ type: v.literal('control'), action: v.literal('finish') }),
  /** Shows the distribution on the projector before the key (Mazur's order: show votes, then reveal). */
  v.object({ type: v.literal('control'), action: v.literal('show-votes') }),
  /** Ends round 1 without revealing: students discuss with their neighbour, then answer again. */
  v.object({ type: v.literal('control'), action: v.literal('discuss') }),
  /** Opens round 2 of the same question. */
  v.object({ type: v.literal('control'), action: v.literal('vote-again') }),
  /** After reveal: which wrong option the projector shows as "the commonest mistake" (null: none). */
  v.object({ type: v.literal('control'), action: v.literal('show-mistake'), optionId: v.nullable(v.pipe(v.string(), v.maxLength(100))) }),
  /** Takes a participant out of the session and the gradebook (an impostor, a joke name, a duplicate). */
  v.object({ type: v.literal('control'), action: v.literal('remove'), participantId: v.pipe(v.string(), v.maxLength(64)) }),
])
export type Control = v.InferOutput<typeof controlSchema>
/** The controls that move the session's phase (all but `remove` and `show-mistake`). */
export type PhaseControl = Exclude<Control, { action: 'remove' | 'show-mistake' }>
/** The control page's buttons. */
export type ControlAction = PhaseControl['action']

/** Lecturer only: the question's countdown (logic/live/timer.ts); a message of its own, apart from the phase controls. */
export const timerMessageSchema = v.variant('action', [
  v.object({ type: v.literal('timer'), action: v.literal('start'), seconds: v.pipe(v.number(), v.integer(), v.minValue(MIN_SECONDS), v.maxValue(MAX_SECONDS)) }),
  v.object({ type: v.literal('timer'), action: v.literal('extend') }),
  v.object({ type: v.literal('timer'), action: v.literal('stop') }),
  v.object({ type: v.literal('timer'), action: v.literal('settings'), autoReveal: v.optional(v.boolean()), closeWhenAllAnswered: v.optional(v.boolean()) }),
])
export type TimerMessage = v.InferOutput<typeof timerMessageSchema>

export const pingSchema = v.object({ type: v.literal('ping') })

// Questions to the lecturer (logic/live/audience.ts) and the pace signal (logic/live/pace.ts).
/** A question to the lecturer's id, made by the server. */
export const audienceIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/))
/** Student only: a question to the lecturer; the room cleans the text and says what is wrong (length, empty). */
export const askSchema = v.object({ type: v.literal('ask'), text: v.pipe(v.string(), v.maxLength(4000)), showName: v.boolean() })
/** Student only: upvote (`up: true`) or withdraw the upvote of another student's question. */
export const voteSchema = v.object({ type: v.literal('vote'), questionId: audienceIdSchema, up: v.boolean() })
/** Student only: "too fast / lost me". */
export const paceSchema = v.object({ type: v.literal('pace') })
export const qaActions = ['answered', 'unanswered', 'hide', 'release', 'project', 'unproject'] as const
export type QaAction = typeof qaActions[number]
/** Lecturer only: mark a question answered, hide it, release a held or hidden one, put it on the projector or take it off. */
export const qaControlSchema = v.object({ type: v.literal('qa'), action: v.picklist(qaActions), questionId: audienceIdSchema })
export type QaControl = v.InferOutput<typeof qaControlSchema>

// Polls (logic/live/poll-session.ts, node/live/polls.ts): a channel beside the question phases.
export const pollLabelSchema = v.picklist(['before', 'after'])
/** Student only: the answer to the open poll run (checked against the poll by the server). */
export const pollAnswerSchema = v.object({ type: v.literal('poll-answer'), runId: audienceIdSchema, answer: v.unknown() })
export type PollAnswerMessage = v.InferOutput<typeof pollAnswerSchema>
const pollEntryKeySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200))
/** Lecturer only: open a poll (a new run, or a scale's before/after run), close it, show or hide its results, hide or release an entry. */
export const pollControlSchema = v.variant('action', [
  v.object({ type: v.literal('poll'), action: v.literal('open'), pollId: contentIdSchema, label: v.optional(pollLabelSchema) }),
  v.object({ type: v.literal('poll'), action: v.literal('close') }),
  v.object({ type: v.literal('poll'), action: v.literal('show') }),
  v.object({ type: v.literal('poll'), action: v.literal('hide') }),
  v.object({ type: v.literal('poll'), action: v.literal('hide-entry'), runId: audienceIdSchema, key: pollEntryKeySchema }),
  v.object({ type: v.literal('poll'), action: v.literal('release-entry'), runId: audienceIdSchema, key: pollEntryKeySchema }),
])
export type PollControl = v.InferOutput<typeof pollControlSchema>

export const clientMessageSchema = v.variant('type', [helloSchema, answerMessageSchema, controlSchema, timerMessageSchema, pingSchema, askSchema, voteSchema, paceSchema, qaControlSchema, pollAnswerSchema, pollControlSchema])
export type ClientMessage = v.InferOutput<typeof clientMessageSchema>

// ---------------------------------------------------------------- server → client

export const participantSchema = v.object({ id: v.string(), name: v.string() })
export type Participant = v.InferOutput<typeof participantSchema>

export const welcomeSchema = v.object({
  type: v.literal('welcome'),
  role: v.picklist(roles),
  sessionId: v.string(),
  participant: v.optional(participantSchema),
})

/** The open question's countdown as the pages show it: the deadline and the server's clock when sent (the page counts down from them, not on its own). */
export const timerViewSchema = v.object({
  deadline: v.number(),
  /** The server's clock when this message was made, so a page with a wrong clock still shows the right time left. */
  serverNow: v.number(),
  /** The countdown's length so far (start to deadline), for the bar. */
  totalMs: v.number(),
})
export type TimerView = v.InferOutput<typeof timerViewSchema>

export const studentStateSchema = v.object({
  type: v.literal('state'),
  phase: phaseSchema,
  question: v.optional(publicQuestionSchema),
  position: v.optional(positionSchema),
  /** The student's stored answer to the current question. */
  answer: v.optional(v.unknown()),
  received: v.boolean(),
  /** Only when revealed. */
  result: v.optional(studentResultSchema),
  /** Peer instruction: 2 from "discuss" on; the step within the round. */
  round: v.optional(v.literal(2)),
  step: v.optional(stepSchema),
  /** In round 2: the student's round-1 answer (kept, shown, not changeable). */
  firstAnswer: v.optional(v.unknown()),
  /** In round 2: which round is marked (a student who does not answer again keeps their first answer). */
  markedRound: v.optional(markedRoundSchema),
  timer: v.optional(timerViewSchema),
})
export type StudentState = v.InferOutput<typeof studentStateSchema>

export const ackSchema = v.object({ type: v.literal('ack'), questionId: v.string(), submissionId: v.string() })

export const quizOutlineSchema = v.object({
  id: v.string(),
  title: v.string(),
  questions: v.array(v.object({ id: v.string(), kind: v.string(), prompt: v.string() })),
})
export type QuizOutline = v.InferOutput<typeof quizOutlineSchema>

export const lecturerParticipantSchema = v.object({ ...participantSchema.entries, connected: v.boolean(), answered: v.boolean() })
export type LecturerParticipant = v.InferOutput<typeof lecturerParticipantSchema>

export const lecturerStateSchema = v.object({
  type: v.literal('lecturer-state'),
  phase: phaseSchema,
  quizId: v.optional(v.string()),
  questionId: v.optional(v.string()),
  position: v.optional(positionSchema),
  /** The full question, with its key. */
  question: v.optional(fullQuestionSchema),
  participants: v.array(lecturerParticipantSchema),
  answeredCount: v.number(),
  participantCount: v.number(),
  histogram: histogramSchema,
  joinUrl: v.string(),
  quizzes: v.array(quizOutlineSchema),
  /** Questions revealed (`quiz/question`): they cannot be opened again. */
  revealed: v.array(v.string()),
  /** The session's label (`--label`), when it has one. */
  label: v.optional(v.string()),
  /** The session's join code (logic/live/join-code.ts). */
  joinCode: v.optional(v.string()),
  /** The identifier students are asked for (`--ask-id`), if any. */
  askId: v.optional(askIdSchema),
  round: v.optional(v.literal(2)),
  step: v.optional(stepSchema),
  markedRound: v.optional(markedRoundSchema),
  /** In round 2: round 1 against round 2. */
  shift: v.optional(shiftSchema),
  /** When revealed (choice kinds): every wrong option, most chosen first, and the one the projector shows (null: none). */
  wrongChoices: v.optional(v.array(wrongChoiceSchema)),
  shownMistake: v.optional(v.nullable(v.string())),
  timer: v.optional(timerViewSchema),
  timerSettings: v.optional(v.object({ autoReveal: v.boolean(), closeWhenAllAnswered: v.boolean() })),
})
export type LecturerState = v.InferOutput<typeof lecturerStateSchema>

export const projectorStateSchema = v.object({
  type: v.literal('projector-state'),
  phase: phaseSchema,
  question: v.optional(publicQuestionSchema),
  position: v.optional(positionSchema),
  answeredCount: v.number(),
  participantCount: v.number(),
  histogram: histogramSchema,
  joinUrl: v.string(),
  /** Only when revealed. */
  result: v.optional(revealSchema),
  round: v.optional(v.literal(2)),
  step: v.optional(stepSchema),
  /** Round 2, once votes are shown or revealed. */
  shift: v.optional(shiftSchema),
  /** Only when revealed: "the commonest mistake, and why" (or the wrong option the lecturer chose). */
  mistake: v.optional(wrongChoiceSchema),
  timer: v.optional(timerViewSchema),
})
export type ProjectorState = v.InferOutput<typeof projectorStateSchema>

// Questions to the lecturer: students get the visible ones (held and hidden ones never), the lecturer all of them, the projector the one put on it.
export const audienceQuestionSchema = v.object({
  id: v.string(),
  text: v.string(),
  /** The asker's display name, only when they chose to show it. */
  name: v.optional(v.string()),
  votes: v.number(),
  answered: v.boolean(),
})
export type AudienceQuestionView = v.InferOutput<typeof audienceQuestionSchema>

/** A student's Q&A: the visible questions (sorted), which of them are theirs and which they upvoted, and their own held ones. */
export const studentQuestionsSchema = v.object({
  type: v.literal('questions'),
  questions: v.array(audienceQuestionSchema),
  mine: v.array(v.string()),
  voted: v.array(v.string()),
  /** Their own questions the filter held: waiting for the lecturer, seen by nobody else. */
  waiting: v.array(v.object({ id: v.string(), text: v.string() })),
})
export type StudentQuestions = v.InferOutput<typeof studentQuestionsSchema>

/** The asker learns their question arrived (and whether it waits for the lecturer). */
export const askedSchema = v.object({ type: v.literal('asked'), id: v.string(), held: v.boolean() })

export const audienceStatuses = ['visible', 'held', 'hidden'] as const
export type AudienceStatus = typeof audienceStatuses[number]

export const lecturerQuestionSchema = v.object({
  ...audienceQuestionSchema.entries,
  status: v.picklist(audienceStatuses),
  /** The word list's entries the text matched (why it is held). */
  matched: v.array(v.string()),
  projected: v.boolean(),
  askedAt: v.number(),
})
export type LecturerQuestion = v.InferOutput<typeof lecturerQuestionSchema>
export const lecturerQuestionsSchema = v.object({ type: v.literal('lecturer-questions'), questions: v.array(lecturerQuestionSchema) })

/** The pace gauge, lecturer only. */
export const lecturerPaceSchema = v.object({ type: v.literal('lecturer-pace'), count: v.number(), connected: v.number(), percent: v.number() })
export type LecturerPace = v.InferOutput<typeof lecturerPaceSchema>

/** The student's own pace signal: counted, or too soon after the last one; `waitSeconds` until the next one counts. */
export const paceAckSchema = v.object({ type: v.literal('pace-ack'), counted: v.boolean(), waitSeconds: v.number() })

/** The question on the projector (none: nothing is). */
export const projectorQuestionSchema = v.object({
  type: v.literal('projector-question'),
  question: v.optional(v.object({ text: v.string(), name: v.optional(v.string()), votes: v.number() })),
})
export type ProjectorQuestion = v.InferOutput<typeof projectorQuestionSchema>

// Polls: the poll itself (no key, no points: safe for everyone), tallies and movement as logic/polls computes them.
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const pollSchema = v.custom<Poll>(value => isObject(value) && typeof value.id === 'string' && typeof value.kind === 'string' && typeof value.prompt === 'string')
const pollTallySchema = v.custom<PollTally>(value => isObject(value) && typeof value.kind === 'string' && typeof value.n === 'number')
const movementSchema = v.custom<ScaleMovement>(value => isObject(value) && isObject(value.before) && isObject(value.after) && typeof value.paired === 'number')
const pollStatusSchema = v.picklist(['open', 'closed', 'shown'])

/** A student's poll: the open run's poll and their stored answer; none while no poll is open. */
export const studentPollSchema = v.object({
  type: v.literal('student-poll'),
  poll: v.optional(pollSchema),
  runId: v.optional(v.string()),
  label: v.optional(pollLabelSchema),
  /** Their stored answer to this run (they may change it while it is open). */
  answer: v.optional(v.unknown()),
})
export type StudentPoll = v.InferOutput<typeof studentPollSchema>

/** The projector's poll: the prompt and a count while open; results only once shown (held and hidden entries never). */
export const projectorPollSchema = v.object({
  type: v.literal('projector-poll'),
  poll: v.optional(pollSchema),
  label: v.optional(pollLabelSchema),
  status: v.optional(v.picklist(['open', 'shown'])),
  answered: v.number(),
  tally: v.optional(pollTallySchema),
  /** An "after" run: the "before" run's distribution beside it, and who moved which way. */
  movement: v.optional(movementSchema),
})
export type ProjectorPoll = v.InferOutput<typeof projectorPollSchema>

export const pollEntrySchema = v.object({ key: v.string(), text: v.string(), count: v.number(), status: v.picklist(audienceStatuses), matched: v.array(v.string()) })
export const lecturerPollSchema = v.object({
  type: v.literal('lecturer-poll'),
  current: v.optional(v.object({
    runId: v.string(),
    poll: pollSchema,
    label: v.optional(pollLabelSchema),
    status: pollStatusSchema,
    answered: v.number(),
    /** Every answer counted (the lecturer sees held and hidden entries too). */
    tally: pollTallySchema,
    entries: v.array(pollEntrySchema),
    movement: v.optional(movementSchema),
  })),
  runs: v.array(v.object({ runId: v.string(), pollId: v.string(), label: v.optional(pollLabelSchema), answered: v.number() })),
})
export type LecturerPoll = v.InferOutput<typeof lecturerPollSchema>

/** What the lecturer can run: the poll files' polls and the notes' "Ask:" prompts, each with the poll it runs as. */
export const pollCatalogueSchema = v.object({
  type: v.literal('poll-catalogue'),
  polls: v.array(v.object({ id: v.string(), kind: v.string(), prompt: v.string() })),
  asks: v.array(v.object({ id: v.string(), text: v.string(), aside: v.string(), slide: v.number(), slideTitle: v.string(), pollId: v.string(), kind: v.string() })),
})
export type PollCatalogue = v.InferOutput<typeof pollCatalogueSchema>

export const errorCodes = ['bad-message', 'too-large', 'unknown-question', 'not-open', 'already-revealed', 'name-required', 'name-refused', 'session-full', 'removed', 'storage-failed', 'unauthorised', 'rate-limited', 'code-required', 'code-refused', 'id-required', 'id-refused', 'question-refused', 'poll-refused'] as const
export type ErrorCode = typeof errorCodes[number]
export const errorMessageSchema = v.object({ type: v.literal('error'), code: v.picklist(errorCodes), message: v.string() })

export const pongSchema = v.object({ type: v.literal('pong') })

export const serverMessageSchema = v.variant('type', [
  welcomeSchema,
  studentStateSchema,
  ackSchema,
  lecturerStateSchema,
  projectorStateSchema,
  errorMessageSchema,
  pongSchema,
  studentQuestionsSchema,
  askedSchema,
  lecturerQuestionsSchema,
  lecturerPaceSchema,
  paceAckSchema,
  projectorQuestionSchema,
  studentPollSchema,
  projectorPollSchema,
  lecturerPollSchema,
  pollCatalogueSchema,
])
export type ServerMessage = v.InferOutput<typeof serverMessageSchema>
/** One server message by its type, e.g. `ServerMessageOf<'ack'>`. */
export type ServerMessageOf<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>

// ---------------------------------------------------------------- HTTP

/** `GET /live/api/info` (public). */
export interface InfoResponse {
  joinUrl: string
  sessionId: string
  phase: Phase
  /** Joining needs the session's code (never given here: only the lecturer's browser gets it, from LIVE_JOIN_PATH). */
  codeRequired?: boolean
  /** The identifier the join page asks for (`--ask-id`). */
  askId?: AskId
}

/** `GET /live/api/join` (the lecturer's browser only: the slides' cookie or the token): what the room is shown to join. */
export interface JoinResponse {
  /** The short address to type. */
  joinUrl: string
  joinCode: string
  /** The join address with the code in its fragment, as the QR code holds it. */
  joinLink: string
}

/** One asked question's statistics in `GET /live/api/results`. */
export interface QuestionStats {
  quizId: string
  questionId: string
  prompt: string
  kind: string
  /** The question's points. */
  max: number
  answered: number
  /** Mean score of those who answered; null when nobody did. */
  meanScore: number | null
  /** 0–100 of those who answered, one decimal; null when nobody did. */
  percentCorrect: number | null
  histogram: Histogram
  /** A question asked in two rounds: each round's own statistics (the figures above are of the marked answers). */
  rounds?: [RoundStats, RoundStats]
}

export interface RoundStats {
  answered: number
  meanScore: number | null
  percentCorrect: number | null
  histogram: Histogram
}

export interface ParticipantResult {
  id: string
  name: string
  /** The email address or ID number given at join (`--ask-id`). */
  identifier?: string
  /** `quizId/questionId` → score; a question not answered is missing. */
  scores: Record<string, number>
  /** Two-round questions: the score of each round's own answer (`quizId/questionId` → [round 1, round 2]; null: no answer that round). */
  rounds?: Record<string, [number | null, number | null]>
  total: number
}

/** `GET /live/api/results` (lecturer only): the questions asked, in the order first opened. */
export interface ResultsResponse {
  sessionId: string
  questions: QuestionStats[]
  participants: ParticipantResult[]
  /** Sum of the asked questions' points. */
  maxTotal: number
  /** Which round of a two-round question `scores` holds (2 when not said). */
  markedRound?: MarkedRound
}

/** The key of a question within a session's results (`scores`). */
export function questionKey(quizId: string, questionId: string): string {
  return `${quizId}/${questionId}`
}
