// The report across sessions counts, for a peer-instruction question, the answer the gradebook counts:
// the session's marked round (round 2 by default, a silent student's first answer carried over).
import type { MarkedRound } from '../../../logic/live/protocol.ts'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { reportRecords } from '../../../node/live/report.ts'
import { openSqliteStore } from '../../../node/live/sqlite-store.ts'
import { quiz, sources } from './fixture.ts'

const content = { quizzes: [quiz], sources, objectives: [] } as unknown as Parameters<typeof reportRecords>[1]
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0))
    rmSync(dir, { recursive: true, force: true })
})

/** One answer each, the one that counts. Ann: wrong in round 1, right in round 2; Ben: right in round 1, silent in round 2; Cal: only in round 2, wrong. */
async function twoRoundSession(markedRound: MarkedRound) {
  const dir = mkdtempSync(join(tmpdir(), 'live-report-rounds-'))
  dirs.push(dir)
  const store = openSqliteStore(join(dir, 'live.sqlite'))
  await store.createSession('s', 1, { markedRound })
  for (const [id, name] of [['p1', 'Ann'], ['p2', 'Ben'], ['p3', 'Cal']] as const)
    await store.addParticipant('s', { id, clientHash: `hash-${id}`, name, joinedAt: 2 })
  const q = { quizId: quiz.id, questionId: 'q-single' }
  const answer = (participantId: string, choice: string, round?: 2) =>
    store.saveAnswer('s', { participantId, ...q, answer: choice, submissionId: `sub-${participantId}-${round ?? 1}`, score: choice === 'pta' ? 2 : 0, max: 2, answeredAt: 3, ...(round ? { round } : {}) })
  await store.recordEvent('s', { phase: 'open', ...q, at: 3 })
  await answer('p1', 'court')
  await answer('p2', 'pta')
  await store.recordEvent('s', { phase: 'closed', ...q, step: 'discuss', at: 4 })
  await store.recordEvent('s', { phase: 'open', ...q, round: 2, at: 5 })
  await answer('p1', 'pta', 2)
  await answer('p3', 'court', 2)
  await store.recordEvent('s', { phase: 'revealed', ...q, round: 2, at: 6 })
  const records = await reportRecords(store, content, [], 'the test database')
  await store.close()
  return records.answers.map(a => [a.participantId, a.answer]).sort()
}

describe('the report counts the marked round of a peer-instruction question', () => {
  it.each([
    { markedRound: 2 as const, counted: [['p1', 'pta'], ['p2', 'pta'], ['p3', 'court']] },
    { markedRound: 1 as const, counted: [['p1', 'court'], ['p2', 'pta']] },
  ])('marked round $markedRound', async ({ markedRound, counted }) => {
    expect(await twoRoundSession(markedRound)).toEqual(counted)
  })
})
