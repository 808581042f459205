// The live countdown over real WebSockets on 127.0.0.1, ports 4160–4165 and 4167: it closes the question on time (within 1 s
// of its deadline) and answers after zero are refused; +30 s and stop; auto-reveal; "close when everyone connected has
// answered"; scores never depend on speed; a deadline survives a restart (and one that passed while the server was
// down closes the question on resume); only the lecturer may set it.
import type { LiveServer } from '../../node/live/server.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { questionKey } from '../../logic/live/protocol.ts'
import { openSqliteStore } from '../../node/live/sqlite-store.ts'
import { content, joinLecturer, joinStudent, startServer, tempSite, TestClient } from './helpers.ts'

const quiz = content.quizzes.find(q => q.id === 'blackberry-pakistan')!
const first = quiz.questions.find(q => q.kind === 'single')!
if (first.kind !== 'single')
  throw new Error('the fixture quiz needs a single-choice question')
const wrong = first.options.find(o => o.id !== first.answer)!.id
const openFirst = { type: 'control', action: 'open', quizId: quiz.id, questionId: first.id }

const cleanup: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse())
    await step()
})

async function serve(port: number, site = tempSite(), sessionId?: string): Promise<{ server: LiveServer, lecturer: TestClient, site: ReturnType<typeof tempSite> }> {
  if (!sessionId)
    cleanup.push(() => site.remove())
  const server = await startServer(port, site, sessionId ? { sessionId } : {})
  let closed = false
  const close = async () => {
    if (!closed)
      await server.close()
    closed = true
  }
  cleanup.push(close)
  const lecturer = await joinLecturer(server.url, server.token)
  cleanup.push(() => lecturer.socket.terminate())
  return { server: { ...server, close }, lecturer, site }
}

async function student(server: LiveServer, name: string) {
  const joined = await joinStudent(server.url, name)
  cleanup.push(() => joined.client.socket.terminate())
  return joined.client
}

async function scores(server: LiveServer): Promise<Record<string, number | undefined>> {
  const response = await fetch(`${server.url}/live/api/results`, { headers: { authorization: `Bearer ${server.token}` } })
  const body = await response.json() as { participants: Array<{ name: string, scores: Record<string, number> }> }
  return Object.fromEntries(body.participants.map(p => [p.name, p.scores[questionKey(quiz.id, first.id)]]))
}

async function opened(lecturer: TestClient) {
  lecturer.send(openFirst)
  return lecturer.next('lecturer-state', s => s.phase === 'open')
}

describe('the countdown over WebSockets', () => {
  it('closes the question within 1 s of its deadline, on every screen; answers after zero are refused; scores do not depend on speed', async () => {
    const { server, lecturer, site } = await serve(4160)
    const ann = await student(server, 'Ann')
    const bob = await student(server, 'Bob')
    const cat = await student(server, 'Cat')
    await opened(lecturer)
    lecturer.send({ type: 'timer', action: 'start', seconds: 5 })
    const started = await lecturer.next('lecturer-state', s => !!s.timer)
    const { deadline, totalMs, serverNow } = started.timer!
    expect(totalMs).toBe(5000)
    expect(deadline - serverNow).toBeGreaterThan(4500)
    // Every screen gets the deadline (to count down from, with the server's clock), not a count of its own.
    expect((await ann.next('state', s => !!s.timer)).timer!.deadline).toBe(deadline)

    // When the closed state reaches Cat's socket (timed as it arrives, not when the test gets round to it).
    let closedArrived = 0
    cat.socket.on('message', (data) => {
      if (!closedArrived && (JSON.parse(data.toString()) as { type: string, phase?: string }).phase === 'closed')
        closedArrived = Date.now()
    })

    // Ann answers at once, Bob a moment before zero: both right, the same score.
    ann.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'ann-fast' })
    await ann.next('ack')
    await new Promise(resolve => setTimeout(resolve, deadline - Date.now() - 600))
    bob.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'bob-late' })
    await bob.next('ack')

    const closedForCat = await cat.next('state', s => s.phase === 'closed', 8000)
    expect(closedForCat.timer?.deadline).toBe(deadline)
    // The server closed it (its stored event) and the student's socket heard it, each within 1 s of the deadline.
    const stored = openSqliteStore(site.dbPath, { readOnly: true })
    const closedEvent = (await stored.loadSession(server.sessionId))!.events.findLast(e => e.phase === 'closed')!
    await stored.close()
    const serverLate = closedEvent.at - deadline
    const screenLate = closedArrived - deadline
    expect(serverLate, `closed ${serverLate} ms after the deadline`).toBeGreaterThanOrEqual(0)
    expect(serverLate, `closed ${serverLate} ms after the deadline`).toBeLessThan(1000)
    expect(screenLate, `on a student's screen ${screenLate} ms after the deadline`).toBeLessThan(1000)
    console.warn(`[timer] 5 s countdown: closed by the server ${serverLate} ms after the deadline, on a student's socket ${screenLate} ms after it`)
    const lecturerClosed = await lecturer.next('lecturer-state', s => s.phase === 'closed')
    expect(lecturerClosed.timer?.deadline).toBe(deadline)

    cat.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'cat-too-late' })
    expect(await cat.next('error')).toMatchObject({ code: 'not-open' })

    expect(await scores(server)).toEqual({ Ann: first.points, Bob: first.points, Cat: undefined })
  })

  it('+30 s moves the deadline and stop ends the countdown without closing; auto-reveal reveals at zero', async () => {
    const { server, lecturer } = await serve(4161)
    await student(server, 'Ann')
    await opened(lecturer)
    lecturer.send({ type: 'timer', action: 'start', seconds: 60 })
    const { deadline } = (await lecturer.next('lecturer-state', s => !!s.timer)).timer!
    lecturer.send({ type: 'timer', action: 'extend' })
    expect((await lecturer.next('lecturer-state', s => s.timer?.deadline !== deadline)).timer!.deadline).toBe(deadline + 30_000)
    lecturer.send({ type: 'timer', action: 'stop' })
    const stopped = await lecturer.next('lecturer-state', s => !s.timer)
    expect(stopped.phase).toBe('open')
    lecturer.send({ type: 'timer', action: 'extend' })
    expect(await lecturer.next('error')).toMatchObject({ code: 'not-open', message: 'No countdown is running.' })
    lecturer.send({ type: 'timer', action: 'start', seconds: 2 })
    expect(await lecturer.next('error')).toMatchObject({ code: 'bad-message' })

    lecturer.send({ type: 'timer', action: 'settings', autoReveal: true })
    expect((await lecturer.next('lecturer-state', s => s.timerSettings?.autoReveal === true)).phase).toBe('open')
    lecturer.send({ type: 'timer', action: 'start', seconds: 5 })
    await lecturer.next('lecturer-state', s => !!s.timer)
    const revealed = await lecturer.next('lecturer-state', s => s.phase === 'revealed', 8000)
    expect(revealed.revealed).toEqual([questionKey(quiz.id, first.id)])
  })

  it('closes when everyone connected has answered, if the lecturer turned that on', async () => {
    const { server, lecturer } = await serve(4162)
    const ann = await student(server, 'Ann')
    const bob = await student(server, 'Bob')
    lecturer.send({ type: 'timer', action: 'settings', closeWhenAllAnswered: true })
    await lecturer.next('lecturer-state', s => s.timerSettings?.closeWhenAllAnswered === true)
    await opened(lecturer)
    ann.send({ type: 'answer', questionId: first.id, answer: wrong, submissionId: 'ann-answer' })
    await ann.next('ack')
    expect((await lecturer.next('lecturer-state', s => s.answeredCount === 1)).phase).toBe('open')
    bob.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'bob-answer' })
    await bob.next('ack')
    expect((await bob.next('state', s => s.phase !== 'open')).phase).toBe('closed')
    expect((await lecturer.next('lecturer-state', s => s.phase === 'closed')).answeredCount).toBe(2)
  })

  it('a student who leaves without answering no longer holds the question open', async () => {
    const { server, lecturer } = await serve(4163)
    const ann = await student(server, 'Ann')
    const bob = await student(server, 'Bob')
    await opened(lecturer)
    lecturer.send({ type: 'timer', action: 'settings', closeWhenAllAnswered: true })
    ann.send({ type: 'answer', questionId: first.id, answer: wrong, submissionId: 'ann-answer' })
    await ann.next('ack')
    bob.socket.terminate()
    await lecturer.next('lecturer-state', s => s.phase === 'closed')
  })
})

