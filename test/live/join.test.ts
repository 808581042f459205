// Joining with the typed code and --ask-id, over real HTTP and WebSocket on 127.0.0.1 (ports 4170–4179): wrong,
// missing and right codes, the limit on guessing, the code only for the lecturer's browser, the identifier checked
// on the server and in no message to another student or the projector, resume keeping both (also for a session
// stored before join codes), and the gradebook as Moodle's and Canvas's imports, over HTTP and from `--export`.
import type { LiveServer, LiveServerOptions } from '../../node/live/server.ts'
import type { TestClient } from './helpers.ts'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { afterEach, describe, expect, it } from 'vitest'
import { joinLinkWithCode } from '../../logic/live/join-code.ts'
import { qrSvg } from '../../node/live/qr-svg.ts'
import { openSqliteStore } from '../../node/live/sqlite-store.ts'
import { TestClient as Client, content, joinLecturer, joinStudent, newClientId, startServer, tempSite } from './helpers.ts'

const quiz = content.quizzes.find(q => q.id === 'blackberry-pakistan')!
const single = quiz.questions.find(q => q.kind === 'single')!
if (single.kind !== 'single')
  throw new Error('the fixture quiz needs a single-choice question')

const cleanup: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse())
    await step()
})

/** Ports 4170–4175 in turn (4176 is the browser test's, 4177–4179 the resume tests'); a test's servers are closed after it. */
let served = 0
async function serve(extra: Partial<LiveServerOptions> = {}, site = tempSite(), port = 4170 + (served++ % 6)): Promise<{ server: LiveServer, site: ReturnType<typeof tempSite>, lecturer: TestClient }> {
  cleanup.push(() => site.remove())
  const server = await startServer(port, site, extra)
  cleanup.push(() => server.close())
  const lecturer = await joinLecturer(server.url, server.token)
  cleanup.push(() => lecturer.socket.terminate())
  return { server, site, lecturer }
}

let newcomers = 0
/** A new browser's hello with `fields`; resolves with the client after the first reply. */
async function hello(server: LiveServer, fields: Record<string, unknown>): Promise<TestClient> {
  const client = await Client.connect(server.url)
  cleanup.push(() => client.socket.terminate())
  client.send({ type: 'hello', role: 'student', clientId: newClientId(), name: `Newcomer ${++newcomers}`, ...fields })
  return client
}

const bearer = (server: LiveServer) => ({ authorization: `Bearer ${server.token}` })

