// The live server over real HTTP and WebSocket on 127.0.0.1: pages and 404s, join, answer and ack, reveal, resume, duplicates, bad tokens, bad frames, rate limits, the gradebook.
import type { LiveServer } from '../../node/live/server.ts'
import type { TestClient } from './helpers.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIVE_MODE_HEADER } from '../../logic/live/paths.ts'
import { questionKey } from '../../logic/live/protocol.ts'
import { qrSvg } from '../../node/live/qr-svg.ts'
import { TestClient as Client, content, joinLecturer, joinStudent, newClientId, startServer, tempSite } from './helpers.ts'

const PORT = 4131
const quiz = content.quizzes.find(q => q.id === 'blackberry-pakistan')!
const single = quiz.questions.find(q => q.id === 'who-demanded')!
const ordering = quiz.questions.find(q => q.kind === 'ordering')!
if (single.kind !== 'single' || ordering.kind !== 'ordering')
  throw new Error('the fixture questions changed kind')
const wrongOption = single.options.find(o => o.id !== single.answer)!.id
/** The question the reveal test reveals: it stays closed after, so the other tests use `single`. */
const revealedSingle = quiz.questions.find(q => q.id === 'what-monitored')!
if (revealedSingle.kind !== 'single')
  throw new Error('the fixture questions changed kind')
const revealedWrong = revealedSingle.options.find(o => o.id !== revealedSingle.answer)!.id

const site = tempSite()
let server: LiveServer
let lecturer: TestClient

beforeAll(async () => {
  server = await startServer(PORT, site)
  lecturer = await joinLecturer(server.url, server.token)
})
afterAll(async () => {
  await server.close()
  site.remove()
})

async function control(message: Record<string, unknown>) {
  lecturer.send({ type: 'control', ...message })
  return lecturer.next('lecturer-state')
}

const KEY_FIELDS = ['answer', 'accept', 'tolerance', 'explanation', 'evidence']

/** No key field in a student's question, and no result, before reveal. */
function expectNoKey(client: TestClient, explanation: string) {
  for (const [i, message] of client.messages.entries()) {
    if (message.type !== 'state')
      continue
    expect(message.result).toBeUndefined()
    if (message.question)
      expect(Object.keys(message.question).filter(k => KEY_FIELDS.includes(k))).toEqual([])
    expect(client.raw[i]).not.toContain(explanation)
  }
}

