// The SQLite live store on Node's built-in node:sqlite (no native module to compile): WAL with
// synchronous=FULL, every write of one event-loop turn committed in one transaction before its
// promise resolves (group commit); a lock so one database has one server; a write check at open;
// and no acknowledgement once the database file has been deleted or replaced under it.
import type { PollEvent } from '../../logic/live/poll-session.ts'
import type { TimerState } from '../../logic/live/timer.ts'
import type { LiveStore, SessionEvent, SessionSnapshot, StoredAnswer, StoredAudienceQuestion, StoredParticipant, StoredPollAnswer } from './store.ts'
import { rmSync, statSync } from 'node:fs'
import process from 'node:process'
import { joinSettingsOf } from './join-gate.ts'

/** An answers table: `answers` (round 1, or the only round) and `second_round_answers` (round 2) share this shape. */
function answersTable(name: string) {
  return `CREATE TABLE IF NOT EXISTS ${name} (
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
);`
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  label TEXT,
  join_code TEXT,
  ask_id TEXT
);
CREATE TABLE IF NOT EXISTS participants (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  id TEXT NOT NULL,
  client_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  joined_at INTEGER NOT NULL,
  identifier TEXT,
  PRIMARY KEY (session_id, id),
  UNIQUE (session_id, client_hash)
);
${answersTable('answers')}
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  phase TEXT NOT NULL,
  quiz_id TEXT,
  question_id TEXT,
  at INTEGER NOT NULL,
  round INTEGER,
  step TEXT
);
CREATE TABLE IF NOT EXISTS removals (
  session_id TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (session_id, participant_id),
  FOREIGN KEY (session_id, participant_id) REFERENCES participants(session_id, id)
);
CREATE TABLE IF NOT EXISTS audience_questions (
  session_id TEXT NOT NULL,
  id TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  text TEXT NOT NULL,
  show_name INTEGER NOT NULL,
  asked_at INTEGER NOT NULL,
  status TEXT NOT NULL,
  answered INTEGER NOT NULL DEFAULT 0,
  projected INTEGER NOT NULL DEFAULT 0,
  matched TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (session_id, id),
  FOREIGN KEY (session_id, participant_id) REFERENCES participants(session_id, id)
);
CREATE TABLE IF NOT EXISTS audience_votes (
  session_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (session_id, question_id, participant_id),
  FOREIGN KEY (session_id, question_id) REFERENCES audience_questions(session_id, id),
  FOREIGN KEY (session_id, participant_id) REFERENCES participants(session_id, id)
);
${answersTable('second_round_answers')}
CREATE TABLE IF NOT EXISTS session_rounds (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  marked_round INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS poll_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  event TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS poll_answers (
  session_id TEXT NOT NULL,
  run_id TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  answered_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, run_id, participant_id),
  FOREIGN KEY (session_id, participant_id) REFERENCES participants(session_id, id)
);
CREATE TABLE IF NOT EXISTS timers (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  auto_reveal INTEGER NOT NULL,
  close_when_all INTEGER NOT NULL,
  quiz_id TEXT,
  question_id TEXT,
  started_at INTEGER,
  deadline INTEGER
);
CREATE TABLE IF NOT EXISTS opened (
  at INTEGER NOT NULL
);
`

/**
 * Columns added after a table's first release, as `[table, column, definition]`: a database made
 * by an older version gains them when a server opens it (`ALTER TABLE … ADD COLUMN`), so sessions
 * stored before an upgrade still resume. A new column goes in the CREATE TABLE above and here.
 */
const ADDED_COLUMNS: ReadonlyArray<readonly [table: string, column: string, definition: string]> = [
  ['sessions', 'label', 'TEXT'],
  ['sessions', 'join_code', 'TEXT'],
  ['sessions', 'ask_id', 'TEXT'],
  ['participants', 'identifier', 'TEXT'],
  ['events', 'round', 'INTEGER'],
  ['events', 'step', 'TEXT'],
]

/** What this file uses of node:sqlite, typed here so it does not depend on the @types/node version. */
interface Statement {
  run: (...params: Array<string | number | null>) => unknown
  get: (...params: Array<string | number | null>) => unknown
  all: (...params: Array<string | number | null>) => unknown[]
}
interface Database {
  exec: (sql: string) => void
  prepare: (sql: string) => Statement
  close: () => void
}
interface SqliteModule {
  DatabaseSync: new (path: string) => Database
}

const SQLITE_EXPERIMENTAL = /^SQLite is an experimental feature/
const LOCKED = /locked|busy/i

/**
 * node:sqlite, loaded without the one warning Node 22 prints for it ("SQLite is an
 * experimental feature …"): it is stable enough for this store (see docs/live.md) and the
 * lecturer's terminal should show the join URL, not a warning. Every other warning passes.
 */
function loadSqlite(): SqliteModule {
  const emit = process.emitWarning
  process.emitWarning = function (this: unknown, warning: string | Error, ...rest: unknown[]) {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type
    if (type === 'ExperimentalWarning' && SQLITE_EXPERIMENTAL.test(String(warning instanceof Error ? warning.message : warning)))
      return
    return (emit as (...args: unknown[]) => void).call(process, warning, ...rest)
  } as typeof process.emitWarning
  try {
    const id: string = 'node:sqlite'
    return process.getBuiltinModule(id) as SqliteModule
  }
  finally {
    process.emitWarning = emit
  }
}

const { DatabaseSync } = loadSqlite()

/** The database's own words (node:sqlite's `errstr`, e.g. "database or disk is full"), else the message. */
export function storageCause(error: unknown): string {
  if (error instanceof Error)
    return error.message
  return String(error)
}

interface PendingWrite {
  run: () => void
  resolve: () => void
  reject: (error: unknown) => void
}

interface AnswerRow { participant_id: string, quiz_id: string, question_id: string, answer: string, submission_id: string, score: number, max: number, answered_at: number }
interface AudienceRow { id: string, participant_id: string, text: string, show_name: number, asked_at: number, status: StoredAudienceQuestion['status'], answered: number, projected: number, matched: string }
interface TimerRow { auto_reveal: number, close_when_all: number, quiz_id: string | null, question_id: string | null, started_at: number | null, deadline: number | null }
interface EventRow { phase: SessionEvent['phase'], quiz_id: string | null, question_id: string | null, at: number }

interface EventRow { phase: SessionEvent['phase'], quiz_id: string | null, question_id: string | null, at: number, round?: number | null, step?: SessionEvent['step'] | null }

function answerOf(row: AnswerRow, round?: 2): StoredAnswer {
  const answer: StoredAnswer = { participantId: row.participant_id, quizId: row.quiz_id, questionId: row.question_id, answer: JSON.parse(row.answer), submissionId: row.submission_id, score: row.score, max: row.max, answeredAt: row.answered_at }
  return round ? { ...answer, round } : answer
}

/** The lock that keeps a second server off a database in use: a small SQLite file held in exclusive mode (the OS frees it if the process dies). */
function takeLock(path: string): Database {
  const lockPath = `${path}.lock`
  const lock = new DatabaseSync(lockPath)
  try {
    lock.exec('PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE; CREATE TABLE IF NOT EXISTS holder (pid INTEGER, since INTEGER); DELETE FROM holder;')
    lock.prepare('INSERT INTO holder (pid, since) VALUES (?, ?)').run(process.pid, Date.now())
  }
  catch (error) {
    lock.close()
    if (LOCKED.test(storageCause(error)))
      throw new Error(`Another live server is using the database ${path} (it holds ${lockPath}). Stop that server first (Ctrl-C in its terminal), or give this one its own --db.`)
    throw new Error(`Cannot lock the database ${path} (${lockPath}): ${storageCause(error)}`)
  }
  return lock
}

/** Brings an older database up to SCHEMA (see ADDED_COLUMNS). */
function addMissingColumns(db: Database): void {
  for (const [table, column, definition] of ADDED_COLUMNS) {
    const columns = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>
    if (!columns.some(c => c.name === column))
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`)
  }
}

