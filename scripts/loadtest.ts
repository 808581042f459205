// `npm run loadtest [-- --students 1000 --questions 10 --rounds 2 --abuse --mixed --polls]`: the live server as a child process on 127.0.0.1:4139 with a temp
// database; N WebSocket students answer every question, blind, in two peer-instruction rounds (vote, discuss, vote again,
// show votes, reveal; `--rounds 1` for one); with --abuse, 5 hostile clients run beside them the whole time (a join
// flood, 300 sockets of oversized answers, a reader that never reads, half-sent frames, sockets that never say hello). Prints answers
// sent/acked/stored, the honest students' ack latency percentiles, errors, and what the hostile clients achieved.
import type { ChildProcess } from 'node:child_process'
import type { PublicQuestion, ServerMessage } from '../logic/live/protocol.ts'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import WebSocket from 'ws'
import { normaliseJoinCode } from '../logic/live/join-code.ts'
import { openSqliteStore } from '../node/live/sqlite-store.ts'
import { readContent } from '../node/read-content.ts'
import { audienceSummary, audienceTraffic } from './loadtest-audience.ts'
import { LOAD_POLL_ID, pollStats, pollSummary, pollTraffic } from './loadtest-polls.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '100' },
    questions: { type: 'string', default: '10' },
    port: { type: 'string', default: '4139' },
    /** Students answer at random within this many ms of the question opening. */
    spread: { type: 'string', default: '1000' },
    /** Five hostile clients beside the honest class. */
    abuse: { type: 'boolean', default: false },
    /** Questions to the lecturer, upvotes and pace signals among the answers (scripts/loadtest-audience.ts). */
    mixed: { type: 'boolean', default: false },
    /** 2: every question is answered, discussed and answered again (peer instruction); 1: answered once. */
    rounds: { type: 'string', default: '2' },
    /** A word cloud open beside the questions, every student sending words (scripts/loadtest-polls.ts). */
    polls: { type: 'boolean', default: false },
  },
})
const STUDENTS = Number(values.students)
const QUESTIONS = Number(values.questions)
const PORT = Number(values.port)
const SPREAD_MS = Number(values.spread)
const ROUNDS = Number(values.rounds)
if (ROUNDS !== 1 && ROUNDS !== 2)
  throw new Error(`--rounds must be 1 or 2, not "${values.rounds}".`)
const URL_BASE = `http://127.0.0.1:${PORT}`
const WS_URL = `${URL_BASE.replace('http', 'ws')}/live/ws`
const TOKEN_LINE = /Lecturer token: (\S+)/
const SESSION_LINE = /Session: +(\S+)/
/** The join code as the terminal prints it (spaced); every client here knows it, the hostile ones too (the worst case: someone in the room). */
const CODE_LINE = /Join code: +([A-Z0-9 ]+)/
let joinCode = ''

const content = readContent(root)
if (!content.ok)
  throw new Error('The content has errors; run npm run validate.')
const questions = content.value.quizzes.flatMap(quiz => quiz.questions.map(q => ({ quizId: quiz.id, questionId: q.id }))).slice(0, QUESTIONS)

/** A stub site: the load test measures the socket, not the static files. */
const dir = mkdtempSync(join(tmpdir(), 'live-load-'))
for (const sub of ['dist', 'dist-live'])
  mkdirSync(join(dir, sub))
writeFileSync(join(dir, 'dist', 'index.html'), 'deck')
writeFileSync(join(dir, 'dist-live', 'student.html'), 'student')
const dbPath = join(dir, 'load.sqlite')

function startServer(): Promise<{ child: ChildProcess, token: string, session: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/live.ts'), '--port', String(PORT), '--db', dbPath, '--dist', join(dir, 'dist'), '--live-dist', join(dir, 'dist-live')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolve, reject) => {
    const read = (chunk: { toString: () => string }) => {
      output += chunk.toString()
      const session = SESSION_LINE.exec(output)?.[1]
      const token = session && TOKEN_LINE.exec(readFileSync(`${dbPath}.lecturer.txt`, 'utf8'))?.[1]
      if (token && session) {
        joinCode = normaliseJoinCode(CODE_LINE.exec(output)?.[1] ?? '')
        resolve({ child, token, session })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', (chunk: { toString: () => string }) => {
      // Storage failures and the like: the load test shows them.
      process.stderr.write(chunk.toString())
      read(chunk)
    })
    child.once('exit', code => reject(new Error(`the server exited (${code}):\n${output}`)))
  })
}