/** The cookie the control page gets by showing the token (POST /live/api/deck), which lets it load the deck. */
async function deckCookie(): Promise<string> {
  const response = await fetch(`${server.url}/live/api/deck`, { method: 'POST', headers: { authorization: `Bearer ${server.token}` } })
  expect(response.status).toBe(204)
  expect(response.headers.get('set-cookie')).toMatch(/^live-deck=[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/)
  return response.headers.get('set-cookie')!.split(';')[0]!
}

describe('HTTP routes', () => {
  it.each([
    ['/', 'deck stub'],
    ['/assets/deck.js', 'console.log("deck")'],
  ])('serves %s to the lecturer\'s browser only (it holds the keys)', async (path, text) => {
    const locked = await fetch(`${server.url}${path}`)
    expect(locked.status).toBe(401)
    expect(await locked.text()).not.toContain(text)
    for (const cookie of ['live-deck=wrong', `live-deck=${server.token}`])
      expect((await fetch(`${server.url}${path}`, { headers: { cookie } })).status).toBe(401)
    const open = await fetch(`${server.url}${path}`, { headers: { cookie: await deckCookie() } })
    expect(open.status).toBe(200)
    expect(await open.text()).toContain(text)
    expect(open.headers.get('cache-control')).toBe('no-store')
  })

  it('gives the deck cookie only for the token', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }] as Array<Record<string, string>>)
      expect((await fetch(`${server.url}/live/api/deck`, { method: 'POST', headers })).status).toBe(401)
  })

  it.each([
    ['/live/', 'student stub'],
    ['/live/control', 'control stub'],
    ['/live/projector', 'projector stub'],
    ['/live/assets/live.js', 'console.log("live")'],
  ])('serves %s', async (path, text) => {
    const response = await fetch(`${server.url}${path}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(text)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('gives the live pages a content security policy', async () => {
    const response = await fetch(`${server.url}/live/`)
    expect(response.headers.get('content-security-policy')).toContain('default-src \'self\'')
  })

  it.each(['/nothing', '/assets/', '/%2e%2e/%2e%2e/etc/passwd', '/.env'])('answers 401 for %s without the deck cookie, 404 with it', async (path) => {
    expect((await fetch(`${server.url}${path}`)).status).toBe(401)
    expect((await fetch(`${server.url}${path}`, { headers: { cookie: await deckCookie() } })).status).toBe(404)
  })

  it.each([
    '/live/student.html',
    '/live/assets/',
    '/live/api/other',
    '/live/assets/..%2f..%2fpackage.json',
  ])('answers 404 for %s', async (path) => {
    const response = await fetch(`${server.url}${path}`)
    expect(response.status).toBe(404)
  })

  it('answers 404 to other methods', async () => {
    expect((await fetch(`${server.url}/live/api/info`, { method: 'POST', body: '{}' })).status).toBe(404)
    expect((await fetch(`${server.url}/`, { method: 'DELETE' })).status).toBe(404)
  })

  it('tells anyone the join URL and phase, and that a code is needed, but not the code', async () => {
    const response = await fetch(`${server.url}/live/api/info`)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const info = await response.json()
    expect(info).toEqual({ joinUrl: `http://127.0.0.1:${PORT}/live/`, sessionId: server.sessionId, phase: expect.any(String), codeRequired: true })
  })

  it('marks every response as the live server\'s, so the deck\'s join slide knows to ask for the join URL', async () => {
    for (const path of ['/', '/live/', '/live/api/info', '/no-such-file'])
      expect((await fetch(`${server.url}${path}`, { method: 'HEAD' })).headers.get(LIVE_MODE_HEADER), path).toBe('on')
  })

  it('draws the join QR code as SVG, for the deck\'s join slide and the projector', async () => {
    const response = await fetch(`${server.url}/live/api/qr.svg`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(await response.text()).toBe(qrSvg(`http://127.0.0.1:${PORT}/live/`))
  })

  it.each([
    ['no token', undefined],
    ['a wrong token of another length', 'Bearer x'],
    ['a wrong token of the same length', `Bearer ${'A'.repeat(server?.token.length ?? 22)}`],
    ['the token without Bearer', 'TOKEN'],
  ])('refuses the results with %s', async (_, authorization) => {
    const headers: Record<string, string> = {}
    if (authorization)
      headers.authorization = authorization === 'TOKEN' ? server.token : authorization
    for (const path of ['/live/api/results', '/live/api/gradebook.csv']) {
      const response = await fetch(`${server.url}${path}`, { headers })
      expect(response.status).toBe(401)
    }
  })
})

