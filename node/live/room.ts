// One live session in memory, backed by a LiveStore: who is here, the answers, the phase; it handles each validated message and sends every role its own view.
import type { Content } from '../../logic/content/compile.ts'
import type { ClientMessage, ErrorCode, Hello, InfoResponse, ResultsResponse, Role, ServerMessage } from '../../logic/live/protocol.ts'
import type { AskedQuestion } from '../../logic/live/results.ts'
import type { SessionState } from '../../logic/live/session.ts'
import type { MarkedAnswer } from '../../logic/live/stats.ts'
import type { LiveStore } from './store.ts'
import { randomBytes } from 'node:crypto'
import * as v from 'valibot'
import { kindOf } from '../../logic/kinds/registry.ts'
import { questionKey } from '../../logic/live/protocol.ts'
import { buildResults } from '../../logic/live/results.ts'
import { applyControl, checkAnswer, hasQuestion, mayReceive, replayEvents } from '../../logic/live/session.ts'
import { currentQuestion, lecturerView, projectorView, quizOutlines, studentView } from '../../logic/live/views.ts'
import { markAnswer } from '../../logic/marking/attempt.ts'
import { sha256 } from './token.ts'

/** One client connection, as the room sees it. */
export interface Connection {
  role?: Role
  participantId?: string
  send: (message: ServerMessage) => void
  /** Sends a message already serialised (one JSON text shared by many connections). */
  sendText: (text: string) => void
  close: (code: number, reason: string) => void
}

interface Participant {
  id: string
  name: string
  /** Resolves once the participant is on disk. */
  saved: Promise<void>
}

interface StoredMark extends MarkedAnswer {
  submissionId: string
}

/** How often at most the lecturer and projector get a fresh view while answers pour in. */
const ROOM_UPDATE_MS = 150

export interface RoomOptions {
  store: LiveStore
  content: Content
  sessionId: string
  joinUrl: () => string
  checkToken: (token: unknown) => boolean
  now?: () => number
}

export class LiveRoom {
  state: SessionState = { phase: 'lobby' }
  private asked: AskedQuestion[] = []
  private readonly participants = new Map<string, Participant>()
  private readonly byClientHash = new Map<string, Participant>()
  /** questionKey → participant id → answer. */
  private readonly answers = new Map<string, Map<string, StoredMark>>()
  /** `participant \n questionId \n submissionId` of every answer acknowledged (or being written). */
  private readonly submissions = new Map<string, Promise<void>>()
  private readonly connections = new Set<Connection>()
  /** participant id → that participant's open connections (a phone and a laptop, two tabs …). */
  private readonly byParticipant = new Map<string, Set<Connection>>()
  private readonly questionIds: Set<string>
  private roomUpdate: NodeJS.Timeout | undefined
  private readonly now: () => number

  private constructor(private readonly options: RoomOptions) {
    this.now = options.now ?? Date.now
    this.questionIds = new Set(options.content.quizzes.flatMap(q => q.questions.map(question => question.id)))
  }

  get sessionId(): string {
    return this.options.sessionId
  }

  /** Opens a session: resumes it from the store when it exists, else creates it. */
  static async open(options: RoomOptions): Promise<LiveRoom> {
    const resumed = await LiveRoom.resume(options)
    if (resumed)
      return resumed
    const room = new LiveRoom(options)
    await options.store.createSession(options.sessionId, room.now())
    return room
  }

  /** Resumes a stored session; undefined when the store has none by that id. */
  static async resume(options: RoomOptions): Promise<LiveRoom | undefined> {
    const snapshot = await options.store.loadSession(options.sessionId)
    if (!snapshot)
      return undefined
    const room = new LiveRoom(options)
    const { state, asked } = replayEvents(snapshot.events)
    room.state = state
    room.asked = asked
    for (const p of snapshot.participants) {
      const participant = { id: p.id, name: p.name, saved: Promise.resolve() }
      room.participants.set(p.id, participant)
      room.byClientHash.set(p.clientHash, participant)
    }
    for (const a of snapshot.answers) {
      const question = room.findQuestion(a.quizId, a.questionId)
      if (!question)
        continue
      room.answersTo(questionKey(a.quizId, a.questionId)).set(a.participantId, { answer: a.answer, mark: markAnswer(question, a.answer), submissionId: a.submissionId })
      room.submissions.set(room.submissionKey(a.participantId, a.questionId, a.submissionId), Promise.resolve())
    }
    return room
  }

  info(): InfoResponse {
    return { joinUrl: this.options.joinUrl(), sessionId: this.sessionId, phase: this.state.phase }
  }

