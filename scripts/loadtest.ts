// `npm run loadtest [-- --students 1000 --questions 10]`: the live server as a child process on 127.0.0.1:4139 with a temp database; N WebSocket students answer every question; prints answers sent/acked/stored, ack latency percentiles and errors.
import type { ChildProcess } from 'node:child_process'
import type { PublicQuestion, ServerMessage } from '../logic/live/protocol.ts'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import WebSocket from 'ws'
import { readContent } from '../node/read-content.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '100' },
    questions: { type: 'string', default: '10' },
    port: { type: 'string', default: '4139' },
    /** Students answer at random within this many ms of the question opening. */
    spread: { type: 'string', default: '1000' },
  },
})
const STUDENTS = Number(values.students)
const QUESTIONS = Number(values.questions)
const PORT = Number(values.port)
const SPREAD_MS = Number(values.spread)
const URL_BASE = `http://127.0.0.1:${PORT}`
const TOKEN_LINE = /Lecturer token: (\S+)/
const SESSION_LINE = /Session: +(\S+)/

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
      const token = TOKEN_LINE.exec(output)?.[1]
      const session = SESSION_LINE.exec(output)?.[1]
      if (token && session)
        resolve({ child, token, session })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
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

const stats = { sent: 0, acked: 0, errors: 0, latencies: [] as number[], acks: new Map<string, string>(), errorCodes: new Map<string, number>() }
let onAllAcked: (() => void) | undefined
let expectedAcks = 0

function connect(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${URL_BASE.replace('http', 'ws')}/live/ws`)
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

async function joinStudent(i: number): Promise<void> {
  const socket = await connect()
  const sentAt = new Map<string, number>()
  let participantId = ''
  let answeredQuestion = ''
  socket.on('error', () => stats.errors++)
  socket.on('close', (code) => {
    if (code !== 1000 && code !== 1005)
      stats.errors++
  })
  await new Promise<void>((resolve) => {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as ServerMessage
      if (message.type === 'welcome') {
        participantId = message.participant!.id
        resolve()
      }
      else if (message.type === 'state' && message.phase === 'open' && message.question && answeredQuestion !== message.question.id) {
        const question = message.question
        answeredQuestion = question.id
        setTimeout(() => {
          const submissionId = `load-${i}-${question.id}`
          sentAt.set(submissionId, performance.now())
          socket.send(JSON.stringify({ type: 'answer', questionId: question.id, answer: answerFor(question, i), submissionId }))
          stats.sent++
        }, Math.random() * SPREAD_MS)
      }
      else if (message.type === 'ack') {
        stats.latencies.push(performance.now() - sentAt.get(message.submissionId)!)
        stats.acked++
        stats.acks.set(`${participantId}/${message.questionId}`, message.submissionId)
        if (stats.acked >= expectedAcks)
          onAllAcked?.()
      }
      else if (message.type === 'error') {
        stats.errors++
        stats.errorCodes.set(message.code, (stats.errorCodes.get(message.code) ?? 0) + 1)
      }
    })
    socket.send(JSON.stringify({ type: 'hello', role: 'student', clientId: `loadtest-student-${String(i).padStart(6, '0')}`, name: `Student ${i}` }))
  })
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN
}

const server = await startServer()
try {
  const started = performance.now()
  for (let i = 0; i < STUDENTS; i += 50)
    await Promise.all(Array.from({ length: Math.min(50, STUDENTS - i) }, (_, j) => joinStudent(i + j)))
  console.log(`${STUDENTS} students joined in ${((performance.now() - started) / 1000).toFixed(1)} s`)

  const lecturer = await connect()
  lecturer.send(JSON.stringify({ type: 'hello', role: 'lecturer', token: server.token }))
  const control = (message: object) => lecturer.send(JSON.stringify({ type: 'control', ...message }))
  for (const [n, q] of questions.entries()) {
    expectedAcks = STUDENTS * (n + 1)
    const done = new Promise<boolean>((resolve) => {
      onAllAcked = () => resolve(true)
      setTimeout(resolve, SPREAD_MS + 30_000, false)
    })
    control({ action: 'open', ...q })
    const complete = await done
    control({ action: 'close' })
    control({ action: 'reveal' })
    console.log(`question ${n + 1}/${questions.length} (${q.questionId}): ${complete ? 'all acknowledged' : 'TIMED OUT'} (acked so far ${stats.acked})`)
  }
  control({ action: 'finish' })
  await new Promise(resolve => setTimeout(resolve, 500))

  const db = new Database(dbPath, { readonly: true })
  const rows = db.prepare('SELECT participant_id, question_id, submission_id FROM answers WHERE session_id = ?').all(server.session) as Array<{ participant_id: string, question_id: string, submission_id: string }>
  db.close()
  const stored = new Map(rows.map(r => [`${r.participant_id}/${r.question_id}`, r.submission_id]))
  const lost = [...stats.acks].filter(([key, submission]) => stored.get(key) !== submission).length
  const sorted = [...stats.latencies].sort((a, b) => a - b)
  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(`
students ${STUDENTS}, questions ${questions.length}, answers spread over ${SPREAD_MS} ms after each opening
answers sent ${stats.sent}, acked ${stats.acked}, stored ${rows.length}, acked but not stored ${lost}
ack latency p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? Number.NaN)}
errors ${stats.errors}${stats.errorCodes.size ? ` (${Array.from(stats.errorCodes, ([code, n]) => `${code} ×${n}`).join(', ')})` : ''}`)
  process.exitCode = lost > 0 || stats.errors > 0 || stats.acked < STUDENTS * questions.length ? 1 : 0
}
finally {
  server.child.kill('SIGTERM')
  await new Promise(resolve => server.child.once('exit', resolve))
  rmSync(dir, { recursive: true, force: true })
  process.exit()
}
