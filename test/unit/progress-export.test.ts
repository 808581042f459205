// Students download their results: one row per answer with quiz, question,
// answer in words, score and time, as JSON or as CSV that spreadsheets read right.
import type { QuizProgress } from '../../logic/progress/record.ts'
import { describe, expect, it } from 'vitest'
import { keyHash } from '../../logic/content/key-hash.ts'
import { resultRows, resultsCsv, resultsJson, selfStudyGradeSheet } from '../../logic/progress/export.ts'
import { question, quiz } from './progress-fixture.ts'

const updatedAt = '2026-01-05T10:00:00.000Z'
const checkedAt = '2026-01-05T10:00:30.000Z'

function entry(id: string, value: unknown, checked = true) {
  return { value, keyHash: keyHash(question(id)), updatedAt, ...(checked ? { checkedAt } : {}) }
}

const progress: QuizProgress = {
  answers: {
    who: entry('who', 'court'),
    which: entry('which', ['a', 'c']),
    tf: entry('tf', true),
    users: entry('users', '5,000 users'),
    body: entry('body', 'P.T.A.', false),
    order: entry('order', ['y', 'x']),
    pairs: entry('pairs', { p1: 'bb', p2: 'bb' }),
  },
  position: 0,
  attempts: [],
}

const rows = resultRows([quiz], id => (id === quiz.id ? progress : undefined))

describe('resultRows', () => {
  it.each([
    ['who', 'A court', 0, 'wrong'],
    ['which', 'Email; Voice, calls', 0, 'wrong'],
    ['tf', 'True', 1, 'correct'],
    ['users', '5,000 users', 1, 'correct'],
    ['body', 'P.T.A.', null, 'not marked yet'],
    ['order', '1. Exit on December 30; 2. Order in July', 0, 'wrong'],
    ['pairs', '"never permitted" → BlackBerry; "a precedent" → BlackBerry', 0.5, 'partial'],
  ])('gives %s as "%s", scored %s (%s)', (id, answer, score, result) => {
    expect(rows.find(r => r.question === id)).toMatchObject({ quiz: 'fixture', answer, score, result })
  })

  it('times each answer by when it was checked, or last changed when not checked', () => {
    expect(rows.find(r => r.question === 'who')?.time).toBe(checkedAt)
    expect(rows.find(r => r.question === 'body')?.time).toBe(updatedAt)
  })

  it('leaves out questions not answered and quizzes not started', () => {
    expect(resultRows([quiz], () => ({ ...progress, answers: { tf: progress.answers.tf! } })).map(r => r.question)).toEqual(['tf'])
    expect(resultRows([quiz], () => undefined)).toEqual([])
  })
})

describe('results downloads', () => {
  it('carry no option feedback: neither for the wrong options picked nor for any other', () => {
    const feedback = quiz.questions.flatMap(q => [
      ...('options' in q ? q.options.flatMap(o => ('feedback' in o && o.feedback ? [o.feedback] : [])) : []),
      ...(q.kind === 'truefalse' && q.wrongChoice ? [q.wrongChoice.feedback] : []),
    ])
    expect(feedback.length).toBeGreaterThan(2)
    for (const text of [resultsJson(rows, checkedAt), resultsCsv(rows)]) {
      for (const f of feedback)
        expect(text).not.toContain(f)
    }
  })

  it('writes JSON with the export time and every row', () => {
    const data = JSON.parse(resultsJson(rows, checkedAt))
    expect(data.exportedAt).toBe(checkedAt)
    expect(data.results).toHaveLength(7)
    expect(data.results[0]).toEqual(rows[0])
  })

  it('writes CSV with a header row and CRLF line ends, one line per answer', () => {
    const csv = resultsCsv(rows)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('quiz,question,prompt,answer,score,max,result,time')
    expect(lines).toHaveLength(rows.length + 2)
    expect(lines.at(-1)).toBe('')
    expect(csv).toContain(`fixture,which,Which?,"Email; Voice, calls",0,2,wrong,${checkedAt}`)
    expect(csv).toContain(`fixture,body,Which body?,P.T.A.,,1,not marked yet,${updatedAt}`)
    expect(csv).toContain('"""never permitted"" → BlackBerry; ""a precedent"" → BlackBerry"')
  })
})

describe('selfStudyGradeSheet', () => {
  const other = { ...quiz, id: 'other', title: 'Other quiz' }
  it.each([
    ['a quiz with answers: the marked score', quiz.id, progress, 2.5],
    ['a quiz with no answer: no grade', quiz.id, { ...progress, answers: {} }, null],
    ['a quiz never opened: no grade', 'none', progress, null],
  ])('%s', (_, id, saved, score) => {
    const sheet = selfStudyGradeSheet([quiz, other], q => (q === id ? saved : undefined), 'a.student@uni.ac.uk')
    const total = quiz.questions.reduce((sum, q) => sum + q.points, 0)
    expect(sheet.columns).toEqual([{ title: quiz.title, points: total }, { title: 'Other quiz', points: total }])
    expect(sheet.rows).toEqual([{ identifier: 'a.student@uni.ac.uk', scores: [score, null] }])
  })
})
