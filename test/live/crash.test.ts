// Crash test: `tsx scripts/live.ts` as a child process, many students answering, SIGKILL mid-stream, restart with --session: every acknowledged answer is still there.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { execFile, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, expect, it } from 'vitest'
import { normaliseJoinCode } from '../../logic/live/join-code.ts'
import { openSqliteStore } from '../../node/live/sqlite-store.ts'
import { content, joinCodes, joinLecturer, joinStudent, tempSite } from './helpers.ts'

const PORT = 4136
const STUDENTS = 150
const site = tempSite()
const children: ChildProcess[] = []
/** The session the crash test ran, exported afterwards. */
let crashedSession = ''

afterAll(() => {
  children.forEach(child => child.kill('SIGKILL'))
  site.remove()
})

/** Starts the live script and waits until it has started (the token is in the lecturer's file, not on the terminal). */
async function startScript(extra: string[] = []): Promise<{ child: ChildProcess, token: string, session: string, url: string }> {
  // `node --import tsx` runs the script in this one process (the tsx CLI would fork a child that SIGKILL misses).
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/live.ts', '--port', String(PORT), '--db', site.dbPath, '--dist', site.distDir, '--live-dist', site.liveDistDir, ...extra], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the script did not start:\n${output}`)), 30_000)
    /** The lecturer's file may be written a moment after the terminal names the session: look again until it is. */
    const tokenOf = (): string | undefined => {
      try {
        return /Lecturer token: (\S+)/.exec(readFileSync(`${site.dbPath}.lecturer.txt`, 'utf8'))?.[1]
      }
      catch {
        return undefined
      }
    }
    let started = false
    const check = () => {
      const session = /Session: +(\S+)/.exec(output)?.[1]
      const token = session && tokenOf()
      if (started || !session)
        return
      if (!token) {
        setTimeout(check, 50)
        return
      }
      started = true
      clearTimeout(timer)
      const url = `http://127.0.0.1:${PORT}`
      joinCodes.set(url, normaliseJoinCode(/Join code: +([A-Z0-9 ]+)/.exec(output)?.[1] ?? ''))
      resolve({ child, token, session, url })
    }
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      check()
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', code => reject(new Error(`the script exited (${code}):\n${output}`)))
  })
}

it('loses no acknowledged answer when the server is killed with SIGKILL', async () => {
  const quiz = content.quizzes[0]!
  const question = quiz.questions.find(q => q.kind === 'single')!
  if (question.kind !== 'single')
    throw new Error('no single-choice question')
  const first = await startScript()
  crashedSession = first.session
  const lecturer = await joinLecturer(first.url, first.token)
  lecturer.send({ type: 'control', action: 'open', quizId: quiz.id, questionId: question.id })
  await lecturer.next('lecturer-state', s => s.phase === 'open')

  const students = await Promise.all(Array.from({ length: STUDENTS }, (_, i) => joinStudent(first.url, `Student ${i}`)))
  const acked = new Map<string, string>()
  for (const [i, s] of students.entries()) {
    s.client.socket.on('message', (data) => {
      const message = JSON.parse(data.toString())
      if (message.type === 'ack')
        acked.set(s.welcome.participant!.id, message.submissionId)
    })
    s.client.socket.on('error', () => {})
    // A steady stream: the kill lands while answers are in flight.
    setTimeout(() => s.client.send({ type: 'answer', questionId: question.id, answer: question.options[i % question.options.length]!.id, submissionId: `crash-${i}-answer` }), i * 2)
  }
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (acked.size >= STUDENTS / 3) {
        clearInterval(poll)
        resolve()
      }
    }, 1)
  })
  first.child.kill('SIGKILL')
  await new Promise(resolve => first.child.once('exit', resolve))
  const ackedAtKill = new Map(acked)
  expect(ackedAtKill.size).toBeGreaterThan(0)

  // On disk, read directly: every acknowledged answer is there.
  const reader = openSqliteStore(site.dbPath, { readOnly: true })
  const snapshot = await reader.loadSession(first.session)
  await reader.close()
  const stored = new Map(snapshot?.answers.map(a => [a.participantId, a.submissionId]))
  for (const [participant, submission] of ackedAtKill)
    expect(stored.get(participant)).toBe(submission)

  // And the restarted session serves them.
  const second = await startScript(['--session', first.session])
  const results = await (await fetch(`${second.url}/live/api/results`, { headers: { authorization: `Bearer ${second.token}` } })).json() as { participants: Array<{ id: string, scores: Record<string, number> }> }
  const answered = new Set(results.participants.filter(p => Object.keys(p.scores).length > 0).map(p => p.id))
  for (const participant of ackedAtKill.keys())
    expect(answered.has(participant)).toBe(true)
  expect(results.participants).toHaveLength(STUDENTS)
  second.child.kill('SIGTERM')
  await new Promise(resolve => second.child.once('exit', resolve))
  students.forEach(s => s.client.socket.terminate())
  lecturer.socket.terminate()
})

/** Runs `scripts/live.ts` with `args` to the end: its exit code and what it printed. */
function runScript(args: string[]): Promise<{ code: number | null, output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/live.ts', '--db', site.dbPath, ...args], { cwd: process.cwd() }, (error, stdout, stderr) => {
      resolve({ code: error ? (error.code as number) : 0, output: stdout + stderr })
    })
  })
}

it('exports a stored session\'s gradebook later, without serving it', async () => {
  expect(crashedSession).not.toBe('')
  const file = join(site.dir, 'gradebook.csv')
  const run = await runScript(['--session', crashedSession, '--export', file])
  expect(run.output).toContain(`Wrote the gradebook of session ${crashedSession}`)
  expect(run.code).toBe(0)
  const lines = readFileSync(file, 'utf8').split('\r\n').filter(Boolean)
  expect(lines[0]).toMatch(/^\uFEFFparticipant,id,/)
  expect(lines).toHaveLength(STUDENTS + 1)

  const missing = await runScript(['--session', 'no-such-session', '--export', join(site.dir, 'none.csv')])
  expect(missing.code).toBe(1)
  expect(missing.output).toContain('There is no session "no-such-session"')
  expect(existsSync(join(site.dir, 'none.csv'))).toBe(false)
})
