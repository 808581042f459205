// One live session in memory, backed by a LiveStore: who is here, the answers, the phase. Storage first, then state:
// a control, a join or an answer changes the room only after the store has it; a failed write leaves the room as it
// was, tells the sender why and logs it. It handles each validated message and sends every role its own view.
import type { Content } from '../../logic/content/compile.ts'
import type { WordFilter } from '../../logic/live/moderation.ts'
import type { PollRoomResult } from '../../logic/live/poll-room.ts'
import type { AskId, ClientMessage, Control, ErrorCode, Hello, InfoResponse, LecturerState, MarkedRound, ResultsResponse, Role, ServerMessage, TimerMessage } from '../../logic/live/protocol.ts'
import type { AskedQuestion } from '../../logic/live/results.ts'
import type { SessionState } from '../../logic/live/session.ts'
import type { MarkedAnswer } from '../../logic/live/stats.ts'
import type { Attendance, TimerState } from '../../logic/live/timer.ts'
import type { RoomFacts } from '../../logic/live/views.ts'
import type { BucketSpec } from './rate-limit.ts'
import type { LiveStore } from './store.ts'
import { randomBytes } from 'node:crypto'
import * as v from 'valibot'
import { kindOf } from '../../logic/kinds/registry.ts'
import { answerProblem } from '../../logic/live/answer-fits.ts'
import { identifierKey } from '../../logic/live/identifier.ts'
import { DEFAULT_MIN_SHARE } from '../../logic/live/misconception.ts'
import { buildFilter } from '../../logic/live/moderation.ts'
import { cleanName, nameKey } from '../../logic/live/names.ts'
import { questionKey } from '../../logic/live/protocol.ts'
import { buildResults } from '../../logic/live/results.ts'
import { DEFAULT_MARKED_ROUND } from '../../logic/live/rounds.ts'
import { applyControl, checkAnswer, eventOf, hasQuestion, mayReceive, noteAsked, replayEvents } from '../../logic/live/session.ts'
import { afterPhaseChange, applyTimer, dueAction, initialTimer, pastDeadline, runningCountdown, timerView } from '../../logic/live/timer.ts'
import { currentQuestion, lecturerView, projectorView, quizOutlines, studentView } from '../../logic/live/views.ts'
import { markAnswer } from '../../logic/marking/attempt.ts'
import { Audience } from './audience.ts'
import { JoinGate, settleJoinSettings } from './join-gate.ts'
import { LivePolls, pollsOf } from './polls.ts'
import { KeyedBuckets } from './rate-limit.ts'
import { storageCause } from './sqlite-store.ts'
import { sha256 } from './token.ts'

/** One client connection, as the room sees it. */
export interface Connection {
  role?: Role
  participantId?: string
  /** The client's IP address (a whole class may share one). */
  address: string
  send: (message: ServerMessage) => void
  /** Sends a message already serialised (one JSON text shared by many connections). */
  sendText: (text: string) => void
  close: (code: number, reason: string) => void
}

interface Participant {
  id: string
  name: string
  /** The email address or ID number given at join (`--ask-id`). */
  identifier?: string
  /** Resolves once the participant is on disk. */
  saved: Promise<void>
}

interface StoredMark extends MarkedAnswer {
  submissionId: string
}

/** A submission being written or written, for the open question only (see pruneSubmissions). */
interface Submission {
  saved: Promise<void>
  settled: boolean
}

/** How often at most the lecturer and projector get a fresh view while answers pour in. */
const ROOM_UPDATE_MS = 150
/** The close code a removed participant's sockets get (4000–4999 are the application's). */
export const REMOVED_CLOSE_CODE = 4003

export interface RoomLimits {
  /** Participants a session takes (removed ones do not count). */
  maxParticipants: number
  /** New participants per client IP address: generous, since a class behind one NAT shares one address. */
  joinsPerAddress: BucketSpec
  /** Wrong join codes per client IP address (node/live/join-gate.ts defaultWrongCodes when left out). */
  wrongCodesPerAddress?: BucketSpec
}

export const defaultRoomLimits: RoomLimits = {
  maxParticipants: 2000,
  joinsPerAddress: { capacity: 500, perSecond: 20 },
}

