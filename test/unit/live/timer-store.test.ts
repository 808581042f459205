// The countdown in the SQLite store: saved and read back after reopening, replaced by a later save, and a database
// made before the timers table existed still opens, resumes its sessions (without a timer) and gains the table.
import type { TimerState } from '../../../logic/live/timer.ts'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../../node/live/sqlite-store.ts'

interface RawDatabase { exec: (sql: string) => void, close: () => void }
const { DatabaseSync } = process.getBuiltinModule('node:sqlite') as { DatabaseSync: new (path: string) => RawDatabase }

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function tempDb(): string {
  dir = mkdtempSync(join(tmpdir(), 'live-timer-store-'))
  return join(dir, 'live.sqlite')
}

const running: TimerState = { settings: { autoReveal: true, closeWhenAllAnswered: false }, countdown: { quizId: 'quiz', questionId: 'q1', startedAt: 1000, deadline: 61_000 } }

describe('the timers table', () => {
  it.each<[string, TimerState[], TimerState | undefined]>([
    ['a session that never set a timer has none', [], undefined],
    ['a running countdown and its options', [running], running],
    ['the latest save wins: stopped, options kept', [running, { settings: running.settings }], { settings: running.settings }],
    ['both options on, no countdown', [{ settings: { autoReveal: true, closeWhenAllAnswered: true } }], { settings: { autoReveal: true, closeWhenAllAnswered: true } }],
  ])('%s, read back after reopening', async (_name, saves, expected) => {
    const path = tempDb()
    const store = openSqliteStore(path)
    await store.createSession('s1', 1)
    for (const timer of saves)
      await store.saveTimer('s1', timer)
    await store.close()
    const reopened = openSqliteStore(path)
    expect((await reopened.loadSession('s1'))?.timer).toEqual(expected)
    await reopened.close()
  })

  it('a database made before the table still resumes its sessions, read-only too, and gains the table when a server opens it', async () => {
    const path = tempDb()
    const store = openSqliteStore(path)
    await store.createSession('s1', 1)
    await store.recordEvent('s1', { phase: 'open', quizId: 'quiz', questionId: 'q1', at: 2 })
    await store.close()
    const raw = new DatabaseSync(path)
    raw.exec('DROP TABLE timers')
    raw.close()

    const exporter = openSqliteStore(path, { readOnly: true })
    expect(await exporter.loadSession('s1')).toMatchObject({ events: [{ phase: 'open', quizId: 'quiz', questionId: 'q1', at: 2 }] })
    expect((await exporter.loadSession('s1'))?.timer).toBeUndefined()
    await exporter.close()

    const server = openSqliteStore(path)
    expect((await server.loadSession('s1'))?.timer).toBeUndefined()
    await server.saveTimer('s1', running)
    expect((await server.loadSession('s1'))?.timer).toEqual(running)
    await server.close()
  })
})
