// Histograms and per-question statistics: by option for choice kinds, by verdict for the others, with `correct` only after reveal.
import type { Question } from '../../../logic/kinds/registry.ts'
import type { MarkedAnswer } from '../../../logic/live/stats.ts'
import { describe, expect, it } from 'vitest'
import { answerStats, histogram } from '../../../logic/live/stats.ts'
import { markAnswer } from '../../../logic/marking/attempt.ts'
import { questions } from './fixture.ts'

const marked = (question: Question, ...answers: unknown[]): MarkedAnswer[] => answers.map(answer => ({ answer, mark: markAnswer(question, answer) }))

describe('histogram', () => {
  it.each<[string, Question, unknown[], boolean, Array<[string, number, boolean?]>]>([
    ['single before reveal', questions.single, ['pta', 'court', 'court'], false, [['pta', 1], ['court', 2]]],
    ['single after reveal', questions.single, ['pta', 'court', 'court'], true, [['pta', 1, true], ['court', 2, false]]],
    ['single ignores unknown options', questions.single, ['nope'], false, [['pta', 0], ['court', 0]]],
    ['multiple counts each pick once', questions.multiple, [['a', 'b'], ['a', 'a'], ['c']], false, [['a', 2], ['b', 1], ['c', 1]]],
    ['multiple after reveal', questions.multiple, [['a']], true, [['a', 1, true], ['b', 0, true], ['c', 0, false]]],
    ['truefalse', questions.truefalse, [true, false, false], true, [['true', 1, false], ['false', 2, true]]],
    ['numeric before reveal', questions.numeric, ['5000', '12'], false, [['answered', 2]]],
    ['numeric after reveal', questions.numeric, ['5000', '5,005', '12'], true, [['correct', 2, true], ['partial', 0, false], ['incorrect', 1, false]]],
    ['ordering after reveal', questions.ordering, [['first', 'second', 'third'], ['first', 'third', 'second'], ['third', 'second', 'first']], true, [['correct', 1, true], ['partial', 2, false], ['incorrect', 0, false]]],
    ['matching after reveal', questions.matching, [{ p1: 'o2', p2: 'o1' }], true, [['correct', 0, true], ['partial', 0, false], ['incorrect', 1, false]]],
    ['text counts an empty answer as incorrect', questions.text, [''], true, [['correct', 0, true], ['partial', 0, false], ['incorrect', 1, false]]],
  ])('%s', (_, question, answers, revealed, expected) => {
    const buckets = histogram(question, marked(question, ...answers), revealed).buckets
    expect(buckets.map(b => [b.id, b.count, ...(b.correct === undefined ? [] : [b.correct])])).toEqual(expected)
  })

  it('labels option buckets with the option text', () => {
    expect(histogram(questions.single, [], false).buckets.map(b => b.label)).toEqual(['PTA', 'A court'])
  })
})

describe('answerStats', () => {
  it('gives the mean score and the share fully correct', () => {
    expect(answerStats(marked(questions.ordering, ['first', 'second', 'third'], ['first', 'third', 'second'], ['second', 'first', 'third']))).toEqual({ answered: 3, meanScore: 1.11, percentCorrect: 33.3 })
  })

  it('is null when nobody answered', () => {
    expect(answerStats([])).toEqual({ answered: 0, meanScore: null, percentCorrect: null })
  })
})