/** A plausible answer of the right shape for a public question. */
function answerFor(question: PublicQuestion, i: number): unknown {
  switch (question.kind) {
    case 'single': return question.options[i % question.options.length]!.id
    case 'multiple': return [question.options[i % question.options.length]!.id]
    case 'truefalse': return i % 2 === 0
    case 'numeric': return String(i)
    case 'text': return `answer ${i % 5}`
    case 'ordering': return question.items.map(item => item.id)
    case 'matching': return Object.fromEntries(question.prompts.map((p, j) => [p.id, question.options[(i + j) % question.options.length]!.id]))
  }
}

const stats = { sent: 0, acked: 0, errors: 0, joinRetries: 0, latencies: [] as number[], acks: new Map<string, string>(), errorCodes: new Map<string, number>() }
let onAllAcked: (() => void) | undefined
let expectedAcks = 0

function connect(headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(WS_URL, { headers })
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

/** One honest student: joins (again after a 1013 "try again later", as the page does), answers each question once. */
async function joinStudent(i: number): Promise<void> {
  for (;;) {
    const socket = await connect()
    const joined = await new Promise<boolean>((resolve) => {
      const sentAt = new Map<string, number>()
      let participantId = ''
      /** `question id / round` of the last question answered. */
      let answeredQuestion = ''
      socket.on('error', () => stats.errors++)
      socket.on('close', (code) => {
        if (code === 1013)
          return resolve(false)
        if (code !== 1000 && code !== 1005)
          stats.errors++
      })
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as ServerMessage
        if (message.type === 'welcome') {
          participantId = message.participant!.id
          resolve(true)
        }
        else if (message.type === 'state' && message.phase === 'open' && message.question && answeredQuestion !== `${message.question.id}/${message.round ?? 1}`) {
          const question = message.question
          const round = message.round ?? 1
          answeredQuestion = `${question.id}/${round}`
          setTimeout(() => {
            const submissionId = `load-${i}-${question.id}-r${round}`
            sentAt.set(submissionId, performance.now())
            // In round 2 every other student changes their answer.
            socket.send(JSON.stringify({ type: 'answer', questionId: question.id, answer: answerFor(question, round === 2 && i % 2 ? i + 1 : i), submissionId }))
            stats.sent++
          }, Math.random() * SPREAD_MS)
        }
        else if (message.type === 'ack') {
          stats.latencies.push(performance.now() - sentAt.get(message.submissionId)!)
          stats.acked++
          stats.acks.set(`${participantId}/${message.questionId}/${message.submissionId.endsWith('-r2') ? 2 : 1}`, message.submissionId)
          if (stats.acked >= expectedAcks)
            onAllAcked?.()
        }
        else if (message.type === 'error' && !(message.code === 'rate-limited' && !participantId)) {
          stats.errors++
          stats.errorCodes.set(message.code, (stats.errorCodes.get(message.code) ?? 0) + 1)
        }
      })
      if (values.mixed)
        audienceTraffic(socket, i, QUESTIONS * SPREAD_MS)
      if (values.polls)
        pollTraffic(socket, i, QUESTIONS * SPREAD_MS)
      socket.send(JSON.stringify({ type: 'hello', role: 'student', clientId: `loadtest-student-${String(i).padStart(6, '0')}`, name: `Student ${i}`, code: joinCode }))
    })
    if (joined)
      return
    stats.joinRetries++
    await new Promise(resolve => setTimeout(resolve, 500 + Math.random() * 1000))
  }
}

// ---------------------------------------------------------------- hostile clients (--abuse)

const hostile = { joinsTried: 0, joinsAccepted: 0, bigFrames: 0, halfFrames: 0, silentSockets: 0, slowReaderClosed: 0, refusedUpgrades: 0 }
/** Whether the hostile clients keep going (an object, so their loops see it change). */
const abuse = { on: false }
const hostileSockets = new Set<WebSocket>()

