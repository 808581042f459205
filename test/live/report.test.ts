// `npm run live -- --report` over a real SQLite database the test fills through the store: two labelled groups
// and an unlabelled session, known answers (one from a removed participant), the printed table and the CSV
// checked figure by figure; choosing sessions; an unknown session and a missing database refused clearly;
// and `--label` / `--session <id> --label` on a running server (port 4180).
import type { ChildProcess } from 'node:child_process'
import type { Report } from '../../logic/live/report.ts'
import type { LiveStore } from '../../node/live/store.ts'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { markAnswer } from '../../logic/marking/attempt.ts'
import { openSqliteStore } from '../../node/live/sqlite-store.ts'
import { content, startScript, startServer, tempSite, TestClient } from './helpers.ts'

const PORT = 4180
const site = tempSite()
const children: ChildProcess[] = []
afterAll(() => {
  children.forEach(child => child.kill('SIGKILL'))
  site.remove()
})

const A = '20251120-0900-aaaaaa'
const B = '20261120-0900-bbbbbb'
const C = '20261127-1400-cccccc'

function question(quizId: string, questionId: string) {
  return content.quizzes.find(q => q.id === quizId)!.questions.find(q => q.id === questionId)!
}

async function fill(store: LiveStore): Promise<void> {
  let at = Date.UTC(2025, 10, 20, 9, 0)
  const answer = async (sessionId: string, participantId: string, quizId: string, questionId: string, given: unknown) => {
    const mark = markAnswer(question(quizId, questionId), given)
    await store.saveAnswer(sessionId, { participantId, quizId, questionId, answer: given, submissionId: `${participantId}-${questionId}`, score: mark.score, max: mark.max, answeredAt: ++at })
  }
  const join = (sessionId: string, ids: string[]) => Promise.all(ids.map(id => store.addParticipant(sessionId, { id, clientHash: `hash-${id}`, name: `Student ${id}`, joinedAt: ++at })))
  const open = (sessionId: string, quizId: string, questionId: string) => store.recordEvent(sessionId, { phase: 'open', quizId, questionId, at: ++at })

  await store.createSession(A, Date.UTC(2025, 10, 20, 9, 0), { label: 'Group A, 2025' })
  await join(A, ['a1', 'a2', 'a3', 'a4'])
  await open(A, 'blackberry-pakistan', 'who-demanded')
  for (const [p, given] of [['a1', 'pta'], ['a2', 'assembly'], ['a3', 'assembly'], ['a4', 'pta']])
    await answer(A, p!, 'blackberry-pakistan', 'who-demanded', given)
  await open(A, 'blackberry-pakistan', 'bes-users')
  for (const [p, given] of [['a1', '5,000'], ['a2', 'about 4000'], ['a3', '4 000 users']])
    await answer(A, p!, 'blackberry-pakistan', 'bes-users', given)

  await store.createSession(B, Date.UTC(2026, 10, 20, 9, 0), { label: 'Group B, 2026' })
  await join(B, ['b1', 'b2', 'b3', 'bx'])
  await open(B, 'blackberry-pakistan', 'who-demanded')
  for (const [p, given] of [['b1', 'pta'], ['b2', 'pta'], ['b3', 'courts'], ['bx', 'assembly']])
    await answer(B, p!, 'blackberry-pakistan', 'who-demanded', given)
  await store.removeParticipant(B, 'bx', ++at)

  await store.createSession(C, Date.UTC(2026, 10, 27, 14, 0))
}

beforeAll(async () => {
  const store = openSqliteStore(site.dbPath)
  await fill(store)
  await store.close()
})

const script = ['--import', 'tsx', 'scripts/live.ts', '--dist', site.distDir, '--live-dist', site.liveDistDir]

function run(extra: string[]): Promise<{ code: number | null, stdout: string, stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...script, ...extra], { cwd: process.cwd() }, (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }))
  })
}

