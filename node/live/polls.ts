// The room's poll channel, beside the question phases: the lecturer opens a poll over whatever is on screen,
// closes it, shows its results on the projector and hides them; students answer while it is open. Storage first,
// as for answers: a control or an answer changes the room only once the store has it. The rules are in
// logic/live/poll-session.ts; this class keeps the runs and answers in memory and sends each role its view:
// students the open poll and their own answer, the lecturer everything (held and hidden entries too), the
// projector the prompt while open and the moderated results only once shown. Poll answers are never marked.
import type { Content } from '../../logic/content/compile.ts'
import type { Poll } from '../../logic/content/polls.ts'
import type { WordFilter } from '../../logic/live/moderation.ts'
import type { PollRoomResult } from '../../logic/live/poll-room.ts'
import type { PollEvent, PollRun, PollSessionState } from '../../logic/live/poll-session.ts'
import type { LecturerPoll, PollAnswerMessage, PollCatalogue, PollControl, ProjectorPoll, StudentPoll } from '../../logic/live/protocol.ts'
import type { Connection } from './room.ts'
import type { LiveStore, SessionSnapshot } from './store.ts'
import { randomBytes } from 'node:crypto'
import { pollRoom } from '../../logic/live/poll-room.ts'
import { applyPollEvent, checkPollAnswer, currentRun, initialPollState, openEvent, pollEntries, pollSessionRows, projectorTally, replayPollEvents, runMovement } from '../../logic/live/poll-session.ts'
import { tallyPoll } from '../../logic/polls/tally.ts'
import { KeyedBuckets } from './rate-limit.ts'

/** How often at most the lecturer's and projector's poll views go out while answers arrive. */
const POLL_UPDATE_MS = 200
/** Poll answers per student: a few changes at once, then one a second. */
const ANSWERS = { capacity: 5, perSecond: 1 }

/** What the polls need of their room. */
export interface PollHost {
  store: LiveStore
  sessionId: string
  filter: WordFilter
  /** Every poll the lecturer may open: the poll files' and the "Ask:" prompts', by id. */
  polls: ReadonlyMap<string, Poll>
  catalogue: PollCatalogue
  now: () => number
  connections: () => Iterable<Connection>
  /** A participant's display name, while they are in the session. */
  nameOf: (participantId: string) => string | undefined
  storageFailed: (connection: Connection, what: string, error: unknown) => void
}

export class LivePolls {
  private state: PollSessionState = initialPollState()
  /** run id → participant id → answer (as read). */
  private readonly answers = new Map<string, Map<string, unknown>>()
  private readonly limits: KeyedBuckets
  /** The control being stored: answers wait for it, so none lands on a poll that has just closed. */
  private changing: Promise<void> = Promise.resolve()
  private update: NodeJS.Timeout | undefined
  private lastProjector = ''

  constructor(private readonly host: PollHost) {
    this.limits = new KeyedBuckets(ANSWERS, host.now)
  }

  /** Rebuilds the runs and answers of a resumed session (removed participants' answers left out). */
  load(snapshot: SessionSnapshot): void {
    this.state = replayPollEvents(snapshot.pollEvents ?? [])
    for (const a of snapshot.pollAnswers ?? []) {
      if (this.host.nameOf(a.participantId) !== undefined)
        this.answersOf(a.runId).set(a.participantId, a.answer)
    }
  }

  handle(connection: Connection, message: PollControl | PollAnswerMessage): Promise<void> {
    if (message.type === 'poll') {
      if (connection.role !== 'lecturer') {
        this.refuse(connection, 'Only the lecturer may run polls.')
        return Promise.resolve()
      }
      const done = this.changing.then(() => this.control(connection, message))
      this.changing = done.catch(() => {})
      return done
    }
    const participantId = connection.role === 'student' ? connection.participantId : undefined
    if (!participantId || this.host.nameOf(participantId) === undefined) {
      this.refuse(connection, 'Only a student in this session may answer a poll.')
      return Promise.resolve()
    }
    return this.answer(connection, participantId, message.runId, message.answer)
  }