export interface RoomOptions {
  store: LiveStore
  content: Content
  sessionId: string
  joinUrl: () => string
  checkToken: (token: unknown) => boolean
  limits?: RoomLimits
  /** The moderation word list (the default list when omitted). */
  wordFilter?: WordFilter
  /** Where storage failures are reported (the terminal). */
  log?: (message: string) => void
  now?: () => number
  /** The session's label: a new one is stored with the session, a resumed one is relabelled (null clears it; undefined keeps it). */
  label?: string | null
  /** Ask new participants for this identifier (`--ask-id`); a resumed session keeps the one it started with. */
  askId?: AskId
  /** Reading a stored session only (an export): a join code it lacks is not written. */
  readOnly?: boolean
  /** Which round of a two-round question is marked in a new session (`--marked-round`; a resumed session keeps its own). */
  markedRound?: MarkedRound
  /** At reveal, a wrong option chosen by fewer than this share of those who answered is not shown as the commonest mistake (`--mistake-share`). */
  mistakeShare?: number
}

export class LiveRoom {
  state: SessionState = { phase: 'lobby' }
  /** The lecturer's name for this session (`--label`), if any. */
  label: string | undefined
  /** The countdown and the lecturer's timer options (logic/live/timer.ts). */
  timer: TimerState = initialTimer
  /** Fires at the running countdown's deadline. */
  private alarm: NodeJS.Timeout | undefined
  /** Set by stop(): no alarm is set after it (a close still being written must not keep the process alive). */
  private stopped = false
  /** The timer's own "connection" for the controls it makes: what it is refused goes to the terminal. */
  private readonly timerConnection: Connection = {
    address: 'timer',
    send: (message) => {
      if (message.type === 'error' && message.code === 'storage-failed')
        this.log(`[live] the countdown: ${message.message}`)
    },
    sendText: () => {},
    close: () => {},
  }

  private asked: AskedQuestion[] = []
  private readonly participants = new Map<string, Participant>()
  private readonly byClientHash = new Map<string, Participant>()
  /** nameKey → participant id: one display name per person in a session. */
  private readonly byName = new Map<string, string>()
  /** identifierKey → participant id: one row per student in an LMS gradebook. */
  private readonly byIdentifier = new Map<string, string>()
  /** The join code and the identifier asked for; set by create and resume. */
  private gate!: JoinGate
  /** Client hashes of removed participants: they cannot come back with the same browser. */
  private readonly removed = new Set<string>()
  /** questionKey → participant id → answer (round 1, or the only round). */
  private readonly answers = new Map<string, Map<string, StoredMark>>()
  /** The same for round 2 of peer-instruction questions: kept apart, so neither round's answer changes the other. */
  private readonly secondAnswers = new Map<string, Map<string, StoredMark>>()
  /** Which round of a two-round question counts. */
  markedRound: MarkedRound
  /** At reveal: the wrong option the lecturer put on the projector (null: none; undefined: the commonest). */
  private chosenMistake: string | null | undefined
  /** `participant \n questionId \n submissionId` of answers to the open question, being written or written. */
  private readonly submissions = new Map<string, Submission>()
  private readonly connections = new Set<Connection>()
  /** participant id → that participant's open connections (a phone and a laptop, two tabs …). */
  private readonly byParticipant = new Map<string, Set<Connection>>()
  private readonly questionIds: Set<string>
  private readonly joins: KeyedBuckets
  private readonly limits: RoomLimits
  /** The control being stored: answers wait for it, so none lands on a question that has just closed. */
  private changing: Promise<void> = Promise.resolve()
  private roomUpdate: NodeJS.Timeout | undefined
  private readonly now: () => number
  private readonly log: (message: string) => void
  /** Questions to the lecturer and the pace signal. */
  private readonly audience: Audience
  /** The poll channel, beside the question phases. */
  private readonly polls: LivePolls

  private constructor(private readonly options: RoomOptions) {
    this.now = options.now ?? Date.now
    this.log = options.log ?? (() => {})
    this.limits = options.limits ?? defaultRoomLimits
    this.joins = new KeyedBuckets(this.limits.joinsPerAddress, this.now)
    this.questionIds = new Set(options.content.quizzes.flatMap(q => q.questions.map(question => question.id)))
    this.audience = new Audience({
      store: options.store,
      sessionId: options.sessionId,
      filter: options.wordFilter ?? buildFilter(),
      now: this.now,
      connections: () => this.connections,
      connectedCount: () => this.byParticipant.size,
      nameOf: id => this.participants.get(id)?.name,
      storageFailed: (connection, what, error) => this.storageFailed(connection, what, error),
    })
    this.markedRound = options.markedRound ?? DEFAULT_MARKED_ROUND
    this.polls = new LivePolls({
      ...pollsOf(options.content),
      store: options.store,
      sessionId: options.sessionId,
      filter: options.wordFilter ?? buildFilter(),
      now: this.now,
      connections: () => this.connections,
      nameOf: id => this.participants.get(id)?.name,
      storageFailed: (connection, what, error) => this.storageFailed(connection, what, error),
    })
  }