describe('npm run live -- --report', () => {
  it('prints, per question and objective, each group\'s and the overall figures, fitting 100 columns, and writes the same as CSV', async () => {
    const csvPath = join(site.dir, 'results.csv')
    const result = await run(['--db', site.dbPath, '--report', '--session', A, '--session', B, '--report-csv', csvPath])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    for (const line of lines)
      expect([...line].length, line).toBeLessThanOrEqual(100)
    // The sessions, then each question: its number, ids, kind, points and objective, the prompt, and a row per group.
    expect(result.stdout).toContain([
      'Sessions (2)',
      '   Session                Started (UTC)    Participants  Label',
      `   ${A}   2025-11-20 09:00            4  Group A, 2025`,
      `   ${B}   2026-11-20 09:00            3  Group B, 2026`,
    ].join('\n'))
    expect(result.stdout).toContain([
      'Q1 blackberry-pakistan / who-demanded · single choice · 1 point · BlackBerry and Pakistan',
      '   Which body gave BlackBerry a shutdown order in July?',
      '   Group                   Answered   Correct         Mean   Share Commonest wrong answer',
      '   Group A, 2025                  4    50.0 %     0.5 of 1  50.0 % Pakistan\'s National Assembly',
      '   Group B, 2026                  3    66.7 %    0.67 of 1  33.3 % A Pakistani court',
      '   Overall                        7    57.1 %    0.57 of 1  28.6 % Pakistan\'s National Assembly',
    ].join('\n'))
    // Asked in one group only: "not asked" in the other, never 0 %; the wrong number as marking reads it.
    expect(result.stdout).toContain([
      'Q2 blackberry-pakistan / bes-users · number · 1 point · BlackBerry and Pakistan',
      '   About how many BES users was BlackBerry estimated to have in Pakistan?',
      '   Group                   Answered   Correct         Mean   Share Commonest wrong answer',
      '   Group A, 2025                  3    33.3 %    0.33 of 1  66.7 % 4,000 users',
      '   Group B, 2026          not asked',
      '   Overall                        3    33.3 %    0.33 of 1  66.7 % 4,000 users',
    ].join('\n'))
    expect(result.stdout).toContain([
      'BlackBerry and Pakistan (blackberry-case)',
      '   Group                  Questions   Answers   Correct    Points  Lowest',
      '   Group A, 2025                  2         7    42.9 %    42.9 %  Q2 (33.3 %)',
      '   Group B, 2026                  1         3    66.7 %    66.7 %  Q1 (66.7 %)',
      '   Overall                        2        10    50.0 %    50.0 %  Q2 (33.3 %)',
    ].join('\n'))
    expect(result.stdout).not.toContain(C)
    expect(result.stdout).toContain(`Wrote the same table as CSV to ${csvPath}.`)

    const csv = readFileSync(csvPath, 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      'section,quiz,question,objective,text,group,session,asked,questions,answered,percent_correct,mean_score,points,percent_of_points,commonest_wrong_answer,commonest_wrong_percent,lowest_question',
      `question,blackberry-pakistan,who-demanded,blackberry-case,Which body gave BlackBerry a shutdown order in July?,"Group A, 2025",${A},yes,1,4,50,0.5,1,,Pakistan's National Assembly,50,`,
      `question,blackberry-pakistan,who-demanded,blackberry-case,Which body gave BlackBerry a shutdown order in July?,"Group B, 2026",${B},yes,1,3,66.7,0.67,1,,A Pakistani court,33.3,`,
      'question,blackberry-pakistan,who-demanded,blackberry-case,Which body gave BlackBerry a shutdown order in July?,overall,,yes,1,7,57.1,0.57,1,,Pakistan\'s National Assembly,28.6,',
      `question,blackberry-pakistan,bes-users,blackberry-case,About how many BES users was BlackBerry estimated to have in Pakistan?,"Group A, 2025",${A},yes,1,3,33.3,0.33,1,,"4,000 users",66.7,`,
      `question,blackberry-pakistan,bes-users,blackberry-case,About how many BES users was BlackBerry estimated to have in Pakistan?,"Group B, 2026",${B},no,,,,,1,,,,`,
      'question,blackberry-pakistan,bes-users,blackberry-case,About how many BES users was BlackBerry estimated to have in Pakistan?,overall,,yes,1,3,33.3,0.33,1,,"4,000 users",66.7,',
      `objective,,,blackberry-case,BlackBerry and Pakistan,"Group A, 2025",${A},yes,2,7,42.9,,,42.9,,,blackberry-pakistan/bes-users`,
      `objective,,,blackberry-case,BlackBerry and Pakistan,"Group B, 2026",${B},yes,1,3,66.7,,,66.7,,,blackberry-pakistan/who-demanded`,
      'objective,,,blackberry-case,BlackBerry and Pakistan,overall,,yes,2,10,50,,,50,,,blackberry-pakistan/bes-users',
      '',
    ])
  })

  it('compares every stored session by default, an unlabelled one listed by its id and date', async () => {
    const result = await run(['--db', site.dbPath, '--report'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`   ${C}   2026-11-27 14:00            0  —`)
    expect(result.stdout).toContain(`   ${C}   not asked`)
  })

  it.each([
    ['an unknown session, listing those the database holds', ['--report', '--session', A, '--session', 'typo'], `There is no session "typo" in ${site.dbPath}. It holds:\n  ${A}  "Group A, 2025"  (started 2025-11-20 09:00 UTC, 4 participants)`],
    ['a missing database', ['--report', '--db', join(site.dir, 'nowhere.sqlite')], `There is no database at ${join(site.dir, 'nowhere.sqlite')} (give its path with --db).`],
    ['a label with a report', ['--report', '--label', 'Group C'], '--report only reads: leave out --label'],
    ['a file that is not a database', ['--report', '--db', join(site.dir, 'dist', 'index.html')], `Cannot read the database ${join(site.dir, 'dist', 'index.html')}: file is not a database`],
    ['a CSV file it cannot write', ['--report-csv', join(site.dir, 'no-such-folder', 'results.csv')], `Cannot write the CSV file ${join(site.dir, 'no-such-folder', 'results.csv')}: ENOENT`],
  ])('refuses %s', async (_name, extra, message) => {
    const result = await run(['--db', site.dbPath, ...extra])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(message)
    expect(result.stdout).toBe('')
  })
})