  private refuse(connection: Connection, message: string): void {
    connection.send({ type: 'error', code: 'poll-refused', message })
  }

  private async control(connection: Connection, control: PollControl): Promise<void> {
    let event: PollEvent
    if (control.action === 'open') {
      const opened = openEvent(this.state, this.host.polls.get(control.pollId), control.label, randomBytes(6).toString('hex'))
      if (!opened.ok)
        return this.refuse(connection, opened.message)
      event = opened.event
    }
    else {
      event = control.action === 'hide-entry' || control.action === 'release-entry' ? { action: control.action, runId: control.runId, key: control.key } : { action: control.action }
    }
    const next = applyPollEvent(this.state, event)
    if (!next.ok)
      return this.refuse(connection, next.message)
    try {
      await this.host.store.recordPollEvent(this.host.sessionId, event, this.host.now())
    }
    catch (error) {
      return this.host.storageFailed(connection, `The poll's "${control.action}"`, error)
    }
    this.state = next.state
    if (event.action === 'hide-entry' || event.action === 'release-entry')
      return this.sendRoomViews()
    this.broadcast()
  }

  private async answer(connection: Connection, participantId: string, runId: string, raw: unknown): Promise<void> {
    await this.changing
    const run = currentRun(this.state)
    const checked = checkPollAnswer(this.state, run && this.host.polls.get(run.pollId), runId, raw)
    if (!checked.ok)
      return this.refuse(connection, checked.message)
    if (!this.limits.take(participantId))
      return this.refuse(connection, 'You have changed your answer several times just now: wait a second and send it again.')
    try {
      await this.host.store.savePollAnswer(this.host.sessionId, { runId, participantId, answer: checked.value, answeredAt: this.host.now() })
    }
    catch (error) {
      return this.host.storageFailed(connection, 'Your poll answer', error)
    }
    if (this.host.nameOf(participantId) === undefined)
      return
    this.answersOf(runId).set(participantId, checked.value)
    // The student's phones and tabs learn it is stored (that is the acknowledgement).
    const own = JSON.stringify(this.studentView(participantId))
    for (const c of this.host.connections()) {
      if (c.participantId === participantId)
        c.sendText(own)
    }
    this.schedule()
  }

  /** A connection that has just said hello gets its role's view of the polls. */
  welcome(connection: Connection): void {
    if (connection.role === 'student' && connection.participantId) {
      connection.send(this.studentView(connection.participantId))
    }
    else if (connection.role === 'lecturer') {
      connection.send(this.host.catalogue)
      connection.send(this.lecturerView())
    }
    else if (connection.role === 'projector') {
      connection.send(this.projectorView())
    }
  }

  /** A removed participant's poll answers leave the room (they stay on disk). */
  removeParticipant(participantId: string): void {
    for (const answers of this.answers.values())
      answers.delete(participantId)
    this.schedule()
  }

  /** Every run's results as CSV rows (held and hidden entries left out). */
  csvRows(): Array<Array<string | number | null>> {
    return pollSessionRows(this.state, this.host.polls, runId => this.answersOf(runId), this.host.filter)
  }

  /** A scale's before and after runs as the deck's scale slides show them (no tally while a run is open). */
  room(pollId: string): PollRoomResult {
    return pollRoom(this.state, this.host.polls.get(pollId), runId => this.answers.get(runId) ?? new Map())
  }

  private answersOf(runId: string): Map<string, unknown> {
    let answers = this.answers.get(runId)
    if (!answers) {
      answers = new Map()
      this.answers.set(runId, answers)
    }
    return answers
  }

  private open(): { run: PollRun & { status: string }, poll: Poll } | undefined {
    const run = currentRun(this.state)
    const poll = run && this.host.polls.get(run.pollId)
    return run && poll ? { run, poll } : undefined
  }

