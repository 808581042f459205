// The saved-progress record survives a round trip; anything else in its place
// comes back as an error value (corrupt or outdated), never an exception.
import type { ProgressRecord } from '../../logic/progress/record.ts'
import { describe, expect, it } from 'vitest'
import { decodeProgress, encodeProgress } from '../../logic/progress/codec.ts'
import { emptyRecord, PROGRESS_VERSION, STORAGE_KEY, STORAGE_KEY_PATTERN } from '../../logic/progress/record.ts'

const record: ProgressRecord = {
  version: PROGRESS_VERSION,
  quizzes: {
    'blackberry-pakistan': {
      answers: {
        'who-demanded': { value: 'pta', keyHash: '0a1b2c3d', updatedAt: '2026-01-05T10:00:00.000Z', checkedAt: '2026-01-05T10:00:05.000Z' },
        'bes-users': { value: '5,0', keyHash: 'ffffffff', updatedAt: '2026-01-05T10:01:00.000Z' },
      },
      position: 1,
      attempts: [{ finishedAt: '2026-01-04T09:00:00.000Z', score: 3, max: 9, percentage: 33.3, passed: false }],
    },
  },
}

describe('progress codec', () => {
  it('decodes what it encodes, typed drafts included', () => {
    expect(decodeProgress(encodeProgress(record))).toEqual({ ok: true, value: record })
  })

  it('reads "nothing saved yet" as an empty record', () => {
    expect(decodeProgress(null)).toEqual({ ok: true, value: emptyRecord() })
  })

  it('stores under a key that names its version', () => {
    expect(STORAGE_KEY).toBe(`privacy-module:quiz-progress:v${PROGRESS_VERSION}`)
    expect(STORAGE_KEY_PATTERN.test('privacy-module:quiz-progress:v0')).toBe(true)
    expect(STORAGE_KEY_PATTERN.test('slidev-scale')).toBe(false)
  })

  it.each([
    ['not JSON', '{"version":1,'],
    ['JSON of the wrong type', '[1,2,3]'],
    ['null', 'null'],
    ['a record without quizzes', '{"version":1}'],
    ['an answer without a key hash', JSON.stringify({ version: 1, quizzes: { q: { answers: { a: { value: 'x', updatedAt: '2026-01-05T10:00:00.000Z' } }, position: 0, attempts: [] } } })],
    ['a bad time', JSON.stringify({ version: 1, quizzes: { q: { answers: { a: { value: 'x', keyHash: '0a1b2c3d', updatedAt: 'yesterday' } }, position: 0, attempts: [] } } })],
    ['a negative position', JSON.stringify({ version: 1, quizzes: { q: { answers: {}, position: -1, attempts: [] } } })],
    ['an unknown field', JSON.stringify({ version: 1, quizzes: {}, extra: true })],
  ])('reports %s as corrupt', (_name, text) => {
    const result = decodeProgress(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toBe('corrupt')
  })

  it.each([0, 2, 99])('reports a record of version %i as outdated, saying which', (version) => {
    const result = decodeProgress(JSON.stringify({ ...record, version }))
    expect(result).toMatchObject({ ok: false, reason: 'outdated' })
    expect(!result.ok && result.message).toContain(`version ${version}`)
  })
})