  get sessionId(): string {
    return this.options.sessionId
  }

  /** Starts a new session (`createSession` stores it first). */
  static async create(options: RoomOptions): Promise<LiveRoom> {
    const room = new LiveRoom(options)
    room.label = options.label ?? undefined
    const { settings } = settleJoinSettings(options.sessionId, undefined, options.askId)
    room.gate = new JoinGate(settings, room.limits.wrongCodesPerAddress, room.now)
    // Queued in one turn, so written in one transaction.
    await Promise.all([options.store.createSession(options.sessionId, room.now(), { label: room.label, markedRound: room.markedRound }), options.store.saveJoinSettings(options.sessionId, settings)])
    return room
  }

  /** The session's join code (logic/live/join-code.ts). */
  get joinCode(): string {
    return this.gate.settings.joinCode
  }

  /** The identifier new participants are asked for (`--ask-id`), if any. */
  get askId(): AskId | undefined {
    return this.gate.settings.askId
  }

  /** Resumes a stored session; undefined when the store has none by that id. */
  static async resume(options: RoomOptions): Promise<LiveRoom | undefined> {
    const snapshot = await options.store.loadSession(options.sessionId)
    if (!snapshot)
      return undefined
    const room = new LiveRoom(options)
    room.label = snapshot.label
    if (options.label !== undefined) {
      room.label = options.label ?? undefined
      await options.store.setLabel(options.sessionId, room.label)
    }
    const join = settleJoinSettings(options.sessionId, snapshot, options.askId)
    room.gate = new JoinGate(join.settings, room.limits.wrongCodesPerAddress, room.now)
    if (join.changed && !options.readOnly)
      await options.store.saveJoinSettings(options.sessionId, join.settings)
    const { state, asked } = replayEvents(snapshot.events)
    room.state = state
    room.asked = asked
    room.markedRound = snapshot.markedRound ?? room.markedRound
    const removed = new Set(snapshot.removed)
    for (const p of snapshot.participants) {
      if (removed.has(p.id)) {
        room.removed.add(p.clientHash)
        continue
      }
      const participant = { id: p.id, name: p.name, ...(p.identifier ? { identifier: p.identifier } : {}), saved: Promise.resolve() }
      room.participants.set(p.id, participant)
      room.byClientHash.set(p.clientHash, participant)
      room.byName.set(nameKey(p.name), p.id)
      if (p.identifier)
        room.byIdentifier.set(identifierKey(p.identifier), p.id)
    }
    for (const a of snapshot.answers) {
      const question = room.findQuestion(a.quizId, a.questionId)
      if (!question || !room.participants.has(a.participantId))
        continue
      room.answersTo(questionKey(a.quizId, a.questionId), a.round).set(a.participantId, { answer: a.answer, mark: markAnswer(question, a.answer), submissionId: a.submissionId })
    }
    room.audience.load(snapshot)
    room.polls.load(snapshot)
    room.timer = snapshot.timer ?? initialTimer
    // A deadline that passed while the server was down closes the question now; one still ahead is set again.
    await room.checkTimer()
    return room
  }

  info(): InfoResponse {
    return { joinUrl: this.options.joinUrl(), sessionId: this.sessionId, phase: this.state.phase, codeRequired: true, ...(this.askId ? { askId: this.askId } : {}) }
  }

  /** Removed participants are not in the results, nor in the gradebook made from them. */
  results(): ResultsResponse {
    const participants = Array.from(this.participants.values(), ({ id, name, identifier }) => ({ id, name, ...(identifier ? { identifier } : {}) }))
    return buildResults(this.sessionId, this.options.content.quizzes, this.asked, participants, this.answers, this.secondAnswers, this.markedRound)
  }

  /** The polls' results as CSV rows (never marks: polls are not in the results or the gradebook). */
  pollRows(): Array<Array<string | number | null>> {
    return this.polls.csvRows()
  }

