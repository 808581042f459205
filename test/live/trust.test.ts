// Issue 12, over real HTTP and WebSocket on 127.0.0.1 (each server on a free port): marks a lecturer can defend. A revealed
// question stays closed; storage first, then state; one writer per database; a missing --session is an error; one student
// cannot spoil the class; Origin and Host; names; nothing accepted is dropped when a noisy socket is closed.
import type { LiveServer, LiveServerOptions } from '../../node/live/server.ts'
import type { LiveStore } from '../../node/live/store.ts'
import type { TestClient } from './helpers.ts'
import { Buffer } from 'node:buffer'
import { rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { questionKey } from '../../logic/live/protocol.ts'
import { MAX_STRIKES } from '../../node/live/server.ts'
import { openSqliteStore } from '../../node/live/sqlite-store.ts'
import { TestClient as Client, content, joinLecturer, joinStudent, newClientId, startServer, tempSite } from './helpers.ts'

const quiz = content.quizzes.find(q => q.id === 'blackberry-pakistan')!
const singles = quiz.questions.filter(q => q.kind === 'single')
const [first, second] = singles
if (first?.kind !== 'single' || second?.kind !== 'single')
  throw new Error('the fixture quiz needs two single-choice questions')
const wrong = first.options.find(o => o.id !== first.answer)!.id

/** Servers and sites made by a test, closed after it. */
const cleanup: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse())
    await step()
})

async function serve(extra: Partial<LiveServerOptions> = {}, site = tempSite()): Promise<{ server: LiveServer, site: ReturnType<typeof tempSite>, lecturer: TestClient }> {
  cleanup.push(() => site.remove())
  const server = await startServer(0, site, extra)
  cleanup.push(() => server.close())
  const lecturer = await joinLecturer(server.url, server.token)
  cleanup.push(() => lecturer.socket.terminate())
  return { server, site, lecturer }
}

async function control(lecturer: TestClient, message: Record<string, unknown>) {
  lecturer.send({ type: 'control', ...message })
  return lecturer.next('lecturer-state', s => s.phase === (message.action === 'open' ? 'open' : message.action === 'close' ? 'closed' : message.action === 'reveal' ? 'revealed' : s.phase))
}

async function student(server: LiveServer, name: string) {
  const joined = await joinStudent(server.url, name)
  cleanup.push(() => joined.client.socket.terminate())
  return joined
}

async function results(server: LiveServer) {
  const response = await fetch(`${server.url}/live/api/results`, { headers: { authorization: `Bearer ${server.token}` } })
  return await response.json() as { participants: Array<{ id: string, name: string, scores: Record<string, number> }> }
}

async function gradebook(server: LiveServer): Promise<string> {
  return (await fetch(`${server.url}/live/api/gradebook.csv`, { headers: { authorization: `Bearer ${server.token}` } })).text()
}

/** A server on a store whose writes fail with `cause` while `failing.on` is set (a full disk, a read-only file …), logging to `logged`. */
async function serveFlaky(cause: string) {
  const site = tempSite()
  const real = openSqliteStore(site.dbPath)
  const failing = { on: false }
  const guard = <A extends unknown[]>(write: (...args: A) => Promise<void>) => (...args: A) => failing.on ? Promise.reject(new Error(cause)) : write(...args)
  const store: LiveStore = {
    ...real,
    createSession: guard(real.createSession),
    addParticipant: guard(real.addParticipant),
    removeParticipant: guard(real.removeParticipant),
    saveAnswer: guard(real.saveAnswer),
    recordEvent: guard(real.recordEvent),
  }
  const logged: string[] = []
  return { ...await serve({ store, log: line => logged.push(line) }, site), failing, logged }
}

