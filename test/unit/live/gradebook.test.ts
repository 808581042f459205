// The CSV gradebook and the results it is made from: one row per participant, a column per asked question, totals, and cells a spreadsheet cannot run.
import type { MarkedAnswer } from '../../../logic/live/stats.ts'
import { describe, expect, it } from 'vitest'
import { gradebookCsv } from '../../../logic/live/gradebook.ts'
import { questionKey } from '../../../logic/live/protocol.ts'
import { buildResults } from '../../../logic/live/results.ts'
import { markAnswer } from '../../../logic/marking/attempt.ts'
import { otherQuiz, questions, quiz } from './fixture.ts'

describe('buildResults and gradebookCsv', () => {
  const mark = (q: typeof questions.single, answer: string): MarkedAnswer => ({ answer, mark: markAnswer(q, answer) })
  const answers = new Map([
    [questionKey(quiz.id, 'q-single'), new Map([['p1', mark(questions.single, 'pta')], ['p2', mark(questions.single, 'court')]])],
    [questionKey(otherQuiz.id, 'q-single'), new Map([['p1', mark(questions.single, 'pta')]])],
  ])
  const asked = [{ quizId: quiz.id, questionId: 'q-single' }, { quizId: otherQuiz.id, questionId: 'q-single' }, { quizId: quiz.id, questionId: 'q-text' }]
  const participants = [{ id: 'p1', name: 'Ann' }, { id: 'p2', name: '=cmd|calc' }, { id: 'p3', name: 'Cat' }]
  const results = buildResults('s1', [quiz, otherQuiz], asked, participants, answers)

  it('scores every participant on every asked question, with totals and statistics', () => {
    expect(results.maxTotal).toBe(6)
    expect(results.participants.map(p => [p.name, p.total])).toEqual([['Ann', 4], ['=cmd|calc', 0], ['Cat', 0]])
    expect(results.questions.map(q => [q.questionId, q.answered, q.meanScore, q.percentCorrect])).toEqual([['q-single', 2, 1, 50], ['q-single', 1, 2, 100], ['q-text', 0, null, null]])
    expect(results.questions[0]!.histogram.buckets.map(b => [b.id, b.count, b.correct])).toEqual([['pta', 1, true], ['court', 1, false]])
  })

  it('writes one row per participant; unanswered questions are empty; shared question ids are qualified', () => {
    expect(gradebookCsv(results)).toBe([
      'participant,id,live-fixture/q-single,other-quiz/q-single,q-text,total',
      'Ann,p1,2,2,,4',
      '\'=cmd|calc,p2,0,,,0',
      'Cat,p3,,,,0',
      '',
    ].join('\r\n'))
  })
})

describe('a question asked in two rounds (peer instruction)', () => {
  const mark = (answer: string): MarkedAnswer => ({ answer, mark: markAnswer(questions.single, answer) })
  const key = questionKey(quiz.id, 'q-single')
  // Ann: wrong then right; Ben: right, silent in round 2 (carried over); Cat: right then wrong.
  const first = new Map([[key, new Map([['p1', mark('court')], ['p2', mark('pta')], ['p3', mark('pta')]])]])
  const second = new Map([[key, new Map([['p1', mark('pta')], ['p3', mark('court')]])]])
  const asked = [{ quizId: quiz.id, questionId: 'q-single', twoRounds: true as const }]
  const participants = [{ id: 'p1', name: 'Ann' }, { id: 'p2', name: 'Ben' }, { id: 'p3', name: 'Cat' }]

  it.each<[1 | 2, string[]]>([
    [2, ['Ann,p1,2,0,2,2', 'Ben,p2,2,2,,2', 'Cat,p3,0,2,0,0']],
    [1, ['Ann,p1,0,0,2,0', 'Ben,p2,2,2,,2', 'Cat,p3,2,2,0,2']],
  ])('marks round %i and keeps both rounds\' scores in their own columns', (markedRound, rows) => {
    const results = buildResults('s1', [quiz], asked, participants, first, second, markedRound)
    expect(results.markedRound).toBe(markedRound)
    expect(gradebookCsv(results)).toBe(['participant,id,q-single,q-single round 1,q-single round 2,total', ...rows, ''].join('\r\n'))
  })

  it('gives each round its own statistics beside those of the marked answers', () => {
    const results = buildResults('s1', [quiz], asked, participants, first, second)
    const stats = results.questions[0]!
    expect([stats.answered, stats.percentCorrect]).toEqual([3, 66.7])
    expect(stats.rounds!.map(r => [r.answered, r.percentCorrect])).toEqual([[3, 66.7], [2, 50]])
    expect(results.participants[1]!.rounds).toEqual({ [key]: [2, null] })
  })
})