  /** A scale's before and after runs for the deck's scale slides. */
  pollRoom(pollId: string): PollRoomResult {
    return this.polls.room(pollId)
  }

  /** How many submission ids the room remembers (pruned whenever the open question changes). */
  get rememberedSubmissions(): number {
    return this.submissions.size
  }

  connect(connection: Connection): void {
    this.connections.add(connection)
  }

  disconnect(connection: Connection): void {
    this.connections.delete(connection)
    if (connection.participantId) {
      const own = this.byParticipant.get(connection.participantId)
      own?.delete(connection)
      if (own?.size === 0)
        this.byParticipant.delete(connection.participantId)
      this.scheduleRoomUpdate()
      if (this.timer.settings.closeWhenAllAnswered)
        void this.checkTimer()
    }
  }

  /** Handles one validated message from a connection. */
  async handle(connection: Connection, message: ClientMessage): Promise<void> {
    if (message.type === 'poll' || message.type === 'poll-answer')
      return this.polls.handle(connection, message)
    if (!mayReceive(connection.role, message.type)) {
      const code = message.type === 'hello' ? 'bad-message' : 'unauthorised'
      return this.refuse(connection, code, message.type === 'hello' ? 'This connection has already said hello.' : `A ${connection.role ?? 'connection that has not said hello'} may not send "${message.type}".`)
    }
    switch (message.type) {
      case 'ping':
        return connection.send({ type: 'pong' })
      case 'hello':
        return this.hello(connection, message)
      case 'answer':
        return this.answer(connection, message.questionId, message.answer, message.submissionId)
      case 'control':
        return this.control(connection, message)
      case 'timer':
        return this.timerControl(connection, message)
      case 'qa':
        return this.audience.control(connection, message)
      case 'ask':
      case 'vote':
      case 'pace': {
        const participantId = connection.participantId
        if (!participantId || !this.participants.has(participantId))
          return this.refuse(connection, 'removed', 'You are no longer in this session.')
        if (message.type === 'ask')
          return this.audience.ask(connection, participantId, message.text, message.showName)
        if (message.type === 'vote')
          return this.audience.vote(connection, participantId, message.questionId, message.up)
        return this.audience.signalPace(connection, participantId)
      }
    }
  }

  private refuse(connection: Connection, code: ErrorCode, message: string): void {
    connection.send({ type: 'error', code, message })
  }

  /** A write the store refused: the sender is told the cause, the terminal logs it, nothing in the room changed. */
  private storageFailed(connection: Connection, what: string, error: unknown): void {
    const cause = storageCause(error)
    this.log(`[live] ${what} was not saved, so it did not happen: ${cause}`)
    this.refuse(connection, 'storage-failed', `${what} was not saved, so it did not happen. The database said: ${cause}`)
  }

  private async hello(connection: Connection, hello: Hello): Promise<void> {
    if (hello.role === 'lecturer' && !this.options.checkToken(hello.token)) {
      this.refuse(connection, 'unauthorised', 'That lecturer token is not right.')
      return connection.close(1008, 'unauthorised')
    }
    if (hello.role !== 'student') {
      connection.role = hello.role
      connection.send({ type: 'welcome', role: hello.role, sessionId: this.sessionId })
      connection.send(hello.role === 'lecturer' ? this.lecturerState() : this.projectorState())
      this.audience.welcome(connection)
      this.polls.welcome(connection)
      return
    }
    const clientHash = sha256(hello.clientId).toString('hex')
    if (this.removed.has(clientHash)) {
      this.refuse(connection, 'removed', 'The lecturer has removed you from this session.')
      return connection.close(REMOVED_CLOSE_CODE, 'removed')
    }
    let participant = this.byClientHash.get(clientHash)
    if (!participant) {
      const added = this.addParticipant(connection, clientHash, hello)
      if (!added)
        return
      participant = added
    }
    try {
      await participant.saved
    }
    catch (error) {
      return this.storageFailed(connection, 'Joining', error)
    }
    connection.role = 'student'
    connection.participantId = participant.id
    const own = this.byParticipant.get(participant.id) ?? new Set()
    own.add(connection)
    this.byParticipant.set(participant.id, own)
    connection.send({ type: 'welcome', role: 'student', sessionId: this.sessionId, participant: { id: participant.id, name: participant.name } })
    connection.send(this.studentState(participant.id))
    this.audience.welcome(connection)
    this.polls.welcome(connection)
    this.scheduleRoomUpdate()
  }

