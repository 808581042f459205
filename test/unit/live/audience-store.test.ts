// The SQLite store's questions to the lecturer: stored and read back with their upvotes (one per student, withdrawn
// by deleting it) and marks (one question on the projector at a time); a database from before these tables still
// opens, reads and resumes.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../../../node/live/sqlite-store.ts'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })))

function dbPath() {
  const dir = mkdtempSync(join(tmpdir(), 'audience-store-'))
  dirs.push(dir)
  return join(dir, 'live.sqlite')
}

const question = (id: string, participantId: string) => ({ id, participantId, text: `text ${id}`, showName: false, askedAt: 5, status: 'visible' as const, answered: false, projected: false, matched: [] })

describe('questions to the lecturer in the SQLite store', () => {
  it('keeps questions, one upvote per student, and one question on the projector', async () => {
    const path = dbPath()
    const store = openSqliteStore(path)
    await store.createSession('s1', 1)
    for (const p of ['ann', 'bob'])
      await store.addParticipant('s1', { id: p, clientHash: `h-${p}`, name: p, joinedAt: 2 })
    await store.addAudienceQuestion('s1', question('q1', 'ann'))
    await store.addAudienceQuestion('s1', { ...question('q2', 'bob'), status: 'held', matched: ['shit*'], showName: true })
    await Promise.all([store.saveVote('s1', { questionId: 'q1', participantId: 'bob' }, true, 6), store.saveVote('s1', { questionId: 'q1', participantId: 'bob' }, true, 7)])
    await store.saveVote('s1', { questionId: 'q2', participantId: 'ann' }, true, 8)
    await store.saveVote('s1', { questionId: 'q2', participantId: 'ann' }, false, 9)
    await store.updateAudienceQuestion('s1', 'q2', { status: 'visible', answered: false, projected: true })
    await store.updateAudienceQuestion('s1', 'q1', { status: 'visible', answered: true, projected: true })
    await store.close()

    const reopened = openSqliteStore(path, { readOnly: true })
    const snapshot = await reopened.loadSession('s1')
    await reopened.close()
    expect(snapshot?.audienceQuestions).toEqual([
      { ...question('q1', 'ann'), answered: true, projected: true },
      { ...question('q2', 'bob'), matched: ['shit*'], showName: true },
    ])
    expect(snapshot?.votes).toEqual([{ questionId: 'q1', participantId: 'bob' }])
  })

  it('opens a database made before these tables: reads it, then gains them', async () => {
    const path = dbPath()
    const store = openSqliteStore(path)
    await store.createSession('old', 1)
    await store.close()
    const raw = new DatabaseSync(path)
    raw.exec('DROP TABLE audience_votes; DROP TABLE audience_questions;')
    raw.close()

    const reader = openSqliteStore(path, { readOnly: true })
    expect(await reader.loadSession('old')).toEqual({ sessionId: 'old', createdAt: 1, events: [], participants: [], answers: [], removed: [] })
    await reader.close()
    const server = openSqliteStore(path)
    await server.addParticipant('old', { id: 'ann', clientHash: 'h', name: 'Ann', joinedAt: 2 })
    await server.addAudienceQuestion('old', question('q1', 'ann'))
    expect((await server.loadSession('old'))?.audienceQuestions).toHaveLength(1)
    await server.close()
  })
})