describe('who may set the countdown', () => {
  it('only the lecturer: a student\'s or the projector\'s timer message is refused and changes nothing', async () => {
    const { server, lecturer } = await serve(4167)
    const ann = await student(server, 'Ann')
    const projector = await TestClient.connect(server.url)
    cleanup.push(() => projector.socket.terminate())
    projector.send({ type: 'hello', role: 'projector' })
    await projector.next('projector-state')
    await opened(lecturer)
    ann.send({ type: 'timer', action: 'start', seconds: 5 })
    expect(await ann.next('error')).toMatchObject({ code: 'unauthorised' })
    projector.send({ type: 'timer', action: 'settings', closeWhenAllAnswered: true })
    expect(await projector.next('error')).toMatchObject({ code: 'unauthorised' })
    lecturer.send({ type: 'ping' })
    await lecturer.next('pong')
    expect(server.room.timer).toEqual({ settings: { autoReveal: false, closeWhenAllAnswered: false } })
  })
})

describe('the countdown and a restart', () => {
  /** A server on `port` with a countdown of `seconds` on the open question, stopped: its site, session and deadline. */
  async function stoppedWithCountdown(port: number, seconds: number) {
    const { server, lecturer, site } = await serve(port)
    await opened(lecturer)
    lecturer.send({ type: 'timer', action: 'start', seconds })
    const { deadline } = (await lecturer.next('lecturer-state', s => !!s.timer)).timer!
    await server.close()
    return { site, sessionId: server.sessionId, deadline }
  }

  it('a deadline that passed while the server was down closes the question on resume', async () => {
    const { site, sessionId, deadline } = await stoppedWithCountdown(4164, 5)
    await new Promise(resolve => setTimeout(resolve, deadline - Date.now() + 200))
    const again = await serve(4164, site, sessionId)
    expect(again.lecturer.messages.findLast(m => m.type === 'lecturer-state')).toMatchObject({ phase: 'closed', timer: { deadline } })
  })

  it('a deadline still ahead survives the restart and closes the question on time', async () => {
    const { site, sessionId, deadline } = await stoppedWithCountdown(4165, 6)
    const again = await serve(4165, site, sessionId)
    const resumed = again.lecturer.messages.findLast(m => m.type === 'lecturer-state')
    expect(resumed).toMatchObject({ phase: 'open', timer: { deadline } })
    const ann = await student(again.server, 'Ann')
    ann.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'ann-after-restart' })
    await ann.next('ack')
    await again.lecturer.next('lecturer-state', s => s.phase === 'closed', 10_000)
    const late = Date.now() - deadline
    expect(Math.abs(late), `closed ${late} ms after the deadline`).toBeLessThan(1000)
  })
})