  /** A new participant, being written; undefined (and the connection told why) when they cannot join. */
  private addParticipant(connection: Connection, clientHash: string, hello: Extract<Hello, { role: 'student' }>): Participant | undefined {
    const given = hello.name
    if (!given) {
      this.refuse(connection, 'name-required', 'Please enter your name to join.')
      return undefined
    }
    // The code before anything about names or identifiers, so someone without it learns nothing of who is here.
    const wrongCode = this.gate.checkCode(connection.address, hello.code)
    if (wrongCode) {
      this.refuse(connection, wrongCode.code, wrongCode.message)
      return undefined
    }
    const checked = cleanName(given)
    if (!checked.ok) {
      this.refuse(connection, 'name-refused', checked.message)
      return undefined
    }
    const name = checked.name
    const key = nameKey(name)
    if (this.byName.has(key)) {
      this.refuse(connection, 'name-refused', `Someone in this session is already called "${name}". Add an initial or your surname.`)
      return undefined
    }
    const idCheck = this.gate.checkIdentifier(hello.identifier)
    if (!idCheck.ok) {
      this.refuse(connection, idCheck.code, idCheck.message)
      return undefined
    }
    const { identifier } = idCheck
    if (identifier && this.byIdentifier.has(identifierKey(identifier))) {
      this.refuse(connection, 'id-refused', 'Someone in this session has already joined with that. If it was you on another phone or browser, carry on there; if not, tell the lecturer.')
      return undefined
    }
    if (this.participants.size >= this.limits.maxParticipants) {
      this.refuse(connection, 'session-full', `This session is full (${this.limits.maxParticipants} participants). Tell the lecturer.`)
      return undefined
    }
    if (!this.joins.take(connection.address)) {
      // 1013 "try again later": the student page reconnects by itself after its backoff delay.
      this.refuse(connection, 'rate-limited', 'Many people are joining from this network right now: trying again in a few seconds.')
      connection.close(1013, 'try again later')
      return undefined
    }
    const id = randomBytes(6).toString('hex')
    const saved = this.options.store.addParticipant(this.sessionId, { id, clientHash, name, joinedAt: this.now(), ...(identifier ? { identifier } : {}) })
    const participant = { id, name, ...(identifier ? { identifier } : {}), saved }
    // Held while being written, so a second tab of the same browser or the same name waits or is refused.
    this.participants.set(id, participant)
    this.byClientHash.set(clientHash, participant)
    this.byName.set(key, id)
    if (identifier)
      this.byIdentifier.set(identifierKey(identifier), id)
    // Not on disk, so not in the session: the next hello tries again.
    saved.catch(() => {
      this.participants.delete(id)
      this.byClientHash.delete(clientHash)
      this.byName.delete(key)
      if (identifier)
        this.byIdentifier.delete(identifierKey(identifier))
    })
    return participant
  }

  /** The acknowledged submission with this id, if any (an answer being written counts once it is stored). */
  private knownSubmission(participantId: string, questionId: string, submissionId: string): Promise<void> | undefined {
    const pending = this.submissions.get(this.submissionKey(participantId, questionId, submissionId))
    if (pending)
      return pending.saved
    const stored = this.asked.some(a => a.questionId === questionId && [this.answers, this.secondAnswers].some(round => round.get(questionKey(a.quizId, a.questionId))?.get(participantId)?.submissionId === submissionId))
    return stored ? Promise.resolve() : undefined
  }

