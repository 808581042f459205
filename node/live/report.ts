// `npm run live -- --report`: reads stored sessions into the plain records logic/live/report.ts aggregates
// (the one place that knows the store's shape), and writes the report to the terminal and, if asked, a CSV file.
import type { Content } from '../../logic/content/compile.ts'
import type { Report, ReportAnswer, ReportSession } from '../../logic/live/report.ts'
import type { LiveStore, SessionSnapshot, StoredAnswer } from './store.ts'
import { existsSync, writeFileSync } from 'node:fs'
import { reportCsv, reportText } from '../../logic/live/report-format.ts'
import { buildReport } from '../../logic/live/report.ts'
import { countedAnswer, DEFAULT_MARKED_ROUND } from '../../logic/live/rounds.ts'
import { sessionLine } from '../../logic/live/session-label.ts'
import { replayEvents } from '../../logic/live/session.ts'
import { markAnswer } from '../../logic/marking/attempt.ts'
import { openSqliteStore } from './sqlite-store.ts'

export interface ReportRecords {
  sessions: ReportSession[]
  answers: ReportAnswer[]
}

/**
 * The sessions named (all, oldest first, when none is) and their answers, each marked again against
 * today's keys as the gradebook does. Throws, listing what the store holds, when a named session is not there.
 */
export async function reportRecords(store: LiveStore, content: Content, sessionIds: readonly string[], where: string): Promise<ReportRecords> {
  const stored = await store.listSessions()
  const unknown = sessionIds.filter(id => !stored.some(s => s.sessionId === id))
  if (unknown.length) {
    const list = stored.length
      ? `It holds:\n${stored.map(s => `  ${sessionLine(s)}`).join('\n')}`
      : 'It holds no sessions.'
    throw new Error(`There is no session ${unknown.map(id => `"${id}"`).join(', ')} in ${where}. ${list}`)
  }
  const questions = new Map(content.quizzes.flatMap(quiz => quiz.questions.map(q => [`${quiz.id}/${q.id}`, q] as const)))
  const records: ReportRecords = { sessions: [], answers: [] }
  for (const id of sessionIds.length ? [...new Set(sessionIds)] : stored.map(s => s.sessionId)) {
    // One session at a time, letting a running server answer its class in between.
    await new Promise(resolve => setImmediate(resolve))
    const snapshot = (await store.loadSession(id))!
    const session: ReportSession = { sessionId: id, createdAt: snapshot.createdAt, participants: snapshot.participants.map(p => p.id), removed: snapshot.removed, asked: replayEvents(snapshot.events).asked }
    records.sessions.push(snapshot.label === undefined ? session : { ...session, label: snapshot.label })
    for (const a of markedAnswers(snapshot)) {
      const question = questions.get(`${a.quizId}/${a.questionId}`)
      const mark = question ? markAnswer(question, a.answer) : { score: a.score, max: a.max }
      records.answers.push({ sessionId: id, quizId: a.quizId, questionId: a.questionId, participantId: a.participantId, answer: a.answer, score: mark.score, max: mark.max })
    }
  }
  return records
}

/**
 * The answer that counts for each participant and question: for a peer-instruction question, the
 * session's marked round (round 2: else the first, carried over), as the gradebook counts it.
 */
function markedAnswers(snapshot: SessionSnapshot): StoredAnswer[] {
  const twoRounds = new Set(replayEvents(snapshot.events).asked.filter(a => a.twoRounds).map(a => `${a.quizId}/${a.questionId}`))
  const byKey = new Map<string, { first?: StoredAnswer, second?: StoredAnswer }>()
  for (const a of snapshot.answers) {
    const key = `${a.quizId}/${a.questionId}/${a.participantId}`
    const both = byKey.get(key) ?? {}
    if (a.round === 2)
      both.second = a
    else
      both.first = a
    byKey.set(key, both)
  }
  const markedRound = snapshot.markedRound ?? DEFAULT_MARKED_ROUND
  return [...byKey.values()].flatMap(({ first, second }) => {
    const any = (first ?? second)!
    const counted = countedAnswer(first, second, twoRounds.has(`${any.quizId}/${any.questionId}`), markedRound)
    return counted ? [counted] : []
  })
}

/** The report over the named sessions (all when none is named) of a store. */
export async function compareSessions(store: LiveStore, content: Content, sessionIds: readonly string[], where: string): Promise<Report> {
  const records = await reportRecords(store, content, sessionIds, where)
  return buildReport(content.quizzes, content.objectives, records.sessions, records.answers)
}

export interface ReportOptions {
  dbPath: string
  content: Content
  /** Sessions to compare; all when empty. */
  sessionIds: readonly string[]
  /** Where to write the CSV, if anywhere. */
  csvPath?: string
  /** Terminal width (100 when unknown). */
  width?: number
}

/** The report's text (to print); writes the CSV first when asked. Throws a clear error for a missing database or session. */
export async function writeReport(options: ReportOptions): Promise<string> {
  if (!existsSync(options.dbPath))
    throw new Error(`There is no database at ${options.dbPath} (give its path with --db).`)
  const store = openSqliteStore(options.dbPath, { readOnly: true })
  let report: Report
  try {
    report = await compareSessions(store, options.content, options.sessionIds, options.dbPath)
  }
  finally {
    await store.close()
  }
  let text = reportText(report, options.width)
  if (options.csvPath !== undefined) {
    try {
      writeFileSync(options.csvPath, reportCsv(report))
    }
    catch (error) {
      throw new Error(`Cannot write the CSV file ${options.csvPath}: ${error instanceof Error ? error.message : String(error)}`)
    }
    text += `\nWrote the same table as CSV to ${options.csvPath}.\n`
  }
  return text
}