describe('a question from open to reveal', () => {
  it('a student joins, answers, is acknowledged, and sees the key only after reveal', async () => {
    const ann = await joinStudent(server.url, 'Ann')
    expect(ann.welcome.participant?.name).toBe('Ann')
    const projector = await Client.connect(server.url)
    projector.send({ type: 'hello', role: 'projector' })
    await projector.next('projector-state')

    const opened = await control({ action: 'open', quizId: quiz.id, questionId: revealedSingle.id })
    expect(opened.question).toMatchObject({ id: revealedSingle.id, answer: revealedSingle.answer })
    const open = await ann.client.next('state')
    expect(open).toMatchObject({ phase: 'open', question: { id: revealedSingle.id, kind: 'single' }, position: { index: quiz.questions.indexOf(revealedSingle) + 1, count: quiz.questions.length, quizTitle: quiz.title }, received: false })

    ann.client.send({ type: 'answer', questionId: revealedSingle.id, answer: revealedWrong, submissionId: 'sub-ann-1' })
    expect(await ann.client.next('ack')).toEqual({ type: 'ack', questionId: revealedSingle.id, submissionId: 'sub-ann-1' })

    const counted = await lecturer.next('lecturer-state')
    expect(counted.answeredCount).toBe(1)
    expect(counted.participants.find(p => p.name === 'Ann')).toMatchObject({ connected: true, answered: true })
    expect(counted.histogram.buckets.find(b => b.id === revealedWrong)).toEqual({ id: revealedWrong, label: expect.any(String), count: 1 })

    await control({ action: 'close' })
    expect(await ann.client.next('state')).toMatchObject({ phase: 'closed', received: true })
    expectNoKey(ann.client, revealedSingle.explanation)
    for (const raw of projector.raw)
      expect(raw).not.toContain('Ann')

    await control({ action: 'reveal' })
    const revealed = await ann.client.next('state')
    expect(revealed.result).toMatchObject({ mark: { verdict: 'wrong', score: 0 }, explanation: revealedSingle.explanation })
    expect(revealed.result?.evidence[0]).toEqual({ sourceId: revealedSingle.evidence[0]!.source, sourceTitle: expect.any(String), quote: revealedSingle.evidence[0]!.quote })
    const shown = await projector.next('projector-state', m => m.phase === 'revealed')
    expect(shown.result?.explanation).toBe(revealedSingle.explanation)
    expect(shown.histogram.buckets.find(b => b.id === revealedSingle.answer)?.correct).toBe(true)
    ann.client.close()
    projector.close()
  })

  it('shuffles ordering items for students so the right order never shows', async () => {
    await control({ action: 'open', quizId: quiz.id, questionId: ordering.id })
    const bob = await joinStudent(server.url, 'Bob')
    const state = bob.state
    const shown = state.question?.kind === 'ordering' ? state.question.items.map(i => i.id) : []
    expect([...shown].sort()).toEqual([...ordering.answer].sort())
    expect(shown).not.toEqual(ordering.answer)
    expectNoKey(bob.client, ordering.explanation)
    bob.client.close()
  })
})

describe('resume and duplicates', () => {
  it('a phone that reconnects with its clientId resumes with its answer; replays are acked once', async () => {
    await control({ action: 'open', quizId: quiz.id, questionId: single.id })
    const cat = await joinStudent(server.url, 'Cat')
    cat.client.send({ type: 'answer', questionId: single.id, answer: single.answer, submissionId: 'sub-cat-1' })
    cat.client.send({ type: 'answer', questionId: single.id, answer: single.answer, submissionId: 'sub-cat-1' })
    await cat.client.next('ack')
    await cat.client.next('ack')
    cat.client.socket.terminate()

    const again = await Client.connect(server.url)
    again.send({ type: 'hello', role: 'student', clientId: cat.clientId })
    const welcome = await again.next('welcome')
    expect(welcome.participant).toEqual(cat.welcome.participant)
    expect(await again.next('state')).toMatchObject({ phase: 'open', received: true, answer: single.answer })

    // An edit replaces the answer; closing does not stop a replay being acknowledged.
    again.send({ type: 'answer', questionId: single.id, answer: wrongOption, submissionId: 'sub-cat-2' })
    await again.next('ack')
    await control({ action: 'close' })
    again.send({ type: 'answer', questionId: single.id, answer: wrongOption, submissionId: 'sub-cat-2' })
    expect(await again.next('ack')).toMatchObject({ submissionId: 'sub-cat-2' })
    again.send({ type: 'answer', questionId: single.id, answer: single.answer, submissionId: 'sub-cat-3' })
    expect(await again.next('error')).toMatchObject({ code: 'not-open' })

    const results = await (await fetch(`${server.url}/live/api/results`, { headers: { authorization: `Bearer ${server.token}` } })).json()
    const row = results.participants.find((p: { name: string }) => p.name === 'Cat')
    expect(row.scores[questionKey(quiz.id, single.id)]).toBe(0)
    again.close()
  })

  it('a second tab or device of the same student learns the answer arrived', async () => {
    await control({ action: 'open', quizId: quiz.id, questionId: single.id })
    const phone = await joinStudent(server.url, 'Fay')
    const laptop = await Client.connect(server.url)
    laptop.send({ type: 'hello', role: 'student', clientId: phone.clientId })
    expect(await laptop.next('state')).toMatchObject({ received: false })
    phone.client.send({ type: 'answer', questionId: single.id, answer: single.answer, submissionId: 'sub-fay-1' })
    await phone.client.next('ack')
    expect(await laptop.next('state')).toMatchObject({ received: true, answer: single.answer })
    phone.client.close()
    laptop.close()
  })

  it('handles a connection\'s messages in order: an answer sent right behind a first hello is accepted', async () => {
    await control({ action: 'open', quizId: quiz.id, questionId: single.id })
    const client = await Client.connect(server.url)
    client.send({ type: 'hello', role: 'student', clientId: newClientId(), name: 'Gus', code: server.joinCode })
    client.send({ type: 'answer', questionId: single.id, answer: single.answer, submissionId: 'sub-gus-1' })
    expect(await client.next('ack')).toMatchObject({ submissionId: 'sub-gus-1' })
    client.close()
  })

  it('a new clientId without a name must give one', async () => {
    const client = await Client.connect(server.url)
    client.send({ type: 'hello', role: 'student', clientId: newClientId() })
    expect(await client.next('error')).toMatchObject({ code: 'name-required' })
    client.close()
  })
})

