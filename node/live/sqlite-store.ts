// The SQLite live store (better-sqlite3): WAL with synchronous=FULL, and every write of one event-loop turn committed in one transaction before its promise resolves (group commit).
import type { LiveStore, SessionEvent, SessionSnapshot, StoredAnswer, StoredParticipant } from './store.ts'
import Database from 'better-sqlite3'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  id TEXT NOT NULL,
  client_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  joined_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, id),
  UNIQUE (session_id, client_hash)
);
CREATE TABLE IF NOT EXISTS answers (
  session_id TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  quiz_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  submission_id TEXT NOT NULL,
  score REAL NOT NULL,
  max REAL NOT NULL,
  answered_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, participant_id, quiz_id, question_id),
  FOREIGN KEY (session_id, participant_id) REFERENCES participants(session_id, id)
);
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  phase TEXT NOT NULL,
  quiz_id TEXT,
  question_id TEXT,
  at INTEGER NOT NULL
);
`

interface PendingWrite {
  run: () => void
  resolve: () => void
  reject: (error: unknown) => void
}

interface AnswerRow { participant_id: string, quiz_id: string, question_id: string, answer: string, submission_id: string, score: number, max: number, answered_at: number }
interface EventRow { phase: SessionEvent['phase'], quiz_id: string | null, question_id: string | null, at: number }

export function openSqliteStore(path: string): LiveStore {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.exec(SCHEMA)

  const insertSession = db.prepare('INSERT OR IGNORE INTO sessions (id, created_at) VALUES (?, ?)')
  const insertParticipant = db.prepare('INSERT INTO participants (session_id, id, client_hash, name, joined_at) VALUES (?, ?, ?, ?, ?)')
  const upsertAnswer = db.prepare(`INSERT INTO answers (session_id, participant_id, quiz_id, question_id, answer, submission_id, score, max, answered_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (session_id, participant_id, quiz_id, question_id) DO UPDATE SET
      answer = excluded.answer, submission_id = excluded.submission_id, score = excluded.score, max = excluded.max, answered_at = excluded.answered_at`)
  const insertEvent = db.prepare('INSERT INTO events (session_id, phase, quiz_id, question_id, at) VALUES (?, ?, ?, ?, ?)')

  let queue: PendingWrite[] = []
  let closed = false

  /** Commits everything queued in this turn in one transaction; a failing batch is retried write by write, so one bad write fails alone. */
  function flush(): void {
    const batch = queue
    queue = []
    try {
      db.transaction(() => batch.forEach(write => write.run()))()
      batch.forEach(write => write.resolve())
    }
    catch {
      for (const write of batch) {
        try {
          db.transaction(write.run)()
          write.resolve()
        }
        catch (error) {
          write.reject(error)
        }
      }
    }
  }

  function enqueue(run: () => void): Promise<void> {
    if (closed)
      return Promise.reject(new Error('The live store is closed.'))
    return new Promise((resolve, reject) => {
      if (queue.length === 0)
        setImmediate(flush)
      queue.push({ run, resolve, reject })
    })
  }

  return {
    createSession: (sessionId, createdAt) => enqueue(() => insertSession.run(sessionId, createdAt)),

    async loadSession(sessionId): Promise<SessionSnapshot | undefined> {
      const session = db.prepare('SELECT id, created_at FROM sessions WHERE id = ?').get(sessionId) as { id: string, created_at: number } | undefined
      if (!session)
        return undefined
      const participants = (db.prepare('SELECT id, client_hash, name, joined_at FROM participants WHERE session_id = ? ORDER BY joined_at, rowid').all(sessionId) as Array<{ id: string, client_hash: string, name: string, joined_at: number }>)
        .map((row): StoredParticipant => ({ id: row.id, clientHash: row.client_hash, name: row.name, joinedAt: row.joined_at }))
      const answers = (db.prepare('SELECT * FROM answers WHERE session_id = ?').all(sessionId) as AnswerRow[])
        .map((row): StoredAnswer => ({ participantId: row.participant_id, quizId: row.quiz_id, questionId: row.question_id, answer: JSON.parse(row.answer), submissionId: row.submission_id, score: row.score, max: row.max, answeredAt: row.answered_at }))
      const events = (db.prepare('SELECT phase, quiz_id, question_id, at FROM events WHERE session_id = ? ORDER BY seq').all(sessionId) as EventRow[])
        .map((row): SessionEvent => ({ phase: row.phase, at: row.at, ...(row.quiz_id ? { quizId: row.quiz_id } : {}), ...(row.question_id ? { questionId: row.question_id } : {}) }))
      return { sessionId, createdAt: session.created_at, events, participants, answers }
    },

    addParticipant: (sessionId, p) => enqueue(() => insertParticipant.run(sessionId, p.id, p.clientHash, p.name, p.joinedAt)),

    saveAnswer: (sessionId, a) => enqueue(() => upsertAnswer.run(sessionId, a.participantId, a.quizId, a.questionId, JSON.stringify(a.answer), a.submissionId, a.score, a.max, a.answeredAt)),

    recordEvent: (sessionId, e) => enqueue(() => insertEvent.run(sessionId, e.phase, e.quizId ?? null, e.questionId ?? null, e.at)),

    async close() {
      if (closed)
        return
      if (queue.length)
        flush()
      closed = true
      db.close()
    },
  }
}
