import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// A session's label: what --label accepts, how a stored session is listed, and the store keeping it — set with a
// new session, changed or cleared later, and a database made before labels still opening (read-only for a
// report, and gaining the column when a server opens it) with its sessions intact.
import process from 'node:process'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanLabel, LABEL_MAX, sessionLine } from '../../../logic/live/session-label.ts'
import { openSqliteStore } from '../../../node/live/sqlite-store.ts'

describe('cleanLabel', () => {
  it.each([
    ['Group B, 2026', { ok: true, label: 'Group B, 2026' }],
    ['  Group   B,  2026  ', { ok: true, label: 'Group B, 2026' }],
    ['Group\tB', { ok: false, message: '--label is plain text on one line.' }],
    ['Gruppe\u00A0Ä', { ok: true, label: 'Gruppe Ä' }],
    ['Group\u202E B', { ok: true, label: 'Group B' }],
    ['', { ok: true, label: undefined }],
    ['   ', { ok: true, label: undefined }],
    ['Group\nB', { ok: false, message: '--label is plain text on one line.' }],
    ['x'.repeat(LABEL_MAX), { ok: true, label: 'x'.repeat(LABEL_MAX) }],
    ['x'.repeat(LABEL_MAX + 1), { ok: false, message: `--label may be at most ${LABEL_MAX} characters (it has ${LABEL_MAX + 1}).` }],
  ])('%o', (raw, expected) => {
    expect(cleanLabel(raw)).toEqual(expected)
  })
})

describe('sessionLine', () => {
  it.each([
    [{ sessionId: 's1', label: 'Group A', createdAt: Date.UTC(2026, 10, 27, 14, 5), participants: 1 }, 's1  "Group A"  (started 2026-11-27 14:05 UTC, 1 participant)'],
    [{ sessionId: 's2', createdAt: Date.UTC(2026, 0, 2, 3, 4), participants: 30 }, 's2  (started 2026-01-02 03:04 UTC, 30 participants)'],
  ])('%o', (session, expected) => {
    expect(sessionLine(session)).toBe(expected)
  })
})

describe('the store keeps a session\'s label', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })))
  const dbPath = () => {
    const dir = mkdtempSync(join(tmpdir(), 'label-test-'))
    dirs.push(dir)
    return join(dir, 'live.sqlite')
  }

  it('with a new session, relabelled and cleared later', async () => {
    const path = dbPath()
    const store = openSqliteStore(path)
    await store.createSession('labelled', 1, { label: 'Group A' })
    await store.createSession('plain', 2)
    expect((await store.listSessions()).map(s => [s.sessionId, s.label])).toEqual([['labelled', 'Group A'], ['plain', undefined]])
    await store.setLabel('plain', 'Group B')
    await store.setLabel('labelled', undefined)
    expect((await store.loadSession('plain'))?.label).toBe('Group B')
    expect((await store.loadSession('labelled'))).not.toHaveProperty('label')
    await store.close()
  })

  it('in a database made before labels: read-only it lists sessions without one; a server adds the column', async () => {
    const path = dbPath()
    // The schema as it was before labels: today's, without the column.
    const made = openSqliteStore(path)
    await made.createSession('old', 5)
    await made.close()
    const { DatabaseSync } = process.getBuiltinModule('node:sqlite')
    const old = new DatabaseSync(path)
    old.exec('ALTER TABLE sessions DROP COLUMN label')
    old.close()

    const reader = openSqliteStore(path, { readOnly: true })
    expect(await reader.listSessions()).toEqual([{ sessionId: 'old', createdAt: 5, participants: 0 }])
    expect(await reader.loadSession('old')).toMatchObject({ sessionId: 'old', createdAt: 5 })
    await reader.close()

    const server = openSqliteStore(path)
    expect((await server.loadSession('old'))?.label).toBeUndefined()
    await server.setLabel('old', 'Group 2019')
    expect(await server.listSessions()).toEqual([{ sessionId: 'old', createdAt: 5, label: 'Group 2019', participants: 0 }])
    await server.close()
  })
})