/** Keeps `run` going in a loop until the test ends; a refused upgrade counts and waits a little. */
async function hostileLoop(run: () => Promise<void>): Promise<void> {
  while (abuse.on) {
    try {
      await run()
    }
    catch {
      hostile.refusedUpgrades++
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
}

function closed(socket: WebSocket): Promise<void> {
  return new Promise(resolve => socket.readyState === WebSocket.CLOSED ? resolve() : socket.once('close', () => resolve()))
}

function track(socket: WebSocket): WebSocket {
  hostileSockets.add(socket)
  socket.on('error', () => {})
  socket.once('close', () => hostileSockets.delete(socket))
  return socket
}

let fakeCounter = 0
/** 1. A join flood: new browsers with new names, as fast as the server lets them in. */
async function joinFlood(): Promise<void> {
  const socket = track(await connect())
  socket.on('message', (data) => {
    if ((JSON.parse(data.toString()) as ServerMessage).type === 'welcome')
      hostile.joinsAccepted++
  })
  for (let n = 0; n < 50 && socket.readyState === WebSocket.OPEN; n++) {
    hostile.joinsTried++
    socket.send(JSON.stringify({ type: 'hello', role: 'student', clientId: `flood-${process.pid}-${++fakeCounter}`.padEnd(16, 'x'), name: `Fake ${fakeCounter}`, code: joinCode }))
    await new Promise(resolve => setTimeout(resolve, 2))
  }
  socket.close()
  await closed(socket)
}

/** 2. Oversized answers: 300 sockets, each sending 16 KiB answers as fast as it can until closed (then it reconnects). */
async function bigAnswers(): Promise<void> {
  const filler = 'x'.repeat(16 * 1024 - 200)
  await Promise.all(Array.from({ length: 300 }, async () => {
    const socket = track(await connect())
    socket.send(JSON.stringify({ type: 'hello', role: 'student', clientId: `big-answers-${process.pid}-${++fakeCounter}`.padEnd(16, 'x'), name: `Big ${fakeCounter}`, code: joinCode }))
    while (socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: 'answer', questionId: questions[0]!.questionId, answer: filler, submissionId: `big-${++fakeCounter}` }))
      hostile.bigFrames++
      await new Promise(resolve => setTimeout(resolve, 10))
    }
    await closed(socket)
  }))
}

/** 3. A projector that never reads: the room views pile up on its side until the server's buffer bound closes it. */
async function slowReader(): Promise<void> {
  const socket = track(await connect())
  socket.send(JSON.stringify({ type: 'hello', role: 'projector' }))
  ;(socket as unknown as { _socket: { pause: () => void } })._socket.pause()
  await closed(socket)
  hostile.slowReaderClosed++
}

/** 4. Half-sent frames: a header announcing 16 KiB, a few bytes, then nothing; 50 sockets at a time. */
async function halfFrames(): Promise<void> {
  const sockets = await Promise.all(Array.from({ length: 50 }, async () => {
    const socket = track(await connect())
    ;(socket as unknown as { _socket: { write: (b: Buffer) => void } })._socket.write(Buffer.from([0x81, 0xFE, 0x40, 0x00, 1, 2, 3, 4, 5, 6]))
    hostile.halfFrames++
    return socket
  }))
  await Promise.all(sockets.map(closed))
}

/** 5. Sockets that connect and never say hello, 200 at a time. */
async function silentSockets(): Promise<void> {
  const sockets = await Promise.all(Array.from({ length: 200 }, async () => {
    const socket = track(await connect())
    hostile.silentSockets++
    return socket
  }))
  await Promise.all(sockets.map(closed))
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN
}

