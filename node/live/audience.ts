// The room's audience voice: questions to the lecturer with upvotes, and the "too fast / lost me" pace signal.
// Storage first, as for answers: a question, a vote or a lecturer's mark changes the room only once the store has
// it. The rules and each role's view are in logic/live/audience.ts; this class keeps them in memory and sends them:
// students the visible questions (never a held or hidden one of someone else), the lecturer everything and the pace
// gauge, the projector only the question put on it. Pace signals are not stored: they count for a minute only.
import type { AudienceQuestion } from '../../logic/live/audience.ts'
import type { WordFilter } from '../../logic/live/moderation.ts'
import type { QaControl } from '../../logic/live/protocol.ts'
import type { Connection } from './room.ts'
import type { LiveStore, SessionSnapshot } from './store.ts'
import { randomBytes } from 'node:crypto'
import { applyQaAction, cleanQuestionText, lecturerQuestions, ownQuestions, projectorQuestion, sharedQuestions, sortQuestions, vote } from '../../logic/live/audience.ts'
import { matchedWords } from '../../logic/live/moderation.ts'
import { paceGauge, PaceSignals } from '../../logic/live/pace.ts'
import { KeyedBuckets } from './rate-limit.ts'

/** How often at most the lecturer's and projector's Q&A views go out while questions and votes arrive. */
const QA_UPDATE_MS = 200
/** How often at most every student's list goes out (it goes to the whole class; the asker is acknowledged at once). */
const STUDENT_UPDATE_MS = 1000
/** The most questions a session takes (every student's page lists the visible ones). */
export const MAX_AUDIENCE_QUESTIONS = 500
/** Questions per student: three at once, then one every 20 s. */
const ASKS = { capacity: 3, perSecond: 1 / 20 }

type Entry = Omit<AudienceQuestion, 'voters'> & { voters: Set<string> }

/** What the audience needs of its room. */
export interface AudienceHost {
  store: LiveStore
  sessionId: string
  filter: WordFilter
  now: () => number
  connections: () => Iterable<Connection>
  /** Participants with at least one connection open. */
  connectedCount: () => number
  /** A participant's display name, while they are in the session. */
  nameOf: (participantId: string) => string | undefined
  storageFailed: (connection: Connection, what: string, error: unknown) => void
}

export class Audience {
  private readonly questions = new Map<string, Entry>()
  private readonly pace = new PaceSignals()
  private readonly asks: KeyedBuckets
  private update: NodeJS.Timeout | undefined
  private studentUpdate: NodeJS.Timeout | undefined
  private paceExpiry: NodeJS.Timeout | undefined
  private lastPace = ''
  private lastProjected = ''
  private lastLecturer = ''
  /** The students' lists are out of date, and when they last went out. */
  private studentsDue = false
  private studentsSentAt = Number.NEGATIVE_INFINITY

  constructor(private readonly host: AudienceHost) {
    this.asks = new KeyedBuckets(ASKS, host.now)
  }

  /** Rebuilds the questions and upvotes of a resumed session (removed participants' ones left out). */
  load(snapshot: SessionSnapshot): void {
    for (const q of snapshot.audienceQuestions ?? []) {
      const name = this.host.nameOf(q.participantId)
      if (name === undefined)
        continue
      this.questions.set(q.id, { id: q.id, participantId: q.participantId, text: q.text, ...(q.showName ? { name } : {}), askedAt: q.askedAt, status: q.status, answered: q.answered, projected: q.projected, matched: q.matched, voters: new Set() })
    }
    for (const v of snapshot.votes ?? []) {
      if (this.host.nameOf(v.participantId) !== undefined)
        this.questions.get(v.questionId)?.voters.add(v.participantId)
    }
  }

  private refuse(connection: Connection, message: string): void {
    connection.send({ type: 'error', code: 'question-refused', message })
  }

  async ask(connection: Connection, participantId: string, raw: string, showName: boolean): Promise<void> {
    const cleaned = cleanQuestionText(raw)
    if (!cleaned.ok)
      return this.refuse(connection, cleaned.message)
    if (this.questions.size >= MAX_AUDIENCE_QUESTIONS)
      return this.refuse(connection, `This session has taken ${MAX_AUDIENCE_QUESTIONS} questions, the most it can: ask yours aloud.`)
    if (!this.asks.take(participantId))
      return this.refuse(connection, 'You have sent several questions just now: you can send another in about 20 seconds.')
    const matched = matchedWords(cleaned.text, this.host.filter)
    const entry: Entry = { id: randomBytes(6).toString('hex'), participantId, text: cleaned.text, askedAt: this.host.now(), status: matched.length ? 'held' : 'visible', answered: false, projected: false, matched, voters: new Set() }
    const name = this.host.nameOf(participantId)
    if (showName && name !== undefined)
      entry.name = name
    try {
      await this.host.store.addAudienceQuestion(this.host.sessionId, { ...entry, showName: entry.name !== undefined, matched: [...matched] })
    }
    catch (error) {
      return this.host.storageFailed(connection, 'Your question', error)
    }
    if (this.host.nameOf(participantId) === undefined)
      return
    this.questions.set(entry.id, entry)
    connection.send({ type: 'asked', id: entry.id, held: entry.status === 'held' })
    this.schedule()
  }

  async vote(connection: Connection, participantId: string, questionId: string, up: boolean): Promise<void> {
    const question = this.questions.get(questionId)
    const checked = question ? vote(question, participantId, up) : { ok: false as const, message: 'There is no such question.' }
    if (!checked.ok)
      return this.refuse(connection, checked.message)
    if (!checked.changed)
      return
    try {
      await this.host.store.saveVote(this.host.sessionId, { questionId, participantId }, up, this.host.now())
    }
    catch (error) {
      return this.host.storageFailed(connection, 'Your upvote', error)
    }
    const now = this.questions.get(questionId)
    if (!now || this.host.nameOf(participantId) === undefined)
      return
    if (up)
      now.voters.add(participantId)
    else
      now.voters.delete(participantId)
    this.schedule()
  }