describe('refusals', () => {
  it('a wrong lecturer token is refused and the socket closed', async () => {
    const client = await Client.connect(server.url)
    client.send({ type: 'hello', role: 'lecturer', token: `${server.token}x` })
    expect(await client.next('error')).toMatchObject({ code: 'unauthorised' })
    expect((await client.waitClosed()).code).toBe(1008)
    expect(client.raw.join('')).not.toContain(server.token)
  })

  it.each([
    ['malformed JSON', '{"type":'],
    ['an unknown type', { type: 'shout' }],
    ['a bad clientId', { type: 'hello', role: 'student', clientId: 'short', name: 'X' }],
    ['an empty name', { type: 'hello', role: 'student', clientId: newClientId(), name: '' }],
  ])('answers %s with bad-message', async (_, message) => {
    const client = await Client.connect(server.url)
    client.send(message)
    expect(await client.next('error')).toMatchObject({ code: 'bad-message' })
    client.close()
  })

  it('answers a frame over 16 KiB with too-large and closes the socket with 1009', async () => {
    const client = await Client.connect(server.url)
    client.send({ type: 'ping', pad: 'x'.repeat(17 * 1024) })
    expect((await client.waitClosed()).code).toBe(1009)
    expect(client.messages).toEqual([expect.objectContaining({ type: 'error', code: 'too-large' })])
  })

  it('closes the socket with 1009 without reading a frame far over the limit', async () => {
    const client = await Client.connect(server.url)
    client.send('x'.repeat(1024 * 1024))
    expect((await client.waitClosed()).code).toBe(1009)
    expect(client.messages).toEqual([])
  })

  it('accepts a frame of just under 16 KiB', async () => {
    const client = await Client.connect(server.url)
    client.send({ type: 'ping', pad: 'x'.repeat(16 * 1024 - 40) })
    expect(await client.next('pong')).toEqual({ type: 'pong' })
    client.close()
  })

  it('refuses answers and controls from the wrong role, unknown ids and wrong shapes', async () => {
    const stranger = await Client.connect(server.url)
    stranger.send({ type: 'answer', questionId: single.id, answer: 'x', submissionId: 'sub-nobody' })
    expect(await stranger.next('error')).toMatchObject({ code: 'unauthorised' })
    stranger.close()

    await control({ action: 'open', quizId: quiz.id, questionId: single.id })
    const dan = await joinStudent(server.url, 'Dan')
    dan.client.send({ type: 'control', action: 'reveal' })
    expect(await dan.client.next('error')).toMatchObject({ code: 'unauthorised' })
    dan.client.send({ type: 'answer', questionId: 'no-such-question', answer: 'x', submissionId: 'sub-dan-1' })
    expect(await dan.client.next('error')).toMatchObject({ code: 'unknown-question' })
    dan.client.send({ type: 'answer', questionId: ordering.id, answer: ['x'], submissionId: 'sub-dan-2' })
    expect(await dan.client.next('error')).toMatchObject({ code: 'not-open' })
    dan.client.send({ type: 'answer', questionId: single.id, answer: ['not', 'a', 'string'], submissionId: 'sub-dan-3' })
    expect(await dan.client.next('error')).toMatchObject({ code: 'bad-message' })

    lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: 'no-such-question' })
    expect(await lecturer.next('error')).toMatchObject({ code: 'unknown-question' })
    dan.client.close()
  })

  it('refuses a socket opened from another site', async () => {
    await expect(Client.connect(server.url, { origin: 'http://evil.example' })).rejects.toThrow(/403/)
  })
})