describe('GET /live/api/report and /live/api/report.csv', () => {
  it('compare every session of the server\'s database, for the token only', async () => {
    const own = tempSite()
    const store = openSqliteStore(own.dbPath)
    await fill(store)
    await store.close()
    const server = await startServer(PORT + 2, own, { label: 'Today' })
    try {
      for (const path of ['/live/api/report', '/live/api/report.csv'])
        expect((await fetch(`${server.url}${path}`)).status).toBe(401)
      const auth = { headers: { authorization: `Bearer ${server.token}` } }
      const report = await (await fetch(`${server.url}/live/api/report`, auth)).json() as Report
      expect(report.sessions.map(s => [s.group, s.participants])).toEqual([['Group A, 2025', 4], ['Group B, 2026', 3], [C, 0], ['Today', 0]])
      expect(report.questions.find(q => q.questionId === 'who-demanded')!.overall).toEqual({ answered: 7, percentCorrect: 57.1, meanScore: 0.57, commonestWrong: { texts: ['Pakistan\'s National Assembly'], count: 2, share: 2 / 7 } })
      const csv = await fetch(`${server.url}/live/api/report.csv`, auth)
      expect(csv.headers.get('content-disposition')).toBe('attachment; filename="sessions-compared.csv"')
      expect(await csv.text()).toContain('\r\nquestion,blackberry-pakistan,who-demanded,blackberry-case,Which body gave BlackBerry a shutdown order in July?,overall,,yes,1,7,57.1,0.57,1,,Pakistan\'s National Assembly,28.6,\r\n')
    }
    finally {
      await server.close()
      own.remove()
    }
  })
})

/** Starts the server on PORT and waits for the end of what it prints at start. */
async function start(extra: string[]): Promise<{ child: ChildProcess, output: string }> {
  const { child, output } = await startScript([...script, '--port', String(PORT), ...extra], children)
  return { child, output: output() }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGINT')
  await exited
}

describe('npm run live -- --label', () => {
  it('stores the label with a new session and shows it; --session <id> --label relabels it; the report lists it', async () => {
    const db = join(site.dir, 'labels.sqlite')
    const first = await start(['--db', db, '--label', '  Group   C, 2026 '])
    const id = /Session: {8}(\S+) {2}"Group C, 2026" {2}\(resume later/.exec(first.output)?.[1]
    expect(id, first.output).toBeDefined()
    await stop(first.child)

    const second = await start(['--db', db, '--session', id!, '--label', 'Group C (resit)'])
    expect(second.output).toContain(`Session:        ${id}  "Group C (resit)"  (resume later with --session ${id})`)
    await stop(second.child)

    // Without --label a resumed session keeps its label.
    const third = await start(['--db', db, '--session', id!])
    expect(third.output).toContain(`Session:        ${id}  "Group C (resit)"`)
    await stop(third.child)

    const report = await run(['--db', db, '--report'])
    expect(report.stdout).toContain(`   ${id}   `)
    expect(report.stdout).toContain('  Group C (resit)\n')
  })

  it('sends the label to the control page only (the projector and students never get it)', async () => {
    const own = tempSite()
    const server = await startServer(PORT + 1, own, { label: 'Group D' })
    try {
      const lecturer = await TestClient.connect(server.url)
      lecturer.send({ type: 'hello', role: 'lecturer', token: server.token })
      expect((await lecturer.next('lecturer-state')).label).toBe('Group D')
      const projector = await TestClient.connect(server.url)
      projector.send({ type: 'hello', role: 'projector' })
      expect(await projector.next('projector-state')).not.toHaveProperty('label')
      lecturer.close()
      projector.close()
    }
    finally {
      await server.close()
      own.remove()
    }
  })

  it('refuses a label on more than one line', async () => {
    const result = await run(['--db', join(site.dir, 'labels.sqlite'), '--label', 'Group\nC'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('--label is plain text on one line.')
  })
})