  async control(connection: Connection, control: QaControl): Promise<void> {
    const question = this.questions.get(control.questionId)
    if (!question)
      return this.refuse(connection, 'There is no such question.')
    const next = applyQaAction(question, control.action)
    if (!next.ok)
      return this.refuse(connection, next.message)
    const { status, answered, projected } = next.question
    try {
      await this.host.store.updateAudienceQuestion(this.host.sessionId, question.id, { status, answered, projected })
    }
    catch (error) {
      return this.host.storageFailed(connection, `"${control.action}"`, error)
    }
    if (projected) {
      for (const other of this.questions.values())
        other.projected = false
    }
    Object.assign(question, { status, answered, projected })
    this.schedule()
  }

  /** A student's "too fast / lost me": counted at most once every 30 s; told when it counts again. */
  signalPace(connection: Connection, participantId: string): void {
    const now = this.host.now()
    const result = this.pace.signal(participantId, now)
    connection.send({ type: 'pace-ack', counted: result.ok, waitSeconds: Math.ceil((result.ok ? 30_000 : result.waitMs) / 1000) })
    if (result.ok)
      this.sendPace()
  }

  /** A connection that has just said hello gets its role's view of the Q&A. */
  welcome(connection: Connection): void {
    const sorted = sortQuestions(this.questions.values())
    if (connection.role === 'student' && connection.participantId)
      connection.send({ type: 'questions', questions: sharedQuestions(sorted), ...ownQuestions(sorted, connection.participantId) })
    else if (connection.role === 'lecturer')
      this.sendLecturer(connection, sorted)
    else if (connection.role === 'projector')
      connection.send(projectorQuestion(sorted))
  }

  private sendLecturer(connection: Connection, sorted: readonly AudienceQuestion[]): void {
    connection.send({ type: 'lecturer-questions', questions: lecturerQuestions(sorted) })
    connection.send({ type: 'lecturer-pace', ...paceGauge(this.pace.count(this.host.now()), this.host.connectedCount()) })
  }

  /** A removed participant's questions, upvotes and signal leave the room (they stay on disk). */
  removeParticipant(participantId: string): void {
    for (const [id, q] of this.questions) {
      if (q.participantId === participantId)
        this.questions.delete(id)
      else
        q.voters.delete(participantId)
    }
    this.pace.forget(participantId)
    this.schedule()
  }

  /** The pace gauge to the lecturer, when it changed (signals, the minute sliding on, students coming and going). */
  sendPace(): void {
    const now = this.host.now()
    const text = JSON.stringify({ type: 'lecturer-pace', ...paceGauge(this.pace.count(now), this.host.connectedCount()) })
    clearTimeout(this.paceExpiry)
    const expiry = this.pace.nextExpiry(now)
    this.paceExpiry = expiry === undefined ? undefined : setTimeout(() => this.sendPace(), expiry - now + 5)
    if (text === this.lastPace)
      return
    this.lastPace = text
    for (const c of this.host.connections()) {
      if (c.role === 'lecturer')
        c.sendText(text)
    }
  }

  private schedule(): void {
    this.studentsDue = true
    this.update ??= setTimeout(() => this.broadcast(), QA_UPDATE_MS)
  }

  /**
   * Every role's Q&A view, each only when it changed: the lecturer's and the projector's now, the students'
   * at most every STUDENT_UPDATE_MS (the shared list serialised once, each student's own part added to it).
   */
  private broadcast(): void {
    this.update = undefined
    const now = this.host.now()
    const sorted = sortQuestions(this.questions.values())
    const lecturer = JSON.stringify({ type: 'lecturer-questions', questions: lecturerQuestions(sorted) })
    const projector = JSON.stringify(projectorQuestion(sorted))
    const lecturerChanged = lecturer !== this.lastLecturer
    const projectorChanged = projector !== this.lastProjected
    this.lastLecturer = lecturer
    this.lastProjected = projector
    const students = this.studentsDue && now - this.studentsSentAt >= STUDENT_UPDATE_MS
    if (students) {
      this.studentsDue = false
      this.studentsSentAt = now
    }
    else if (this.studentsDue) {
      this.studentUpdate ??= setTimeout(() => {
        this.studentUpdate = undefined
        this.broadcast()
      }, STUDENT_UPDATE_MS - (now - this.studentsSentAt))
    }
    const shared = students ? `{"type":"questions","questions":${JSON.stringify(sharedQuestions(sorted))},` : ''
    const owners = new Set(sorted.flatMap(q => [q.participantId, ...q.voters]))
    const plain = `${shared}${JSON.stringify(ownQuestions([], '')).slice(1)}`
    for (const c of this.host.connections()) {
      if (c.role === 'student' && c.participantId && students)
        c.sendText(owners.has(c.participantId) ? `${shared}${JSON.stringify(ownQuestions(sorted, c.participantId)).slice(1)}` : plain)
      else if (c.role === 'lecturer' && lecturerChanged)
        c.sendText(lecturer)
      else if (c.role === 'projector' && projectorChanged)
        c.sendText(projector)
    }
  }

  stop(): void {
    clearTimeout(this.update)
    clearTimeout(this.studentUpdate)
    clearTimeout(this.paceExpiry)
    this.update = undefined
    this.studentUpdate = undefined
    this.paceExpiry = undefined
  }
}