  results(): ResultsResponse {
    const participants = Array.from(this.participants.values(), ({ id, name }) => ({ id, name }))
    return buildResults(this.sessionId, this.options.content.quizzes, this.asked, participants, this.answers)
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
    }
  }

  /** Handles one validated message from a connection. */
  async handle(connection: Connection, message: ClientMessage): Promise<void> {
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
    }
  }

  private refuse(connection: Connection, code: ErrorCode, message: string): void {
    connection.send({ type: 'error', code, message })
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
      return
    }
    const clientHash = sha256(hello.clientId).toString('hex')
    let participant = this.byClientHash.get(clientHash)
    if (!participant) {
      if (!hello.name)
        return this.refuse(connection, 'name-required', 'Please enter your name to join.')
      const id = randomBytes(6).toString('hex')
      const saved = this.options.store.addParticipant(this.sessionId, { id, clientHash, name: hello.name, joinedAt: this.now() })
      participant = { id, name: hello.name, saved }
      this.participants.set(id, participant)
      this.byClientHash.set(clientHash, participant)
      // Not on disk, so not in the session: the next hello tries again.
      saved.catch(() => {
        this.participants.delete(id)
        this.byClientHash.delete(clientHash)
      })
    }
    await participant.saved
    connection.role = 'student'
    connection.participantId = participant.id
    const own = this.byParticipant.get(participant.id) ?? new Set()
    own.add(connection)
    this.byParticipant.set(participant.id, own)
    connection.send({ type: 'welcome', role: 'student', sessionId: this.sessionId, participant: { id: participant.id, name: participant.name } })
    connection.send(this.studentState(participant.id))
    this.scheduleRoomUpdate()
  }

  private async answer(connection: Connection, questionId: string, answer: unknown, submissionId: string): Promise<void> {
    const participantId = connection.participantId!
    const key = this.submissionKey(participantId, questionId, submissionId)
    const known = this.submissions.get(key)
    if (known) {
      // A replay (e.g. after a reconnect): acknowledge again, write nothing.
      try {
        await known
      }
      catch {
        return this.refuse(connection, 'bad-message', 'Your answer could not be saved. Please send it again.')
      }
      return connection.send({ type: 'ack', questionId, submissionId })
    }
    const allowed = checkAnswer(this.state, questionId, id => this.questionIds.has(id))
    if (!allowed.ok)
      return this.refuse(connection, allowed.code, allowed.message)
    const current = currentQuestion(this.state, this.options.content.quizzes)!
    const parsed = v.safeParse(kindOf(current.question).answerSchema, answer)
    if (!parsed.success)
      return this.refuse(connection, 'bad-message', 'That answer does not fit this question.')
    const mark = markAnswer(current.question, parsed.output)
    const qKey = questionKey(current.quiz.id, questionId)
    const answers = this.answersTo(qKey)
    const previous = answers.get(participantId)
    answers.set(participantId, { answer: parsed.output, mark, submissionId })
    const saved = this.options.store.saveAnswer(this.sessionId, {
      participantId,
      quizId: current.quiz.id,
      questionId,
      answer: parsed.output,
      submissionId,
      score: mark.score,
      max: mark.max,
      answeredAt: this.now(),
    })
    this.submissions.set(key, saved)
    this.scheduleRoomUpdate()
    try {
      await saved
    }
    catch {
      this.submissions.delete(key)
      if (answers.get(participantId)?.submissionId === submissionId) {
        if (previous)
          answers.set(participantId, previous)
        else
          answers.delete(participantId)
      }
      return this.refuse(connection, 'bad-message', 'Your answer could not be saved. Please send it again.')
    }
    connection.send({ type: 'ack', questionId, submissionId })
    this.sendToOtherDevices(connection, participantId)
  }

  private async control(connection: Connection, control: Extract<ClientMessage, { type: 'control' }>): Promise<void> {
    const next = applyControl(this.state, control, this.options.content.quizzes)
    if (!next.ok)
      return this.refuse(connection, next.code, next.message)
    this.state = next.state
    const { phase, quizId, questionId } = next.state
    if (phase === 'open' && quizId && questionId && !this.asked.some(a => a.quizId === quizId && a.questionId === questionId))
      this.asked.push({ quizId, questionId })
    await this.options.store.recordEvent(this.sessionId, { phase, at: this.now(), ...(quizId && questionId ? { quizId, questionId } : {}) })
    this.broadcast()
  }

  /**
   * Every connection gets its own view now (after a phase change). Students who
   * have not answered the current question all get the same text, serialised once.
   */
  private broadcast(): void {
    const answers = this.currentAnswers()
    let unanswered: string | undefined
    for (const connection of this.connections) {
      if (connection.role !== 'student')
        continue
      const id = connection.participantId!
      if (answers?.has(id))
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
  }

  private current() {
    return currentQuestion(this.state, this.options.content.quizzes)
  }

  private currentAnswers(): Map<string, StoredMark> | undefined {
    const current = this.current()
    return current && this.answers.get(questionKey(current.quiz.id, current.question.id))
  }

  private studentState(participantId: string): ServerMessage {
    return studentView(this.state, this.current(), this.currentAnswers()?.get(participantId), this.options.content.sources)
  }

  private roomFacts() {
    return {
      answers: [...(this.currentAnswers()?.values() ?? [])],
      participantCount: this.participants.size,
      joinUrl: this.options.joinUrl(),
      sources: this.options.content.sources,
    }
  }

  private projectorState(): ServerMessage {
    return projectorView(this.state, this.current(), this.roomFacts())
  }

  private lecturerState(): ServerMessage {
    const answered = hasQuestion(this.state.phase) ? this.currentAnswers() : undefined
    const participants = Array.from(this.participants.values(), p => ({ id: p.id, name: p.name, connected: this.byParticipant.has(p.id), answered: answered?.has(p.id) ?? false }))
    return lecturerView(this.state, this.current(), { ...this.roomFacts(), participants, outlines: quizOutlines(this.options.content.quizzes) })
  }

  private findQuestion(quizId: string, questionId: string) {
    return this.options.content.quizzes.find(q => q.id === quizId)?.questions.find(q => q.id === questionId)
  }

  private answersTo(key: string): Map<string, StoredMark> {
    let answers = this.answers.get(key)
    if (!answers) {
      answers = new Map()
      this.answers.set(key, answers)
    }
    return answers
  }

  private submissionKey(participantId: string, questionId: string, submissionId: string): string {
    return `${participantId}\n${questionId}\n${submissionId}`
  }
}
