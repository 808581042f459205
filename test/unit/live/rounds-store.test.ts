// A database made before peer instruction (no round or step in events, no second-round table) still resumes, gains them,
// and then keeps round 2's answers apart; a read-only export of it works too.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { questionKey } from '../../../logic/live/protocol.ts'
import { exportGradebook } from '../../../node/live/export-session.ts'
import { LiveRoom } from '../../../node/live/room.ts'
import { openSqliteStore } from '../../../node/live/sqlite-store.ts'
import { otherQuiz, quiz, sources } from './fixture.ts'

/** The schema as it was before this change (commit 48d843e), for a database made by that version. */
const OLD_SCHEMA = `
CREATE TABLE sessions (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL);
CREATE TABLE participants (session_id TEXT NOT NULL REFERENCES sessions(id), id TEXT NOT NULL, client_hash TEXT NOT NULL, name TEXT NOT NULL, joined_at INTEGER NOT NULL, PRIMARY KEY (session_id, id), UNIQUE (session_id, client_hash));
CREATE TABLE answers (session_id TEXT NOT NULL, participant_id TEXT NOT NULL, quiz_id TEXT NOT NULL, question_id TEXT NOT NULL, answer TEXT NOT NULL, submission_id TEXT NOT NULL, score REAL NOT NULL, max REAL NOT NULL, answered_at INTEGER NOT NULL, PRIMARY KEY (session_id, participant_id, quiz_id, question_id), FOREIGN KEY (session_id, participant_id) REFERENCES participants(session_id, id));
CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL REFERENCES sessions(id), phase TEXT NOT NULL, quiz_id TEXT, question_id TEXT, at INTEGER NOT NULL);
CREATE TABLE removals (session_id TEXT NOT NULL, participant_id TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (session_id, participant_id), FOREIGN KEY (session_id, participant_id) REFERENCES participants(session_id, id));
CREATE TABLE opened (at INTEGER NOT NULL);
INSERT INTO sessions VALUES ('old', 1);
INSERT INTO participants VALUES ('old', 'p1', 'hash1', 'Ann', 2);
INSERT INTO answers VALUES ('old', 'p1', 'live-fixture', 'q-single', '"court"', 'sub-00001', 0, 2, 3);
INSERT INTO events (session_id, phase, quiz_id, question_id, at) VALUES ('old', 'open', 'live-fixture', 'q-single', 3), ('old', 'closed', 'live-fixture', 'q-single', 4);
`

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0))
    rmSync(dir, { recursive: true, force: true })
})

function oldDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'live-old-'))
  dirs.push(dir)
  const path = join(dir, 'live.sqlite')
  const db = new DatabaseSync(path)
  db.exec(OLD_SCHEMA)
  db.close()
  return path
}

const content = { quizzes: [quiz, otherQuiz], sources, polls: [], asks: [] } as unknown as Parameters<typeof LiveRoom.resume>[0]['content']

describe('a database made by the schema before peer instruction', () => {
  it('exports read-only as before', async () => {
    const store = openSqliteStore(oldDatabase(), { readOnly: true })
    const download = await exportGradebook(store, content, 'old')
    await store.close()
    expect(download).toMatchObject({ ok: true })
    expect(download?.ok && download.body).toContain('Ann,p1,0,0')
  })

  it('resumes round 1, closed and blind, marking round 2 by default; then stores a second round apart from the first', async () => {
    const path = oldDatabase()
    const store = openSqliteStore(path)
    const room = (await LiveRoom.resume({ store, content, sessionId: 'old', joinUrl: () => '', checkToken: () => false }))!
    expect(room.state).toEqual({ phase: 'closed', quizId: quiz.id, questionId: 'q-single' })
    expect(room.markedRound).toBe(2)
    expect(room.results().participants[0]!.scores).toEqual({ [questionKey(quiz.id, 'q-single')]: 0 })

    // The new columns and table are there: a round-2 event and answer are stored, round 1 is untouched.
    await store.recordEvent('old', { phase: 'open', quizId: quiz.id, questionId: 'q-single', round: 2, at: 5 })
    await store.saveAnswer('old', { participantId: 'p1', quizId: quiz.id, questionId: 'q-single', answer: 'pta', submissionId: 'sub-00002', score: 2, max: 2, answeredAt: 6, round: 2 })
    const snapshot = (await store.loadSession('old'))!
    expect(snapshot.answers.map(a => [a.answer, a.round])).toEqual([['court', undefined], ['pta', 2]])
    expect(snapshot.events.at(-1)).toMatchObject({ round: 2 })
    await store.close()

    const reopened = openSqliteStore(path)
    const resumed = (await LiveRoom.resume({ store: reopened, content, sessionId: 'old', joinUrl: () => '', checkToken: () => false }))!
    expect(resumed.state).toMatchObject({ phase: 'open', round: 2, secondRounds: [questionKey(quiz.id, 'q-single')] })
    const results = resumed.results()
    expect(results.participants[0]).toMatchObject({ scores: { [questionKey(quiz.id, 'q-single')]: 2 }, rounds: { [questionKey(quiz.id, 'q-single')]: [0, 2] } })
    await reopened.close()
  })

  it('keeps the marked round chosen when a session starts', async () => {
    const path = oldDatabase()
    const store = openSqliteStore(path)
    await LiveRoom.create({ store, content, sessionId: 'new', joinUrl: () => '', checkToken: () => false, markedRound: 1 })
    const resumed = (await LiveRoom.resume({ store, content, sessionId: 'new', joinUrl: () => '', checkToken: () => false, markedRound: 2 }))!
    expect(resumed.markedRound).toBe(1)
    await store.close()
  })
})