describe('results', () => {
  it('keeps names as text and the CSV gradebook safe for spreadsheets', async () => {
    await control({ action: 'open', quizId: quiz.id, questionId: single.id })
    const names = ['<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")']
    for (const [i, name] of names.entries()) {
      const student = await joinStudent(server.url, name)
      student.client.send({ type: 'answer', questionId: single.id, answer: single.answer, submissionId: `sub-name-${i}` })
      await student.client.next('ack')
      student.client.close()
    }
    const state = await lecturer.next('lecturer-state')
    expect(state.participants.map(p => p.name)).toEqual(expect.arrayContaining(names))

    const response = await fetch(`${server.url}/live/api/gradebook.csv`, { headers: { authorization: `Bearer ${server.token}` } })
    expect(response.headers.get('content-type')).toContain('text/csv')
    const lines = (await response.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(lines[0]).toBe(`participant,id,${revealedSingle.id},${ordering.id},${single.id},total`)
    expect(lines.find(l => l.startsWith('<img'))).toMatch(new RegExp(`^<img src=x onerror=alert\\(1\\)>,[0-9a-f]+,,,${single.points},${single.points}$`))
    expect(lines.find(l => l.includes('HYPERLINK'))).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",/)

    const results = await (await fetch(`${server.url}/live/api/results`, { headers: { authorization: `Bearer ${server.token}` } })).json()
    expect(results.questions[2]).toMatchObject({ quizId: quiz.id, questionId: single.id, answered: expect.any(Number), max: single.points })
  })
})

describe('rate limits', () => {
  it('refuses messages over a connection\'s budget', async () => {
    const limited = tempSite()
    const small = await startServer(PORT + 1, limited, { rateLimits: { connection: { capacity: 5, perSecond: 1 }, ipMessages: { capacity: 1000, perSecond: 1000 }, ipConnections: { capacity: 1000, perSecond: 1000 } } })
    const client = await Client.connect(small.url)
    for (let i = 0; i < 8; i++)
      client.send({ type: 'ping' })
    expect(await client.next('error')).toMatchObject({ code: 'rate-limited' })
    expect(client.messages.filter(m => m.type === 'pong')).toHaveLength(5)
    client.close()
    await small.close()
    limited.remove()
  })

  it('refuses new connections from one address over its budget', async () => {
    const limited = tempSite()
    const small = await startServer(PORT + 2, limited, { rateLimits: { connection: { capacity: 5, perSecond: 1 }, ipMessages: { capacity: 1000, perSecond: 1000 }, ipConnections: { capacity: 2, perSecond: 0.01 } } })
    expect((await fetch(`${small.url}/live/api/info`)).status).toBe(200)
    expect((await fetch(`${small.url}/live/api/info`)).status).toBe(200)
    expect((await fetch(`${small.url}/live/api/info`)).status).toBe(429)
    await expect(Client.connect(small.url)).rejects.toThrow(/429/)
    await small.close()
    limited.remove()
  })
})

describe('restart', () => {
  it('a server restarted on the same session resumes its phase, participants and answers', async () => {
    const saved = tempSite()
    const first = await startServer(PORT + 3, saved)
    const lect = await joinLecturer(first.url, first.token)
    lect.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: single.id })
    await lect.next('lecturer-state')
    const eve = await joinStudent(first.url, 'Eve')
    eve.client.send({ type: 'answer', questionId: single.id, answer: single.answer, submissionId: 'sub-eve-1' })
    await eve.client.next('ack')
    await first.close()

    const second = await startServer(PORT + 3, saved, { sessionId: first.sessionId })
    expect(second.token).not.toBe(first.token)
    const back = await Client.connect(second.url)
    back.send({ type: 'hello', role: 'student', clientId: eve.clientId })
    expect((await back.next('welcome')).participant?.name).toBe('Eve')
    expect(await back.next('state')).toMatchObject({ phase: 'open', received: true, answer: single.answer, question: { id: single.id } })
    back.close()
    await second.close()
    saved.remove()
  })
})