  private async answer(connection: Connection, questionId: string, answer: unknown, submissionId: string): Promise<void> {
    await this.changing
    const participantId = connection.participantId
    if (!participantId || !this.participants.has(participantId))
      return this.refuse(connection, 'removed', 'You are no longer in this session.')
    const known = this.knownSubmission(participantId, questionId, submissionId)
    if (known) {
      // A replay (e.g. after a reconnect): acknowledge again, write nothing.
      try {
        await known
      }
      catch (error) {
        return this.refuse(connection, 'storage-failed', `Your answer could not be saved (${storageCause(error)}). Please send it again.`)
      }
      return connection.send({ type: 'ack', questionId, submissionId })
    }
    const allowed = checkAnswer(this.state, questionId, id => this.questionIds.has(id))
    if (!allowed.ok)
      return this.refuse(connection, allowed.code, allowed.message)
    if (pastDeadline(this.timer, this.state, this.now()))
      return this.refuse(connection, 'not-open', 'Time is up: this question is closed for answers.')
    const current = currentQuestion(this.state, this.options.content.quizzes)!
    const parsed = v.safeParse(kindOf(current.question).answerSchema, answer)
    const problem = parsed.success ? answerProblem(current.question, parsed.output) : 'That answer does not fit this question.'
    if (!parsed.success || problem)
      return this.refuse(connection, 'bad-message', problem!)
    const mark = markAnswer(current.question, parsed.output)
    // Round 2 answers go to their own record: nothing sent now can change round 1's.
    const round = this.state.round
    const key = this.submissionKey(participantId, questionId, submissionId)
    const submission: Submission = {
      saved: this.options.store.saveAnswer(this.sessionId, {
        participantId,
        quizId: current.quiz.id,
        questionId,
        answer: parsed.output,
        submissionId,
        score: mark.score,
        max: mark.max,
        answeredAt: this.now(),
        ...(round ? { round } : {}),
      }),
      settled: false,
    }
    this.submissions.set(key, submission)
    try {
      await submission.saved
    }
    catch (error) {
      this.submissions.delete(key)
      return this.storageFailed(connection, 'Your answer', error)
    }
    finally {
      submission.settled = true
    }
    // Stored, so it counts (unless the participant was removed meanwhile).
    if (!this.participants.has(participantId))
      return
    this.answersTo(questionKey(current.quiz.id, questionId), round).set(participantId, { answer: parsed.output, mark, submissionId })
    this.scheduleRoomUpdate()
    connection.send({ type: 'ack', questionId, submissionId })
    this.sendToOtherDevices(connection, participantId)
    if (this.timer.settings.closeWhenAllAnswered)
      void this.checkTimer()
  }

  /** Controls run one after another, each stored before it takes effect. */
  private control(connection: Connection, control: Control): Promise<void> {
    const done = this.changing.then(() => {
      if (control.action === 'remove')
        return this.remove(connection, control.participantId)
      if (control.action === 'show-mistake')
        return this.showMistake(connection, control.optionId)
      return this.changePhase(connection, control)
    })
    this.changing = done.catch(() => {})
    return done
  }

  private async changePhase(connection: Connection, control: Exclude<Control, { action: 'remove' | 'show-mistake' }>): Promise<void> {
    const next = applyControl(this.state, control, this.options.content.quizzes)
    if (!next.ok)
      return this.refuse(connection, next.code, next.message)
    const timer = afterPhaseChange(this.timer, next.state, this.now())
    try {
      // The countdown a phase change ends is stored with it (one commit), so a restart never finds it running.
      await Promise.all([
        this.options.store.recordEvent(this.sessionId, { ...eventOf(next.state), at: this.now() }),
        timer.countdown === this.timer.countdown ? undefined : this.options.store.saveTimer(this.sessionId, timer),
      ])
    }
    catch (error) {
      return this.storageFailed(connection, `"${control.action}"`, error)
    }
    this.state = next.state
    this.timer = timer
    this.setAlarm()
    this.chosenMistake = undefined
    noteAsked(this.asked, this.state)
    this.pruneSubmissions()
    this.broadcast()
  }

  /** The lecturer's timer actions run in turn with the controls, each stored before it takes effect. */
  private timerControl(connection: Connection, message: TimerMessage): Promise<void> {
    const done = this.changing.then(async () => {
      const { type: _, ...action } = message
      const next = applyTimer(this.timer, action, this.state, this.now())
      if (!next.ok)
        return this.refuse(connection, next.code, next.message)
      try {
        await this.options.store.saveTimer(this.sessionId, next.timer)
      }
      catch (error) {
        return this.storageFailed(connection, 'The timer', error)
      }
      this.timer = next.timer
      this.broadcast()
      // Turning on "close when everyone has answered" may close the question at once.
      await this.dueNow()
    })
    this.changing = done.catch(() => {})
    return done
  }

  /** Runs dueNow in turn with the controls (the alarm, an answer, a disconnection, a resume). */
  private checkTimer(): Promise<void> {
    const done = this.changing.then(() => this.dueNow())
    this.changing = done.catch(() => {})
    return done
  }