  private studentView(participantId: string): StudentPoll {
    const current = this.open()
    if (!current || current.run.status !== 'open')
      return { type: 'student-poll' }
    const answer = this.answers.get(current.run.id)?.get(participantId)
    return { type: 'student-poll', poll: current.poll, runId: current.run.id, ...(current.run.label ? { label: current.run.label } : {}), ...(answer === undefined ? {} : { answer }) }
  }

  private projectorView(): ProjectorPoll {
    const current = this.open()
    if (!current || current.run.status === 'closed')
      return { type: 'projector-poll', answered: 0 }
    const { run, poll } = current
    const answers = this.answersOf(run.id)
    const base = { type: 'projector-poll' as const, poll, ...(run.label ? { label: run.label } : {}), answered: answers.size }
    if (run.status === 'open')
      return { ...base, status: 'open' }
    const movement = runMovement(poll, this.state, run, id => this.answersOf(id))
    const tally = projectorTally(poll, answers, pollEntries(poll, answers, this.state.moderation[run.id], this.host.filter))
    return { ...base, status: 'shown', tally, ...(movement ? { movement } : {}) }
  }

  private lecturerView(): LecturerPoll {
    const runs = this.state.runs.map(r => ({ runId: r.id, pollId: r.pollId, ...(r.label ? { label: r.label } : {}), answered: this.answers.get(r.id)?.size ?? 0 }))
    const current = this.open()
    if (!current)
      return { type: 'lecturer-poll', runs }
    const { run, poll } = current
    const answers = this.answersOf(run.id)
    const movement = runMovement(poll, this.state, run, id => this.answersOf(id))
    return {
      type: 'lecturer-poll',
      runs,
      current: {
        runId: run.id,
        poll,
        ...(run.label ? { label: run.label } : {}),
        status: this.state.current!.status,
        answered: answers.size,
        tally: tallyPoll(poll, [...answers.values()]),
        entries: pollEntries(poll, answers, this.state.moderation[run.id], this.host.filter),
        ...(movement ? { movement } : {}),
      },
    }
  }

  private schedule(): void {
    this.update ??= setTimeout(() => this.sendRoomViews(), POLL_UPDATE_MS)
  }

  /** Every role's view after a control: students who have not answered the open run share one text. */
  private broadcast(): void {
    let shared: string | undefined
    const runId = this.state.current?.runId
    for (const c of this.host.connections()) {
      if (c.role !== 'student' || !c.participantId)
        continue
      if (runId && this.answers.get(runId)?.has(c.participantId))
        c.send(this.studentView(c.participantId))
      else
        c.sendText(shared ??= JSON.stringify(this.studentView(c.participantId)))
    }
    this.sendRoomViews()
  }

  /** The lecturer's view, and the projector's when it changed. */
  private sendRoomViews(): void {
    clearTimeout(this.update)
    this.update = undefined
    const lecturer = JSON.stringify(this.lecturerView())
    const projector = JSON.stringify(this.projectorView())
    const projectorChanged = projector !== this.lastProjector
    this.lastProjector = projector
    for (const c of this.host.connections()) {
      if (c.role === 'lecturer')
        c.sendText(lecturer)
      else if (c.role === 'projector' && projectorChanged)
        c.sendText(projector)
    }
  }

  stop(): void {
    clearTimeout(this.update)
    this.update = undefined
  }
}

/** Every poll the lecturer may open, by id, and the list the control page shows (poll files first, then the notes' "Ask:" prompts by slide). */
export function pollsOf(content: Pick<Content, 'polls' | 'asks'>): { polls: Map<string, Poll>, catalogue: PollCatalogue } {
  const polls = new Map<string, Poll>()
  for (const poll of [...content.polls, ...content.asks.map(a => a.poll)])
    polls.set(poll.id, poll)
  return {
    polls,
    catalogue: {
      type: 'poll-catalogue',
      polls: content.polls.map(({ id, kind, prompt }) => ({ id, kind, prompt })),
      asks: content.asks.map(({ prompt, poll }) => ({ id: prompt.id, text: prompt.text, aside: prompt.aside, slide: prompt.slide, slideTitle: prompt.slideTitle, pollId: poll.id, kind: poll.kind })),
    },
  }
}