const server = await startServer()
let exitCode = 1
try {
  const started = performance.now()
  for (let i = 0; i < STUDENTS; i += 50)
    await Promise.all(Array.from({ length: Math.min(50, STUDENTS - i) }, (_, j) => joinStudent(i + j)))
  console.log(`${STUDENTS} students joined in ${((performance.now() - started) / 1000).toFixed(1)} s${stats.joinRetries ? ` (${stats.joinRetries} joins retried after "try again later")` : ''}`)

  const hostileRuns: Array<Promise<void>> = []
  if (values.abuse) {
    abuse.on = true
    hostileRuns.push(...[joinFlood, bigAnswers, slowReader, halfFrames, silentSockets].map(hostileLoop))
    // Let the hostile clients get going before the first question.
    await new Promise(resolve => setTimeout(resolve, 2000))
  }

  const lecturer = await connect()
  lecturer.send(JSON.stringify({ type: 'hello', role: 'lecturer', token: server.token }))
  const control = (message: object) => lecturer.send(JSON.stringify({ type: 'control', ...message }))
  const pollOpened = performance.now()
  if (values.polls)
    lecturer.send(JSON.stringify({ type: 'poll', action: 'open', pollId: LOAD_POLL_ID }))
  /** Opens a round (by `start`) and waits until every student's answer to it is acknowledged. */
  const round = (target: number, start: () => void) => {
    expectedAcks = target
    const done = new Promise<boolean>((resolve) => {
      onAllAcked = () => resolve(true)
      setTimeout(resolve, SPREAD_MS + 30_000, false)
    })
    start()
    return done
  }
  for (const [n, q] of questions.entries()) {
    const before = STUDENTS * ROUNDS * n
    let complete = await round(before + STUDENTS, () => control({ action: 'open', ...q }))
    if (ROUNDS === 2) {
      complete = await round(before + 2 * STUDENTS, () => {
        control({ action: 'discuss' })
        control({ action: 'vote-again' })
      }) && complete
    }
    control({ action: 'show-votes' })
    control({ action: 'reveal' })
    console.log(`question ${n + 1}/${questions.length} (${q.questionId}): ${complete ? 'all acknowledged' : 'TIMED OUT'}${ROUNDS === 2 ? ' in both rounds' : ''} (acked so far ${stats.acked})`)
  }
  // The last word-cloud entries are sent up to QUESTIONS × spread after the poll opened: wait for their echoes.
  while (values.polls && (performance.now() < pollOpened + QUESTIONS * SPREAD_MS + 500 || pollStats.acked < pollStats.sent) && performance.now() < pollOpened + QUESTIONS * SPREAD_MS + 30_000)
    await new Promise(resolve => setTimeout(resolve, 100))
  control({ action: 'finish' })
  await new Promise(resolve => setTimeout(resolve, 500))
  abuse.on = false
  hostileSockets.forEach(socket => socket.terminate())
  await Promise.all(hostileRuns)

  server.child.kill('SIGTERM')
  await new Promise(resolve => server.child.once('exit', resolve))
  const reader = openSqliteStore(dbPath, { readOnly: true })
  const snapshot = await reader.loadSession(server.session)
  await reader.close()
  const rows = snapshot?.answers ?? []
  const stored = new Map(rows.map(r => [`${r.participantId}/${r.questionId}/${r.round ?? 1}`, r.submissionId]))
  const lost = [...stats.acks].filter(([key, submission]) => stored.get(key) !== submission).length
  const sorted = [...stats.latencies].sort((a, b) => a - b)
  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(`
students ${STUDENTS}, questions ${questions.length}, ${ROUNDS === 2 ? '2 rounds each (blind, discuss, vote again, show votes, reveal)' : '1 round each (blind, show votes, reveal)'}, answers spread over ${SPREAD_MS} ms after each opening${values.abuse ? ', with 5 hostile clients' : ''}
answers sent ${stats.sent}, acked ${stats.acked}, stored ${rows.length}, acked but not stored ${lost}
ack latency p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? Number.NaN)}
errors ${stats.errors}${stats.errorCodes.size ? ` (${Array.from(stats.errorCodes, ([code, n]) => `${code} ×${n}`).join(', ')})` : ''}`)
  if (values.abuse) {
    console.log(`hostile: join flood ${hostile.joinsAccepted} of ${hostile.joinsTried} joins accepted (participants stored: ${snapshot?.participants.length ?? 0}); ${hostile.bigFrames} oversized answers sent; slow reader closed ${hostile.slowReaderClosed}×; ${hostile.halfFrames} half frames; ${hostile.silentSockets} silent sockets; ${hostile.refusedUpgrades} upgrades refused`)
  }
  const mixed = values.mixed ? audienceSummary(snapshot, percentile) : undefined
  if (mixed)
    console.log(mixed.text)
  const polled = values.polls ? pollSummary(snapshot, percentile) : undefined
  if (polled)
    console.log(polled.text)
  exitCode = lost > 0 || stats.errors > 0 || stats.acked < STUDENTS * questions.length * ROUNDS || mixed?.lost || polled?.lost ? 1 : 0
}
finally {
  server.child.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
  process.exit(exitCode)
}