  /** Closes the question (and reveals it, if opted in) when the timer says so, then sets the alarm for the next deadline. */
  private async dueNow(): Promise<void> {
    const action = dueAction(this.timer, this.state, this.now(), this.attendance())
    if (action) {
      await this.changePhase(this.timerConnection, { type: 'control', action: 'close' })
      if (action === 'reveal' && this.state.phase === 'closed')
        await this.changePhase(this.timerConnection, { type: 'control', action: 'reveal' })
    }
    this.setAlarm()
  }

  /** One alarm at the running countdown's deadline (a second later to retry a close that could not be stored). */
  private setAlarm(): void {
    clearTimeout(this.alarm)
    this.alarm = undefined
    const running = runningCountdown(this.timer, this.state)
    if (running && !this.stopped) {
      const left = running.deadline - this.now()
      this.alarm = setTimeout(() => void this.checkTimer(), left > 0 ? left : 1000)
    }
  }

  /** Who is connected and who has answered the open question. */
  private attendance(): Attendance {
    return { connected: new Set(this.byParticipant.keys()), answered: new Set(this.currentAnswers()?.keys() ?? []) }
  }

  /** After reveal, the lecturer puts another wrong option (or none) on the projector; not stored: a restart shows the commonest again. */
  private showMistake(connection: Connection, optionId: string | null): void {
    const wrong = this.lecturerView().wrongChoices
    if (this.state.phase !== 'revealed' || !wrong)
      return this.refuse(connection, 'not-open', 'Wrong options can be shown only after a choice question is revealed.')
    if (optionId !== null && !wrong.some(w => w.id === optionId))
      return this.refuse(connection, 'bad-message', `"${optionId}" is not a wrong option of this question.`)
    this.chosenMistake = optionId
    this.sendRoomViews()
  }

  /** Takes a participant out: stored first, then their sockets are closed and their row leaves the results. */
  private async remove(connection: Connection, participantId: string): Promise<void> {
    const participant = this.participants.get(participantId)
    if (!participant)
      return this.refuse(connection, 'bad-message', 'There is no such participant in this session.')
    try {
      await participant.saved
      await this.options.store.removeParticipant(this.sessionId, participantId, this.now())
    }
    catch (error) {
      return this.storageFailed(connection, `Removing "${participant.name}"`, error)
    }
    this.participants.delete(participantId)
    this.byName.delete(nameKey(participant.name))
    if (participant.identifier)
      this.byIdentifier.delete(identifierKey(participant.identifier))
    for (const [hash, p] of this.byClientHash) {
      if (p.id === participantId) {
        this.byClientHash.delete(hash)
        this.removed.add(hash)
      }
    }
    for (const answers of [...this.answers.values(), ...this.secondAnswers.values()])
      answers.delete(participantId)
    this.audience.removeParticipant(participantId)
    this.polls.removeParticipant(participantId)
    for (const socket of this.byParticipant.get(participantId) ?? []) {
      socket.send({ type: 'error', code: 'removed', message: 'The lecturer has removed you from this session.' })
      socket.role = undefined
      socket.participantId = undefined
      socket.close(REMOVED_CLOSE_CODE, 'removed')
    }
    this.byParticipant.delete(participantId)
    this.broadcast()
  }

  /** Forgets the submission ids of questions no longer open (their final answers keep theirs in `answers`). */
  private pruneSubmissions(): void {
    const open = this.state.phase === 'open' ? this.state.questionId : undefined
    for (const [key, submission] of this.submissions) {
      if (submission.settled && key.split('\n')[1] !== open)
        this.submissions.delete(key)
    }
  }

  /**
   * Every connection gets its own view now (after a phase change). Students who
   * have not answered the current question all get the same text, serialised once.
   */
  private broadcast(): void {
    const answers = this.currentAnswers()
    // In round 2 a student's view holds their first answer too.
    const first = this.state.round === 2 ? this.firstAnswers() : undefined
    let unanswered: string | undefined
    for (const connection of this.connections) {
      if (connection.role !== 'student')
        continue
      const id = connection.participantId!
      if (answers?.has(id) || first?.has(id))
        connection.send(this.studentState(id))
      else
        connection.sendText(unanswered ??= JSON.stringify(this.studentState(id)))
    }
    this.sendRoomViews()
  }

  /** The lecturer's and the projector's views, each serialised once. */
  private sendRoomViews(): void {
    clearTimeout(this.roomUpdate)
    this.roomUpdate = undefined
    let lecturer: string | undefined
    let projector: string | undefined
    for (const connection of this.connections) {
      if (connection.role === 'lecturer')
        connection.sendText(lecturer ??= JSON.stringify(this.lecturerState()))
      else if (connection.role === 'projector')
        connection.sendText(projector ??= JSON.stringify(this.projectorState()))
    }
    this.audience.sendPace()
  }