describe('3. a revealed question stays closed', () => {
  it('refuses to reopen it, so nobody changes a wrong answer to the key after seeing it', async () => {
    const { server, lecturer } = await serve()
    const ann = await student(server, 'Ann')
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: first.id })
    ann.client.send({ type: 'answer', questionId: first.id, answer: wrong, submissionId: 'ann-wrong' })
    await ann.client.next('ack')
    const revealed = await control(lecturer, { action: 'reveal' })
    expect(revealed.revealed).toEqual([questionKey(quiz.id, first.id)])

    lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: first.id })
    expect(await lecturer.next('error')).toMatchObject({ code: 'already-revealed' })
    // Not from another question either.
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: second.id })
    lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: first.id })
    expect(await lecturer.next('error')).toMatchObject({ code: 'already-revealed' })
    ann.client.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'ann-the-key' })
    expect(await ann.client.next('error')).toMatchObject({ code: 'not-open' })

    expect((await results(server)).participants[0]!.scores[questionKey(quiz.id, first.id)]).toBe(0)
  })

  it('still refuses after a restart on the same session', async () => {
    const { server, site, lecturer } = await serve()
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: first.id })
    await control(lecturer, { action: 'reveal' })
    await server.close()
    cleanup.pop()
    const again = await startServer(0, site, { sessionId: server.sessionId })
    cleanup.push(() => again.close())
    const lecturer2 = await joinLecturer(again.url, again.token)
    cleanup.push(() => lecturer2.socket.terminate())
    lecturer2.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: first.id })
    expect(await lecturer2.next('error')).toMatchObject({ code: 'already-revealed' })
  })
})

describe('4. storage first, then state', () => {
  it('a control the database refuses changes nothing: the lecturer is told the cause, the terminal logs it, students stay put', async () => {
    const { server, lecturer, failing, logged } = await serveFlaky('database or disk is full')
    const ann = await student(server, 'Ann')

    failing.on = true
    lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: first.id })
    const error = await lecturer.next('error')
    expect(error.code).toBe('storage-failed')
    expect(error.message).toContain('database or disk is full')
    expect(logged.join('\n')).toContain('database or disk is full')
    expect(server.room.state.phase).toBe('lobby')
    expect((await (await fetch(`${server.url}/live/api/info`)).json()).phase).toBe('lobby')
    await new Promise(resolve => setTimeout(resolve, 200))
    expect(ann.client.messages.filter(m => m.type === 'state').map(m => m.type === 'state' && m.phase)).toEqual(['lobby'])

    failing.on = false
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: first.id })
    expect(await ann.client.next('state')).toMatchObject({ phase: 'open' })
  })

  it('an answer the database refuses is not acknowledged, not counted and not in the gradebook', async () => {
    const { server, lecturer, failing, logged } = await serveFlaky('attempt to write a readonly database')
    const ann = await student(server, 'Ann')
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: first.id })
    failing.on = true
    ann.client.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'ann-first' })
    const error = await ann.client.next('error')
    expect(error, JSON.stringify(error)).toMatchObject({ code: 'storage-failed' })
    expect(error.message).toContain('readonly database')
    expect(logged.join('\n')).toContain('readonly database')
    expect(ann.client.messages.some(m => m.type === 'ack')).toBe(false)
    expect((await results(server)).participants[0]!.scores).toEqual({})
    lecturer.send({ type: 'control', action: 'close' })
    expect((await lecturer.next('error')).code).toBe('storage-failed')
    expect(server.room.state.phase).toBe('open')
  })

  it('refuses to start on a database it cannot write, naming the file', async () => {
    const site = tempSite()
    cleanup.push(() => site.remove())
    writeFileSync(site.dbPath, 'this is not a SQLite database '.repeat(100))
    await expect(startServer(0, site)).rejects.toThrow(`Cannot write the database ${site.dbPath}: file is not a database`)
  })

  it('says so and acknowledges nothing more once the database file is deleted', async () => {
    const logged: string[] = []
    const { server, site, lecturer } = await serve({ log: line => logged.push(line) })
    const ann = await student(server, 'Ann')
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: first.id })
    rmSync(site.dbPath)
    ann.client.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'ann-lost-1' })
    const error = await ann.client.next('error')
    expect(error).toMatchObject({ code: 'storage-failed' })
    expect(error.message).toContain(`The database file ${site.dbPath} was deleted`)
    expect(ann.client.messages.some(m => m.type === 'ack')).toBe(false)
    lecturer.send({ type: 'control', action: 'close' })
    expect((await lecturer.next('error')).message).toContain('was deleted')
    expect(logged.join('\n')).toContain('was deleted')
  })
})