function timerFromRow(row: TimerRow): TimerState {
  const timer: TimerState = { settings: { autoReveal: row.auto_reveal === 1, closeWhenAllAnswered: row.close_when_all === 1 } }
  if (row.quiz_id && row.question_id && row.started_at !== null && row.deadline !== null)
    timer.countdown = { quizId: row.quiz_id, questionId: row.question_id, startedAt: row.started_at, deadline: row.deadline }
  return timer
}

function identity(path: string): string | undefined {
  const stat = statSync(path, { throwIfNoEntry: false })
  return stat && `${stat.dev}:${stat.ino}`
}

/**
 * Opens (or creates) the database for a server: takes the lock, checks that a write
 * succeeds, and throws a clear error naming the file when it cannot.
 * `readOnly` opens it only to read (an export): no lock, no write check.
 */
export function openSqliteStore(path: string, { readOnly = false } = {}): LiveStore {
  const lock = readOnly ? undefined : takeLock(path)
  let db: Database
  try {
    db = new DatabaseSync(path)
    db.exec('PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;')
    if (!readOnly) {
      db.exec(SCHEMA)
      addMissingColumns(db)
      // A server refuses to start on a database it cannot write.
      db.prepare('INSERT INTO opened (at) VALUES (?)').run(Date.now())
    }
  }
  catch (error) {
    lock?.close()
    throw new Error(`Cannot ${readOnly ? 'read' : 'write'} the database ${path}: ${storageCause(error)}`)
  }
  const opened = identity(path)

  const insertSession = readOnly ? undefined : db.prepare('INSERT OR IGNORE INTO sessions (id, created_at, label) VALUES (?, ?, ?)')
  const updateLabel = readOnly ? undefined : db.prepare('UPDATE sessions SET label = ? WHERE id = ?')
  const insertRounds = readOnly ? undefined : db.prepare('INSERT OR IGNORE INTO session_rounds (session_id, marked_round) VALUES (?, ?)')
  const insertParticipant = readOnly ? undefined : db.prepare('INSERT INTO participants (session_id, id, client_hash, name, joined_at, identifier) VALUES (?, ?, ?, ?, ?, ?)')
  const updateJoin = readOnly ? undefined : db.prepare('UPDATE sessions SET join_code = ?, ask_id = ? WHERE id = ?')
  const upsertInto = (table: string) => db.prepare(`INSERT INTO ${table} (session_id, participant_id, quiz_id, question_id, answer, submission_id, score, max, answered_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (session_id, participant_id, quiz_id, question_id) DO UPDATE SET
      answer = excluded.answer, submission_id = excluded.submission_id, score = excluded.score, max = excluded.max, answered_at = excluded.answered_at`)
  const upsertAnswer = readOnly ? undefined : upsertInto('answers')
  // Round 2 has its own table: a round-2 answer can never overwrite a round-1 one, nor the reverse.
  const upsertSecond = readOnly ? undefined : upsertInto('second_round_answers')
  const insertEvent = readOnly ? undefined : db.prepare('INSERT INTO events (session_id, phase, quiz_id, question_id, at, round, step) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const upsertTimer = readOnly
    ? undefined
    : db.prepare(`INSERT INTO timers (session_id, auto_reveal, close_when_all, quiz_id, question_id, started_at, deadline) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (session_id) DO UPDATE SET auto_reveal = excluded.auto_reveal, close_when_all = excluded.close_when_all,
      quiz_id = excluded.quiz_id, question_id = excluded.question_id, started_at = excluded.started_at, deadline = excluded.deadline`)
  const insertRemoval = readOnly ? undefined : db.prepare('INSERT OR IGNORE INTO removals (session_id, participant_id, at) VALUES (?, ?, ?)')
  const insertAudience = readOnly ? undefined : db.prepare('INSERT INTO audience_questions (session_id, id, participant_id, text, show_name, asked_at, status, answered, projected, matched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const updateAudience = readOnly ? undefined : db.prepare('UPDATE audience_questions SET status = ?, answered = ?, projected = ? WHERE session_id = ? AND id = ?')
  const unprojectOthers = readOnly ? undefined : db.prepare('UPDATE audience_questions SET projected = 0 WHERE session_id = ? AND id <> ? AND projected = 1')
  const insertVote = readOnly ? undefined : db.prepare('INSERT OR IGNORE INTO audience_votes (session_id, question_id, participant_id, at) VALUES (?, ?, ?, ?)')
  const deleteVote = readOnly ? undefined : db.prepare('DELETE FROM audience_votes WHERE session_id = ? AND question_id = ? AND participant_id = ?')
  const insertPollEvent = readOnly ? undefined : db.prepare('INSERT INTO poll_events (session_id, event, at) VALUES (?, ?, ?)')
  const upsertPollAnswer = readOnly
    ? undefined
    : db.prepare(`INSERT INTO poll_answers (session_id, run_id, participant_id, answer, answered_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (session_id, run_id, participant_id) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at`)

  let queue: PendingWrite[] = []
  let closed = false
  /** Set once the file is gone: nothing is acknowledged after that. */
  let gone: Error | undefined

  function transaction(run: () => void): void {
    db.exec('BEGIN IMMEDIATE')
    try {
      run()
      db.exec('COMMIT')
    }
    catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  }

  /** Commits everything queued in this turn in one transaction; a failing batch is retried write by write, so one bad write fails alone. */
  function flush(): void {
    const batch = queue
    queue = []
    if (!gone && identity(path) !== opened)
      gone = new Error(`The database file ${path} was deleted or replaced while the server was running: nothing more can be saved. Stop the server (Ctrl-C) and start it again.`)
    if (gone) {
      batch.forEach(write => write.reject(gone))
      return
    }
    try {
      transaction(() => batch.forEach(write => write.run()))
      batch.forEach(write => write.resolve())
    }
    catch {
      for (const write of batch) {
        try {
          transaction(write.run)
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
    if (readOnly)
      return Promise.reject(new Error(`The database ${path} was opened read-only.`))
    return new Promise((resolve, reject) => {
      if (queue.length === 0)
        setImmediate(flush)
      queue.push({ run, resolve, reject })
    })
  }

  return {
    createSession: (sessionId, createdAt, settings) => enqueue(() => {
      insertSession!.run(sessionId, createdAt, settings?.label ?? null)
      if (settings?.markedRound)
        insertRounds!.run(sessionId, settings.markedRound)
    }),

    setLabel: (sessionId, label) => enqueue(() => updateLabel!.run(label ?? null, sessionId)),

    async loadSession(sessionId): Promise<SessionSnapshot | undefined> {
      // SELECT *: a database opened read-only (an export, a report) may predate ADDED_COLUMNS.
      const session = db.prepare('SELECT * FROM sessions WHERE id = ?').get(sessionId) as { id: string, created_at: number, label?: string | null, join_code?: string | null, ask_id?: string | null } | undefined
      if (!session)
        return undefined
      const participants = (db.prepare('SELECT * FROM participants WHERE session_id = ? ORDER BY joined_at, rowid').all(sessionId) as Array<{ id: string, client_hash: string, name: string, joined_at: number, identifier?: string | null }>)
        .map((row): StoredParticipant => ({ id: row.id, clientHash: row.client_hash, name: row.name, joinedAt: row.joined_at, ...(row.identifier ? { identifier: row.identifier } : {}) }))
      const answers = (db.prepare('SELECT * FROM answers WHERE session_id = ?').all(sessionId) as AnswerRow[]).map(row => answerOf(row))
      if (hasTable('second_round_answers'))
        answers.push(...(db.prepare('SELECT * FROM second_round_answers WHERE session_id = ?').all(sessionId) as AnswerRow[]).map(row => answerOf(row, 2)))
      // `SELECT *`: a database opened read-only may predate the round and step columns.
      const events = (db.prepare('SELECT * FROM events WHERE session_id = ? ORDER BY seq').all(sessionId) as EventRow[])
        .map((row): SessionEvent => ({ phase: row.phase, at: row.at, ...(row.quiz_id ? { quizId: row.quiz_id } : {}), ...(row.question_id ? { questionId: row.question_id } : {}), ...(row.round === 2 ? { round: 2 as const } : {}), ...(row.step ? { step: row.step } : {}) }))
      const rounds = hasTable('session_rounds') ? db.prepare('SELECT marked_round FROM session_rounds WHERE session_id = ?').get(sessionId) as { marked_round: number } | undefined : undefined
      const removed = hasTable('removals') ? (db.prepare('SELECT participant_id FROM removals WHERE session_id = ?').all(sessionId) as Array<{ participant_id: string }>).map(row => row.participant_id) : []
      const audienceQuestions = hasTable('audience_questions')
        ? (db.prepare('SELECT * FROM audience_questions WHERE session_id = ? ORDER BY asked_at, rowid').all(sessionId) as AudienceRow[])
            .map((row): StoredAudienceQuestion => ({ id: row.id, participantId: row.participant_id, text: row.text, showName: row.show_name === 1, askedAt: row.asked_at, status: row.status, answered: row.answered === 1, projected: row.projected === 1, matched: JSON.parse(row.matched) as string[] }))
        : []
      const votes = hasTable('audience_votes')
        ? (db.prepare('SELECT question_id, participant_id FROM audience_votes WHERE session_id = ?').all(sessionId) as Array<{ question_id: string, participant_id: string }>)
            .map(row => ({ questionId: row.question_id, participantId: row.participant_id }))
        : []
      const pollEvents = hasTable('poll_events')
        ? (db.prepare('SELECT event FROM poll_events WHERE session_id = ? ORDER BY seq').all(sessionId) as Array<{ event: string }>).map(row => JSON.parse(row.event) as PollEvent)
        : []
      const pollAnswers = hasTable('poll_answers')
        ? (db.prepare('SELECT run_id, participant_id, answer, answered_at FROM poll_answers WHERE session_id = ? ORDER BY answered_at, rowid').all(sessionId) as Array<{ run_id: string, participant_id: string, answer: string, answered_at: number }>)
            .map((row): StoredPollAnswer => ({ runId: row.run_id, participantId: row.participant_id, answer: JSON.parse(row.answer), answeredAt: row.answered_at }))
        : []
      const timerRow = hasTable('timers') ? db.prepare('SELECT * FROM timers WHERE session_id = ?').get(sessionId) as TimerRow | undefined : undefined
      // Left out while empty, so a session without questions to the lecturer or polls reads as before them.
      const polls = { ...(pollEvents.length ? { pollEvents } : {}), ...(pollAnswers.length ? { pollAnswers } : {}) }
      const snapshot: SessionSnapshot = { sessionId, createdAt: session.created_at, ...(session.label == null ? {} : { label: session.label }), events, participants, answers, removed, ...(audienceQuestions.length ? { audienceQuestions } : {}), ...(votes.length ? { votes } : {}), ...joinSettingsOf(session), ...polls, ...(timerRow ? { timer: timerFromRow(timerRow) } : {}) }
      return rounds?.marked_round === 1 || rounds?.marked_round === 2 ? { ...snapshot, markedRound: rounds.marked_round } : snapshot
    },

    async listSessions() {
      if (!hasTable('sessions'))
        return []
      return (db.prepare(`SELECT s.id, s.created_at, ${labelColumn('s.')} AS label, (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS n FROM sessions s ORDER BY s.created_at, s.id`).all() as Array<{ id: string, created_at: number, label: string | null, n: number }>)
        .map(row => ({ sessionId: row.id, createdAt: row.created_at, ...(row.label === null ? {} : { label: row.label }), participants: row.n }))
    },

    addParticipant: (sessionId, p) => enqueue(() => insertParticipant!.run(sessionId, p.id, p.clientHash, p.name, p.joinedAt, p.identifier ?? null)),

    saveJoinSettings: (sessionId, settings) => enqueue(() => updateJoin!.run(settings.joinCode, settings.askId ?? null, sessionId)),

    removeParticipant: (sessionId, participantId, at) => enqueue(() => insertRemoval!.run(sessionId, participantId, at)),

    saveAnswer: (sessionId, a) => enqueue(() => (a.round === 2 ? upsertSecond! : upsertAnswer!).run(sessionId, a.participantId, a.quizId, a.questionId, JSON.stringify(a.answer), a.submissionId, a.score, a.max, a.answeredAt)),

    recordEvent: (sessionId, e) => enqueue(() => insertEvent!.run(sessionId, e.phase, e.quizId ?? null, e.questionId ?? null, e.at, e.round ?? null, e.step ?? null)),

    addAudienceQuestion: (sessionId, q) => enqueue(() => insertAudience!.run(sessionId, q.id, q.participantId, q.text, Number(q.showName), q.askedAt, q.status, Number(q.answered), Number(q.projected), JSON.stringify(q.matched))),

    updateAudienceQuestion: (sessionId, id, change) => enqueue(() => {
      if (change.projected)
        unprojectOthers!.run(sessionId, id)
      updateAudience!.run(change.status, Number(change.answered), Number(change.projected), sessionId, id)
    }),

    saveVote: (sessionId, vote, up, at) => enqueue(() => up ? insertVote!.run(sessionId, vote.questionId, vote.participantId, at) : deleteVote!.run(sessionId, vote.questionId, vote.participantId)),

    recordPollEvent: (sessionId, event, at) => enqueue(() => insertPollEvent!.run(sessionId, JSON.stringify(event), at)),

    savePollAnswer: (sessionId, a) => enqueue(() => upsertPollAnswer!.run(sessionId, a.runId, a.participantId, JSON.stringify(a.answer), a.answeredAt)),

    saveTimer: (sessionId, t) => enqueue(() => upsertTimer!.run(sessionId, Number(t.settings.autoReveal), Number(t.settings.closeWhenAllAnswered), t.countdown?.quizId ?? null, t.countdown?.questionId ?? null, t.countdown?.startedAt ?? null, t.countdown?.deadline ?? null)),

    async close() {
      if (closed)
        return
      if (queue.length)
        flush()
      closed = true
      db.close()
      if (lock) {
        lock.close()
        rmSync(`${path}.lock`, { force: true })
      }
    },
  }

  /** The sessions' label column, or NULL in a database opened read-only from before labels. */
  function labelColumn(prefix = ''): string {
    return (db.prepare('PRAGMA table_info(sessions)').all() as Array<{ name: string }>).some(c => c.name === 'label') ? `${prefix}label` : 'NULL'
  }

  function hasTable(name: string): boolean {
    return db.prepare('SELECT 1 FROM sqlite_master WHERE type = \'table\' AND name = ?').get(name) !== undefined
  }
}
