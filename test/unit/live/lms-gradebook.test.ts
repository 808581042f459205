// The identifier a live session asks for (--ask-id) and the session's marks as Moodle's and Canvas's grade
// imports: one grade item (the total) keyed by that identifier, or a clear refusal when there are no identifiers.
import type { ResultsResponse } from '../../../logic/live/protocol.ts'
import { describe, expect, it } from 'vitest'
import { checkIdentifier } from '../../../logic/live/identifier.ts'
import { lmsGradebook } from '../../../logic/live/lms-gradebook.ts'

describe('checkIdentifier', () => {
  it.each([
    ['email', 'ada@uni.ac.uk', { ok: true, identifier: 'ada@uni.ac.uk' }],
    ['email', '  Ada.Lovelace@Uni.AC.uk ', { ok: true, identifier: 'Ada.Lovelace@Uni.AC.uk' }],
    ['email', '', { ok: false, message: 'Enter your university email address: the lecturer\'s LMS needs it to record your marks.' }],
    ['email', 'ada', { ok: false, message: '"ada" is not an email address like name@university.ac.uk.' }],
    ['email', 'ada@uni', { ok: false, message: '"ada@uni" is not an email address like name@university.ac.uk.' }],
    ['email', '=cmd@uni.ac.uk', { ok: false, message: '"=cmd@uni.ac.uk" is not an email address like name@university.ac.uk.' }],
    ['email', `${'a'.repeat(250)}@u.uk`, { ok: false, message: 'That is longer than any university email address (at most 254 characters).' }],
    ['number', 'S1234567', { ok: true, identifier: 'S1234567' }],
    ['number', '2024.001-a_b', { ok: true, identifier: '2024.001-a_b' }],
    ['number', '   ', { ok: false, message: 'Enter your student ID number: the lecturer\'s LMS needs it to record your marks.' }],
    ['number', '-1234', { ok: false, message: '"-1234" is not an ID number (letters, digits, dots, dashes or underscores, starting with a letter or digit).' }],
    ['number', '12 34', { ok: false, message: '"12 34" is not an ID number (letters, digits, dots, dashes or underscores, starting with a letter or digit).' }],
  ] as const)('%s %o', (kind, typed, expected) => {
    expect(checkIdentifier(kind, typed)).toEqual(expected)
  })
})

const results: ResultsResponse = {
  sessionId: '20261127-2000-abcdef',
  questions: [
    { quizId: 'blackberry-pakistan', questionId: 'q1', prompt: 'P1', kind: 'single', max: 1, answered: 2, meanScore: 0.5, percentCorrect: 50, histogram: { buckets: [] } },
    { quizId: 'blackberry-pakistan', questionId: 'q2', prompt: 'P2', kind: 'multiple', max: 2, answered: 1, meanScore: 1.5, percentCorrect: 0, histogram: { buckets: [] } },
  ],
  participants: [
    { id: 'p1', name: 'Ada', identifier: 'ada@uni.ac.uk', scores: { 'blackberry-pakistan/q1': 1, 'blackberry-pakistan/q2': 1.5 }, total: 2.5 },
    { id: 'p2', name: 'Bob', identifier: 'bob@uni.ac.uk', scores: {}, total: 0 },
    { id: 'p3', name: 'Cy', scores: { 'blackberry-pakistan/q1': 0 }, total: 0 },
  ],
  maxTotal: 3,
}
const quizzes = [{ id: 'blackberry-pakistan', title: 'BlackBerry in Pakistan' }]
const item = 'BlackBerry in Pakistan (live session 20261127-2000-abcdef)'

function lines(csv: string): string[] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return csv.slice(1).split('\r\n').filter(Boolean)
}

describe('lmsGradebook', () => {
  it('Moodle: the identifier column, then the session total as one grade item; a participant without an identifier is left out and listed', () => {
    const made = lmsGradebook(results, quizzes, 'moodle', 'email')
    if (!made.ok)
      throw new Error(made.message)
    expect(lines(made.csv)).toEqual([`Email address,${item}`, 'ada@uni.ac.uk,2.5', 'bob@uni.ac.uk,0'])
    expect(made.problems).toEqual(['row 3 (Cy) left out: no university email address'])
  })

  it('Canvas: Student, ID, SIS User ID, SIS Login ID, Section, the item; Points Possible; ID numbers as SIS User ID', () => {
    const numbered = { ...results, participants: results.participants.map((p, i) => ({ ...p, identifier: `S00${i + 1}` })) }
    const made = lmsGradebook(numbered, quizzes, 'canvas', 'number')
    if (!made.ok)
      throw new Error(made.message)
    expect(lines(made.csv)).toEqual([
      `Student,ID,SIS User ID,SIS Login ID,Section,${item}`,
      'Points Possible,,,,,3',
      'Ada,,S001,,,2.5',
      'Bob,,S002,,,0',
      'Cy,,S003,,,0',
    ])
    expect(made.problems).toEqual([])
  })

  it('Canvas with email addresses keys by SIS Login ID', () => {
    const made = lmsGradebook(results, quizzes, 'canvas', 'email')
    expect(made.ok && lines(made.csv)[2]).toBe('Ada,,,ada@uni.ac.uk,,2.5')
  })

  it.each(['moodle', 'canvas'] as const)('%s: without --ask-id says why no file can be made', (lms) => {
    const made = lmsGradebook(results, quizzes, lms, undefined)
    expect(made).toEqual({ ok: false, message: expect.stringContaining('this session did not ask students for one') })
    expect(!made.ok && made.message).toContain('--ask-id email or --ask-id number')
  })

  it('with no question asked yet says there are no marks', () => {
    expect(lmsGradebook({ ...results, questions: [] }, quizzes, 'moodle', 'email')).toEqual({ ok: false, message: 'No question has been asked in this session yet, so there are no marks for Moodle.' })
  })
})