describe('5 and 6. one writer per database; --session must exist', () => {
  it('refuses a second server on the same database, and lets one in once the first has stopped', async () => {
    const { server, site } = await serve()
    await expect(startServer(0, site, { sessionId: server.sessionId })).rejects.toThrow(`Another live server is using the database ${site.dbPath}`)
    await expect(startServer(0, site)).rejects.toThrow('Another live server is using the database')
    await server.close()
    cleanup.splice(cleanup.length - 2, 1)
    const next = await startServer(0, site, { sessionId: server.sessionId })
    await next.close()
  })

  it('names the database and lists its sessions for a --session it does not hold, and creates nothing', async () => {
    const { server, site } = await serve()
    await server.close()
    cleanup.splice(cleanup.length - 2, 1)
    const error = await startServer(0, site, { sessionId: 'no-such-session' }).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toContain(`There is no session "no-such-session" in ${site.dbPath}. It holds:\n  ${server.sessionId}  (started `)
    const reader = openSqliteStore(site.dbPath, { readOnly: true })
    expect((await reader.listSessions()).map(s => s.sessionId)).toEqual([server.sessionId])
    await reader.close()
  })
})

describe('8. one student cannot spoil the class', () => {
  it('caps the participants of a session', async () => {
    const { server, lecturer } = await serve({ roomLimits: { maxParticipants: 3, joinsPerAddress: { capacity: 100, perSecond: 100 } } })
    for (const name of ['A1', 'A2', 'A3'])
      await student(server, name)
    const client = await Client.connect(server.url)
    cleanup.push(() => client.socket.terminate())
    client.send({ type: 'hello', role: 'student', clientId: newClientId(), name: 'A4', code: server.joinCode })
    expect(await client.next('error')).toMatchObject({ code: 'session-full' })
    expect((await lecturer.next('lecturer-state', s => s.participantCount === 3)).participants).toHaveLength(3)
  })

  it('limits joins per address, telling the page to try again later (1013), and lets them in as the budget refills', async () => {
    const { server } = await serve({ roomLimits: { maxParticipants: 100, joinsPerAddress: { capacity: 3, perSecond: 5 } } })
    for (const name of ['B1', 'B2', 'B3'])
      await student(server, name)
    const client = await Client.connect(server.url)
    const clientId = newClientId()
    client.send({ type: 'hello', role: 'student', clientId, name: 'B4', code: server.joinCode })
    expect(await client.next('error')).toMatchObject({ code: 'rate-limited' })
    expect((await client.waitClosed()).code).toBe(1013)
    await new Promise(resolve => setTimeout(resolve, 300))
    expect((await student(server, 'B4')).welcome.participant?.name).toBe('B4')
  })

  it('lets a lecturer remove a participant: out of the room, the results and the gradebook, and unable to come back', async () => {
    const { server, site, lecturer } = await serve()
    const ann = await student(server, 'Ann')
    const joker = await student(server, 'Mr Joke')
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: first.id })
    joker.client.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'joke-first' })
    await joker.client.next('ack', undefined, 5000).catch((e) => {
      throw new Error(`${e}: ${JSON.stringify(joker.client.messages.at(-1))}`)
    })
    lecturer.send({ type: 'control', action: 'remove', participantId: joker.welcome.participant!.id })
    expect(await joker.client.next('error')).toMatchObject({ code: 'removed' })
    expect((await joker.client.waitClosed()).code).toBe(4003)
    const view = await lecturer.next('lecturer-state', s => s.participantCount === 1)
    expect(view.participants.map(p => p.name)).toEqual(['Ann'])
    expect(view.answeredCount).toBe(0)
    expect((await results(server)).participants.map(p => p.name)).toEqual(['Ann'])
    expect(await gradebook(server)).not.toContain('Mr Joke')

    const back = await Client.connect(server.url)
    back.send({ type: 'hello', role: 'student', clientId: joker.clientId })
    expect(await back.next('error')).toMatchObject({ code: 'removed' })
    expect((await back.waitClosed()).code).toBe(4003)

    // And after a restart.
    await server.close()
    cleanup.splice(cleanup.findIndex(step => step.toString().includes('server.close')), 1)
    const again = await startServer(0, site, { sessionId: server.sessionId })
    cleanup.push(() => again.close())
    expect((await results(again)).participants.map(p => p.name)).toEqual(['Ann'])
    ann.client.socket.terminate()
  })

  it('refuses answers that name no option of the question', async () => {
    const { server, lecturer } = await serve()
    const ann = await student(server, 'Ann')
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: first.id })
    ann.client.send({ type: 'answer', questionId: first.id, answer: 'x'.repeat(15_000), submissionId: 'ann-junk-1' })
    expect(await ann.client.next('error')).toMatchObject({ code: 'bad-message', message: 'That is not one of the options.' })
    expect((await results(server)).participants[0]!.scores).toEqual({})
  })

  it('closes a socket that never says hello', async () => {
    const { server } = await serve({ connectionLimits: { helloTimeoutMs: 200 } })
    const silent = await Client.connect(server.url)
    expect((await silent.waitClosed(3000)).code).toBe(1008)
  })

  it('closes a socket that sends half a frame and stalls', async () => {
    const { server } = await serve({ connectionLimits: { frameTimeoutMs: 200 } })
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/live/ws`)
    await new Promise(resolve => socket.once('open', resolve))
    const count = server.connections()
    // A masked text frame announcing 16,384 bytes, then 6 of them.
    ;(socket as unknown as { _socket: { write: (data: Buffer) => void } })._socket.write(Buffer.from([0x81, 0xFE, 0x40, 0x00, 1, 2, 3, 4, 5, 6]))
    const closed = await new Promise<number>(resolve => socket.once('close', resolve))
    expect(closed).toBe(1006)
    await expect.poll(() => server.connections()).toBe(count - 1)
  })

  it('caps the connections open at once', async () => {
    const { server } = await serve({ connectionLimits: { maxConnections: 3 } })
    const two = [await Client.connect(server.url), await Client.connect(server.url)]
    cleanup.push(() => two.forEach(c => c.socket.terminate()))
    await expect(Client.connect(server.url)).rejects.toThrow(/503/)
  })

  it('closes a socket that stops reading once its send buffer is over the bound', async () => {
    const { server, lecturer } = await serve({
      connectionLimits: { maxBufferedBytes: 64 * 1024 },
      rateLimits: { connection: { capacity: 100_000, perSecond: 100_000 }, ipMessages: { capacity: 100_000, perSecond: 100_000 }, ipConnections: { capacity: 1000, perSecond: 1000 } },
    })
    const stalled = await joinLecturer(server.url, server.token)
    const raw = (stalled.socket as unknown as { _socket: { pause: () => void } })._socket
    raw.pause()
    const before = server.connections()
    // Every control sends each lecturer the full view (tens of KiB): the stalled one's backlog grows.
    const ids = quiz.questions.map(q => q.id)
    for (let i = 0; i < 3000 && server.connections() === before; i++) {
      lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: ids[i % ids.length] })
      if (i % 50 === 49)
        await new Promise(resolve => setTimeout(resolve, 20))
    }
    await new Promise(resolve => setTimeout(resolve, 200))
    expect(server.connections()).toBe(before - 1)
    stalled.socket.terminate()
  })

  it('forgets the submission ids of a question once it closes, and still acknowledges a replay of the final answer', async () => {
    const { server, lecturer } = await serve()
    const ann = await student(server, 'Ann')
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: first.id })
    for (let i = 0; i < 10; i++) {
      ann.client.send({ type: 'answer', questionId: first.id, answer: i % 2 ? first.answer : wrong, submissionId: `ann-edit-${i}` })
      await ann.client.next('ack')
    }
    expect(server.room.rememberedSubmissions).toBe(10)
    await control(lecturer, { action: 'close' })
    expect(server.room.rememberedSubmissions).toBe(0)
    ann.client.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'ann-edit-9' })
    expect(await ann.client.next('ack')).toMatchObject({ submissionId: 'ann-edit-9' })
  })
})

/** A raw HTTP request with its own Host and Origin headers (fetch would not send them as given). */
function raw(server: LiveServer, path: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(server.url)
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

const upgrade = { 'connection': 'Upgrade', 'upgrade': 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' }

describe('9. Origin and Host', () => {
  it.each([
    ['Origin: null', { origin: 'null' }, 403],
    ['an unparseable Origin', { origin: 'not a url' }, 403],
    ['another site\'s Origin', { origin: 'http://evil.example' }, 403],
    ['this page\'s Origin', { origin: 'SELF' }, 101],
    ['no Origin (not a browser)', {}, 101],
  ])('answers an upgrade with %s: %s', async (_, headers, status) => {
    const { server } = await serve()
    const host = new URL(server.url).host
    const given: Record<string, string> = { ...upgrade, host, ...headers }
    if (given.origin === 'SELF')
      given.origin = server.url
    const code = await new Promise<number>((resolve, reject) => {
      const url = new URL(server.url)
      const req = request({ host: url.hostname, port: url.port, path: '/live/ws', headers: given })
      req.on('upgrade', (response, socket) => {
        socket.destroy()
        resolve(response.statusCode ?? 0)
      })
      req.on('response', (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end()
    })
    expect(code).toBe(status)
  })

  it('answers only to its own names (DNS rebinding)', async () => {
    const { server } = await serve()
    const { port } = new URL(server.url)
    expect(await raw(server, '/live/api/info', { host: `127.0.0.1:${port}` })).toBe(200)
    expect(await raw(server, '/live/api/info', { host: `localhost:${port}` })).toBe(200)
    expect(await raw(server, '/live/api/info', { host: `evil.example:${port}` })).toBe(421)
    expect(await raw(server, '/live/', { host: 'evil.example' })).toBe(421)
    await expect(Client.connect(server.url, { host: `evil.example:${port}` })).rejects.toThrow(/421/)
  })

  it('answers to a name given with allowedHosts (a reverse proxy)', async () => {
    const { server } = await serve({ allowedHosts: ['quiz.example.org'] })
    expect(await raw(server, '/live/api/info', { host: 'quiz.example.org' })).toBe(200)
  })
})

describe('10. names', () => {
  it('takes out bidirectional overrides and refuses invisible names and lone surrogates', async () => {
    const { server } = await serve()
    expect((await student(server, 'Ann\u202Egnp.exe')).welcome.participant?.name).toBe('Anngnp.exe')
    for (const [name, message] of [['\u200B\u200D', 'visible letters'], ['\u3164', 'visible letters']]) {
      const client = await Client.connect(server.url)
      cleanup.push(() => client.socket.terminate())
      client.send({ type: 'hello', role: 'student', clientId: newClientId(), name, code: server.joinCode })
      expect((await client.next('error')).message).toContain(message)
    }
    const client = await Client.connect(server.url)
    cleanup.push(() => client.socket.terminate())
    // JSON.stringify would escape it; this is the text a hostile client can send.
    client.send(`{"type":"hello","role":"student","clientId":"${newClientId()}","name":"Ann\\ud800","code":"${server.joinCode}"}`)
    expect(await client.next('error')).toMatchObject({ code: 'name-refused' })
  })

  it('refuses a display name already in the session, whatever its case or width', async () => {
    const { server } = await serve()
    await student(server, 'Ann Lee')
    for (const name of ['Ann Lee', 'ann lee', 'ＡＮＮ LEE', 'Ann\u200B Lee']) {
      const client = await Client.connect(server.url)
      cleanup.push(() => client.socket.terminate())
      client.send({ type: 'hello', role: 'student', clientId: newClientId(), name, code: server.joinCode })
      expect(await client.next('error')).toMatchObject({ code: 'name-refused', message: expect.stringContaining('already called') })
    }
  })

  it('keeps a name with ";=" from becoming a formula in a semicolon-separator spreadsheet', async () => {
    const { server } = await serve()
    await student(server, 'Ann;=1+1')
    const lines = (await gradebook(server)).split('\r\n')
    expect(lines[1]).toMatch(/^"Ann;'=1\+1",/)
  })
})

describe('11. nothing accepted is silently dropped', () => {
  it('answers what a socket sent before it was closed for too many refused messages, and applies nothing after', async () => {
    const { server, lecturer } = await serve()
    const ann = await student(server, 'Ann')
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: first.id })
    ann.client.send({ type: 'answer', questionId: first.id, answer: first.answer, submissionId: 'ann-good-1' })
    for (let i = 0; i < MAX_STRIKES + 5; i++)
      ann.client.send('not json')
    ann.client.send({ type: 'answer', questionId: first.id, answer: wrong, submissionId: 'ann-late-1' })
    expect(await ann.client.next('ack')).toMatchObject({ submissionId: 'ann-good-1' })
    expect((await ann.client.waitClosed()).code).toBe(1008)
    expect(ann.client.messages.filter(m => m.type === 'ack')).toHaveLength(1)
    expect((await results(server)).participants[0]!.scores[questionKey(quiz.id, first.id)]).toBe(first.points)
  })
})
