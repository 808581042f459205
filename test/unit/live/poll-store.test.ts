// The live store's poll tables: poll events read back in order, one answer per student and run (the last one), an
// answer of nobody in the session refused, and a database made before the poll tables still opening and resuming.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../../node/live/sqlite-store.ts'

describe('the live store\'s polls', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps poll events in order and one answer per student and run, the last, through a reopening', async () => {
    dir = mkdtempSync(join(tmpdir(), 'live-poll-store-'))
    const path = join(dir, 'live.sqlite')
    const store = openSqliteStore(path)
    await store.createSession('s1', 1)
    await store.addParticipant('s1', { id: 'p1', clientHash: 'h1', name: 'Ann', joinedAt: 2 })
    await store.recordPollEvent('s1', { action: 'open', runId: 'r1', pollId: 'where-you-stand', label: 'before' }, 3)
    await Promise.all([
      store.savePollAnswer('s1', { runId: 'r1', participantId: 'p1', answer: 2, answeredAt: 4 }),
      store.savePollAnswer('s1', { runId: 'r1', participantId: 'p1', answer: 5, answeredAt: 5 }),
    ])
    await store.recordPollEvent('s1', { action: 'close' }, 6)
    await store.recordPollEvent('s1', { action: 'hide-entry', runId: 'r1', key: 'x' }, 7)
    await expect(store.savePollAnswer('s1', { runId: 'r1', participantId: 'nobody', answer: 1, answeredAt: 8 })).rejects.toThrow(/FOREIGN KEY/)
    await store.close()

    const reopened = openSqliteStore(path)
    const snapshot = await reopened.loadSession('s1')
    expect(snapshot?.pollEvents).toEqual([{ action: 'open', runId: 'r1', pollId: 'where-you-stand', label: 'before' }, { action: 'close' }, { action: 'hide-entry', runId: 'r1', key: 'x' }])
    expect(snapshot?.pollAnswers).toEqual([{ runId: 'r1', participantId: 'p1', answer: 5, answeredAt: 5 }])
    await reopened.close()
  })

  it('opens a database made before the poll tables, and resumes its sessions without polls', async () => {
    dir = mkdtempSync(join(tmpdir(), 'live-poll-store-'))
    const path = join(dir, 'old.sqlite')
    const made = openSqliteStore(path)
    await made.createSession('old', 1)
    await made.close()
    // As a version before polls left it: no poll tables.
    const old = new DatabaseSync(path)
    old.exec('DROP TABLE poll_events; DROP TABLE poll_answers;')
    old.close()
    const readOnly = openSqliteStore(path, { readOnly: true })
    const before = await readOnly.loadSession('old')
    expect(before).toMatchObject({ sessionId: 'old', participants: [] })
    expect(before).not.toHaveProperty('pollEvents')
    await readOnly.close()
    const store = openSqliteStore(path)
    await store.recordPollEvent('old', { action: 'open', runId: 'r1', pollId: 'one-word' }, 2)
    expect((await store.loadSession('old'))?.pollEvents).toEqual([{ action: 'open', runId: 'r1', pollId: 'one-word' }])
    await store.close()
  })
})