  /** The lecturer and projector views, at most every ROOM_UPDATE_MS while answers arrive. */
  private scheduleRoomUpdate(): void {
    this.roomUpdate ??= setTimeout(() => this.sendRoomViews(), ROOM_UPDATE_MS)
  }

  /** The participant's other phones and tabs learn the answer arrived (this one has its ack). */
  private sendToOtherDevices(except: Connection, participantId: string): void {
    const others = [...this.byParticipant.get(participantId) ?? []].filter(c => c !== except)
    if (others.length === 0)
      return
    const state = JSON.stringify(this.studentState(participantId))
    others.forEach(c => c.sendText(state))
  }

  /** Stops pending timers (the server is closing). */
  stop(): void {
    clearTimeout(this.roomUpdate)
    this.roomUpdate = undefined
    clearTimeout(this.alarm)
    this.alarm = undefined
    this.stopped = true
    this.audience.stop()
    this.polls.stop()
  }

  private current() {
    return currentQuestion(this.state, this.options.content.quizzes)
  }

  /** The answers of the current question's current round. */
  private currentAnswers(): Map<string, StoredMark> | undefined {
    const current = this.current()
    return current && (this.state.round === 2 ? this.secondAnswers : this.answers).get(questionKey(current.quiz.id, current.question.id))
  }

  /** The current question's round-1 answers. */
  private firstAnswers(): Map<string, StoredMark> | undefined {
    const current = this.current()
    return current && this.answers.get(questionKey(current.quiz.id, current.question.id))
  }

  private studentState(participantId: string): ServerMessage {
    const firstRound = this.state.round === 2 ? { first: this.firstAnswers()?.get(participantId), markedRound: this.markedRound } : undefined
    return this.withTimer(studentView(this.state, this.current(), this.currentAnswers()?.get(participantId), this.options.content.sources, firstRound))
  }

  /** A view with the countdown on the question on screen, stamped with the server's clock. */
  private withTimer<T extends ServerMessage>(view: T): T {
    const timer = timerView(this.timer, this.state, this.now())
    return timer ? { ...view, timer } : view
  }

  private roomFacts() {
    const facts: RoomFacts = {
      answers: [...(this.currentAnswers()?.values() ?? [])],
      participantCount: this.participants.size,
      joinUrl: this.options.joinUrl(),
      sources: this.options.content.sources,
      mistakeShare: this.options.mistakeShare ?? DEFAULT_MIN_SHARE,
      chosenMistake: this.chosenMistake,
    }
    if (this.state.round === 2)
      facts.rounds = { first: this.firstAnswers() ?? new Map(), second: this.currentAnswers() ?? new Map() }
    return facts
  }

  private projectorState(): ServerMessage {
    return this.withTimer(projectorView(this.state, this.current(), this.roomFacts()))
  }

  private lecturerState(): ServerMessage {
    return this.lecturerView()
  }

  private lecturerView(): LecturerState {
    const answered = hasQuestion(this.state.phase) ? this.currentAnswers() : undefined
    const participants = Array.from(this.participants.values(), p => ({ id: p.id, name: p.name, connected: this.byParticipant.has(p.id), answered: answered?.has(p.id) ?? false }))
    return this.withTimer({ ...lecturerView(this.state, this.current(), { ...this.roomFacts(), participants, outlines: quizOutlines(this.options.content.quizzes), markedRound: this.markedRound, ...(this.label === undefined ? {} : { label: this.label }) }), joinCode: this.joinCode, ...(this.askId ? { askId: this.askId } : {}), timerSettings: this.timer.settings })
  }

  private findQuestion(quizId: string, questionId: string) {
    return this.options.content.quizzes.find(q => q.id === quizId)?.questions.find(q => q.id === questionId)
  }

  private answersTo(key: string, round?: 2): Map<string, StoredMark> {
    const rounds = round === 2 ? this.secondAnswers : this.answers
    let answers = rounds.get(key)
    if (!answers) {
      answers = new Map()
      rounds.set(key, answers)
    }
    return answers
  }

  private submissionKey(participantId: string, questionId: string, submissionId: string): string {
    return `${participantId}\n${questionId}\n${submissionId}`
  }
}