describe('the join code', () => {
  it('is six characters of the alphabet, different in each session, and joining needs it', async () => {
    const { server: a } = await serve()
    const { server: b } = await serve()
    expect(a.joinCode).toMatch(/^[A-HJKMNPQRTV-Y2-9]{6}$/)
    expect(b.joinCode).not.toBe(a.joinCode)
    expect(a.joinLink).toBe(`${a.joinUrl}#code=${a.joinCode}`)

    const missing = await hello(a, {})
    expect(await missing.next('error')).toEqual({ type: 'error', code: 'code-required', message: 'Enter the join code shown on the projector.' })
    const other = await hello(a, { code: b.joinCode })
    expect(await other.next('error')).toEqual({ type: 'error', code: 'code-refused', message: 'That is not this session\'s join code. Check it against the projector and type it again.' })
    const short = await hello(a, { code: a.joinCode.slice(0, 5) })
    expect(await short.next('error')).toMatchObject({ code: 'code-refused', message: 'A join code has 6 characters; that was 5.' })
    expect(short.messages.some(m => m.type === 'welcome')).toBe(false)
  })

  it.each([
    ['as shown', (code: string) => code],
    ['in lower case, with a dash', (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`.toLowerCase()],
    ['with spaces around and between', (code: string) => ` ${code.slice(0, 3)} ${code.slice(3)} `],
  ])('lets a student in with the right code typed %s', async (_, typed) => {
    const { server, lecturer } = await serve()
    const client = await hello(server, { name: 'Ada', code: typed(server.joinCode) })
    expect((await client.next('welcome')).participant?.name).toBe('Ada')
    expect((await lecturer.next('lecturer-state', s => s.participantCount === 1)).joinCode).toBe(server.joinCode)
  })

  it('checks the code before the name, so someone without it cannot learn who is here', async () => {
    const { server } = await serve()
    await joinStudent(server.url, 'Ada').then(s => cleanup.push(() => s.client.socket.terminate()))
    const client = await hello(server, { name: 'Ada', code: 'AAAAAA' })
    expect(await client.next('error')).toMatchObject({ code: 'code-refused' })
    expect(client.raw.join('')).not.toContain('already called')
  })

  it('is not needed to come back: a student who joined resumes with the browser\'s id alone', async () => {
    const { server } = await serve()
    const ada = await joinStudent(server.url, 'Ada')
    ada.client.close()
    const back = await Client.connect(server.url)
    cleanup.push(() => back.socket.terminate())
    back.send({ type: 'hello', role: 'student', clientId: ada.clientId })
    expect((await back.next('welcome')).participant?.name).toBe('Ada')
  })

  it('limits wrong codes per address: after the budget even the right code waits, and nobody got in', async () => {
    const { server, lecturer } = await serve({ roomLimits: { maxParticipants: 100, joinsPerAddress: { capacity: 100, perSecond: 100 }, wrongCodesPerAddress: { capacity: 5, perSecond: 0.01 } } })
    const refusals: string[] = []
    for (let i = 0; i < 8; i++) {
      const client = await hello(server, { code: `AAAAA${'ABCDEFGH'[i]}` })
      refusals.push((await client.next('error')).message)
    }
    expect(refusals.slice(0, 6).every(m => m.includes('not this session\'s join code'))).toBe(true)
    expect(refusals.slice(6)).toEqual(Array.from({ length: 2 }).fill('Too many wrong join codes from this network. Wait a minute, then type the code shown on the projector again.'))
    const right = await hello(server, { code: server.joinCode })
    expect((await right.next('error')).message).toContain('Too many wrong join codes')
    lecturer.send({ type: 'ping' })
    await lecturer.next('pong')
    expect(server.room.results().participants).toEqual([])
  })

  it('is given only to the lecturer\'s browser: /live/api/join and the QR code with it need the slides\' cookie or the token', async () => {
    const { server } = await serve()
    expect((await fetch(`${server.url}/live/api/join`)).status).toBe(401)
    const withToken = await fetch(`${server.url}/live/api/join`, { headers: bearer(server) })
    expect(await withToken.json()).toEqual({ joinUrl: server.joinUrl, joinCode: server.joinCode, joinLink: server.joinLink })

    const unlock = await fetch(`${server.url}/live/api/deck`, { method: 'POST', headers: bearer(server) })
    const cookie = unlock.headers.get('set-cookie')!.split(';')[0]!
    const withCookie = await fetch(`${server.url}/live/api/join`, { headers: { cookie } })
    expect((await withCookie.json()).joinCode).toBe(server.joinCode)

    const publicQr = await (await fetch(`${server.url}/live/api/qr.svg`)).text()
    const lecturerQr = await (await fetch(`${server.url}/live/api/qr.svg`, { headers: { cookie } })).text()
    expect(publicQr).toBe(qrSvg(server.joinUrl))
    expect(lecturerQr).toBe(qrSvg(joinLinkWithCode(server.joinUrl, server.joinCode)))
    expect((await fetch(`${server.url}/live/api/qr.svg`, { headers: { cookie: 'live-deck=forged' } })).status).toBe(200)
    expect(await (await fetch(`${server.url}/live/api/qr.svg`, { headers: { cookie: 'live-deck=forged' } })).text()).toBe(publicQr)

    const info = await (await fetch(`${server.url}/live/api/info`)).text()
    expect(info).not.toContain(server.joinCode)
    const projector = await Client.connect(server.url)
    cleanup.push(() => projector.socket.terminate())
    projector.send({ type: 'hello', role: 'projector' })
    await projector.next('projector-state')
    expect(projector.raw.join('')).not.toContain(server.joinCode)
  })

  it('stays the same when the session is resumed with --session', async () => {
    const site = tempSite()
    cleanup.push(() => site.remove())
    const first = await startServer(4178, site)
    await first.close()
    const second = await startServer(4178, site, { sessionId: first.sessionId })
    cleanup.push(() => second.close())
    expect(second.joinCode).toBe(first.joinCode)
    const joined = await joinStudent(second.url, 'Ada')
    cleanup.push(() => joined.client.socket.terminate())
    expect(joined.welcome.participant?.name).toBe('Ada')
  })

  it('is made for a session stored before join codes and --ask-id, and kept from then on', async () => {
    const site = tempSite()
    cleanup.push(() => site.remove())
    // The database as the server made it before this change: no join_code, ask_id or identifier column.
    const { DatabaseSync } = process.getBuiltinModule('node:sqlite') as typeof import('node:sqlite')
    const old = new DatabaseSync(site.dbPath)
    old.exec(`CREATE TABLE sessions (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL);
      CREATE TABLE participants (session_id TEXT NOT NULL REFERENCES sessions(id), id TEXT NOT NULL, client_hash TEXT NOT NULL, name TEXT NOT NULL, joined_at INTEGER NOT NULL, PRIMARY KEY (session_id, id), UNIQUE (session_id, client_hash));
      INSERT INTO sessions VALUES ('old-session', 1);
      INSERT INTO participants VALUES ('old-session', 'p1', 'hash', 'Old Timer', 2);`)
    old.close()
    const first = await startServer(4179, site, { sessionId: 'old-session' })
    expect(first.joinCode).toMatch(/^[A-HJKMNPQRTV-Y2-9]{6}$/)
    expect(first.room.results().participants.map(p => p.name)).toEqual(['Old Timer'])
    await first.close()
    const second = await startServer(4179, site, { sessionId: 'old-session' })
    cleanup.push(() => second.close())
    expect(second.joinCode).toBe(first.joinCode)
  })
})

describe('--ask-id', () => {
  it('refuses a missing or malformed identifier with a clear message, and one already given in the session', async () => {
    const { server } = await serve({ askId: 'email' })
    const info = await (await fetch(`${server.url}/live/api/info`)).json()
    expect(info).toMatchObject({ askId: 'email', codeRequired: true })
    const missing = await hello(server, { code: server.joinCode })
    expect(await missing.next('error')).toEqual({ type: 'error', code: 'id-required', message: 'This session asks for your university email address, so that the marks reach the LMS.' })
    const bad = await hello(server, { code: server.joinCode, identifier: 'ada at uni' })
    expect(await bad.next('error')).toEqual({ type: 'error', code: 'id-refused', message: '"ada at uni" is not an email address like name@university.ac.uk.' })
    const empty = await hello(server, { code: server.joinCode, identifier: '  ' })
    expect((await empty.next('error')).message).toBe('Enter your university email address: the lecturer\'s LMS needs it to record your marks.')

    const ada = await joinStudent(server.url, 'Ada', newClientId(), { identifier: ' ada@uni.ac.uk ' })
    cleanup.push(() => ada.client.socket.terminate())
    const twice = await hello(server, { code: server.joinCode, identifier: 'ADA@uni.ac.uk' })
    expect(await twice.next('error')).toMatchObject({ code: 'id-refused', message: expect.stringContaining('already joined with that') })
    expect(server.room.results().participants.map(p => [p.name, p.identifier])).toEqual([['Ada', 'ada@uni.ac.uk']])
  })

  it('an ID number is checked as one', async () => {
    const { server } = await serve({ askId: 'number' })
    const bad = await hello(server, { code: server.joinCode, identifier: '=1+1' })
    expect((await bad.next('error')).message).toBe('"=1+1" is not an ID number (letters, digits, dots, dashes or underscores, starting with a letter or digit).')
    const good = await hello(server, { code: server.joinCode, identifier: 'S1234567' })
    expect((await good.next('welcome')).participant).toBeDefined()
  })

  it('sends the identifier to no student and not to the projector, before or after reveal; the lecturer\'s results have it', async () => {
    const { server, lecturer } = await serve({ askId: 'email' })
    const projector = await Client.connect(server.url)
    cleanup.push(() => projector.socket.terminate())
    projector.send({ type: 'hello', role: 'projector' })
    await projector.next('projector-state')
    const ada = await joinStudent(server.url, 'Ada', newClientId(), { identifier: 'ada.private@uni.ac.uk' })
    const bob = await joinStudent(server.url, 'Bob', newClientId(), { identifier: 'bob.private@uni.ac.uk' })
    cleanup.push(() => ada.client.socket.terminate(), () => bob.client.socket.terminate())
    lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: single.id })
    await bob.client.next('state', s => s.phase === 'open')
    ada.client.send({ type: 'answer', questionId: single.id, answer: single.answer, submissionId: 'ada-answer-1' })
    bob.client.send({ type: 'answer', questionId: single.id, answer: single.answer, submissionId: 'bob-answer-1' })
    await ada.client.next('ack')
    await bob.client.next('ack')
    lecturer.send({ type: 'control', action: 'reveal' })
    await ada.client.next('state', s => s.phase === 'revealed')
    await bob.client.next('state', s => s.phase === 'revealed')
    await projector.next('projector-state', s => s.phase === 'revealed' && s.answeredCount === 2)
    // A resumed student is not asked again, and is not told it either.
    ada.client.close()
    const back = await Client.connect(server.url)
    cleanup.push(() => back.socket.terminate())
    back.send({ type: 'hello', role: 'student', clientId: ada.clientId })
    expect((await back.next('welcome')).participant?.name).toBe('Ada')
    await back.next('state')

    for (const client of [ada.client, bob.client, back, projector]) {
      expect(client.raw.length).toBeGreaterThan(1)
      expect(client.raw.join('\n')).not.toMatch(/private@uni/)
    }
    expect(await (await fetch(`${server.url}/live/api/info`)).text()).not.toMatch(/private@uni/)
    const results = await (await fetch(`${server.url}/live/api/results`, { headers: bearer(server) })).json()
    expect(results.participants.map((p: { identifier: string }) => p.identifier)).toEqual(['ada.private@uni.ac.uk', 'bob.private@uni.ac.uk'])
  })

  it('is kept with the participants when the session resumes, and cannot be changed then', async () => {
    const site = tempSite()
    cleanup.push(() => site.remove())
    const first = await startServer(4177, site, { askId: 'number' })
    const ada = await joinStudent(first.url, 'Ada', newClientId(), { identifier: 'S001' })
    ada.client.close()
    await first.close()
    await expect(startServer(4177, site, { sessionId: first.sessionId, askId: 'email' })).rejects.toThrow(`Session "${first.sessionId}" was started with --ask-id number, and that cannot change on resume.`)
    const second = await startServer(4177, site, { sessionId: first.sessionId })
    cleanup.push(() => second.close())
    expect(second.room.askId).toBe('number')
    expect(second.room.results().participants.map(p => p.identifier)).toEqual(['S001'])
    const back = await Client.connect(second.url)
    cleanup.push(() => back.socket.terminate())
    back.send({ type: 'hello', role: 'student', clientId: ada.clientId })
    expect((await back.next('welcome')).participant?.name).toBe('Ada')
  })
})

/** A download's text as sent, byte-order mark kept (fetch's text() drops it). */
async function sent(response: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
}

/** The lines of a CSV download (no quoted line breaks in these), after its byte-order mark. */
async function csvLines(response: Response): Promise<string[]> {
  const text = await sent(response)
  expect(text.startsWith('\uFEFF')).toBe(true)
  return text.slice(1).split('\r\n').filter(Boolean)
}

async function sessionWithMarks(askId?: 'email' | 'number') {
  const served = await serve(askId ? { askId } : {})
  const { server, lecturer } = served
  lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: single.id })
  await lecturer.next('lecturer-state', s => s.phase === 'open')
  const wrong = single.options.find(o => o.id !== single.answer)!.id
  for (const [name, identifier, answer] of [['Ada', askId === 'number' ? 'S001' : 'ada@uni.ac.uk', single.answer], ['Bob', askId === 'number' ? 'S002' : 'bob@uni.ac.uk', wrong]] as const) {
    const joined = await joinStudent(server.url, name, newClientId(), askId ? { identifier } : {})
    cleanup.push(() => joined.client.socket.terminate())
    joined.client.send({ type: 'answer', questionId: single.id, answer, submissionId: `${name}-answer-1` })
    await joined.client.next('ack')
  }
  return served
}

const item = (server: LiveServer) => `${quiz.title} (live session ${server.sessionId})`

describe('gradebook downloads for the LMS', () => {
  it('Moodle (Grades → Import → CSV): "Email address", then the session\'s total as one grade item', async () => {
    const { server } = await sessionWithMarks('email')
    const response = await fetch(`${server.url}/live/api/gradebook.csv?format=moodle`, { headers: bearer(server) })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="grades-moodle-${server.sessionId}.csv"`)
    expect(await csvLines(response)).toEqual([`Email address,${item(server)}`, `ada@uni.ac.uk,${single.points}`, 'bob@uni.ac.uk,0'])
  })

  it('Canvas (Grades → Import): Student, ID, SIS User ID, SIS Login ID, Section, the item, and Points Possible', async () => {
    const { server } = await sessionWithMarks('number')
    const response = await fetch(`${server.url}/live/api/gradebook.csv?format=canvas`, { headers: bearer(server) })
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="grades-canvas-${server.sessionId}.csv"`)
    expect(await csvLines(response)).toEqual([
      `Student,ID,SIS User ID,SIS Login ID,Section,${item(server)}`,
      `Points Possible,,,,,${single.points}`,
      `Ada,,S001,,,${single.points}`,
      'Bob,,S002,,,0',
    ])
  })

  it('without --ask-id says why neither LMS file can be made (409), and the plain gradebook still downloads', async () => {
    const { server } = await sessionWithMarks()
    for (const format of ['moodle', 'canvas']) {
      const response = await fetch(`${server.url}/live/api/gradebook.csv?format=${format}`, { headers: bearer(server) })
      expect(response.status).toBe(409)
      expect(await response.text()).toContain('this session did not ask students for one')
    }
    const plain = await fetch(`${server.url}/live/api/gradebook.csv`, { headers: bearer(server) })
    expect((await csvLines(plain))[0]).toMatch(/^participant,id,/)
  })

  it('needs the token like the plain gradebook, and refuses an unknown format', async () => {
    const { server } = await sessionWithMarks('email')
    expect((await fetch(`${server.url}/live/api/gradebook.csv?format=moodle`)).status).toBe(401)
    const odd = await fetch(`${server.url}/live/api/gradebook.csv?format=blackboard`, { headers: bearer(server) })
    expect(odd.status).toBe(400)
    expect(await odd.text()).toBe('There is no gradebook format "blackboard": use format=moodle or format=canvas, or leave it out for the session\'s own CSV.')
  })

  it('`--export --format moodle|canvas` writes the same files from a stored session, and says why not without --ask-id', async () => {
    const { server, site } = await sessionWithMarks('email')
    const expected = await sent(await fetch(`${server.url}/live/api/gradebook.csv?format=canvas`, { headers: bearer(server) }))
    const plain = await sessionWithMarks()
    const run = (db: string, session: string, file: string, format: string) => new Promise<{ code: number, output: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'scripts/live.ts', '--db', db, '--session', session, '--export', file, '--format', format], { cwd: process.cwd() }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr }))
    })
    const file = join(site.dir, 'canvas.csv')
    const made = await run(site.dbPath, server.sessionId, file, 'canvas')
    expect(made.output).toContain(`Wrote the canvas grade import of session ${server.sessionId}`)
    expect(readFileSync(file, 'utf8')).toBe(expected)
    const refused = await run(plain.site.dbPath, plain.server.sessionId, join(site.dir, 'none.csv'), 'moodle')
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('this session did not ask students for one')
    expect(existsSync(join(site.dir, 'none.csv'))).toBe(false)
    // A read-only export writes nothing into the database.
    const reader = openSqliteStore(site.dbPath, { readOnly: true })
    expect((await reader.listSessions()).map(s => s.sessionId)).toEqual([server.sessionId])
    await reader.close()
  })
})
