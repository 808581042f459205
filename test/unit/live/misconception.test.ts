// The commonest mistake at a live reveal: which wrong option is put to the room
// with its feedback, when it is held back (too few picked it), ties, and the
// order in which the lecturer steps through the others.
import type { Evidence } from '../../../logic/content/common.ts'
import type { Question, QuestionOf } from '../../../logic/kinds/registry.ts'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MIN_SHARE, misconceptions } from '../../../logic/live/misconception.ts'

const evidence: Evidence[] = [{ source: 'sf-blackberry-exit', quote: 'shutdown order in July' }]
const base = { prompt: 'Who?', explanation: 'Because.', objective: 'blackberry-case', evidence, points: 1 }

const single: QuestionOf<'single'> = {
  ...base,
  id: 'who',
  kind: 'single',
  options: [
    { id: 'pta', text: 'The PTA', feedback: 'Right.' },
    { id: 'assembly', text: 'The National Assembly', feedback: 'The report names the PTA.', evidence },
    { id: 'court', text: 'A court', feedback: 'No document says a court was involved.' },
    { id: 'un', text: 'The U.N.' },
  ],
  answer: 'pta',
}

const multiple: QuestionOf<'multiple'> = {
  ...base,
  id: 'which',
  kind: 'multiple',
  options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B', feedback: 'B is wrong.' }, { id: 'c', text: 'C', feedback: 'C is wrong.' }, { id: 'd', text: 'D' }],
  answer: ['a', 'd'],
}

const trueFalse: QuestionOf<'truefalse'> = { ...base, id: 'tf', kind: 'truefalse', answer: false, wrongChoice: { feedback: 'It says the opposite.', evidence } }
const numeric: QuestionOf<'numeric'> = { ...base, id: 'n', kind: 'numeric', answer: 5000, tolerance: 0 }

type Row = [name: string, question: Question, counts: Record<string, number>, answered: number, minShare: number, commonest: string | undefined, others: string[]]

describe('misconceptions', () => {
  it.each<Row>([
    ['single: the most-picked wrong option', single, { pta: 10, assembly: 6, court: 3, un: 1 }, 20, 0.15, 'assembly', ['court', 'un']],
    ['single: held back when below the minimum share', single, { pta: 17, assembly: 2, court: 1 }, 20, 0.15, undefined, ['assembly', 'court', 'un']],
    ['single: exactly at the minimum share is shown', single, { pta: 17, court: 3 }, 20, 0.15, 'court', ['assembly', 'un']],
    ['single: a tie goes to the first in the question\'s order', single, { pta: 2, court: 4, assembly: 4 }, 10, 0.15, 'assembly', ['court', 'un']],
    ['single: the right option never counts as a mistake', single, { pta: 30, un: 1 }, 31, 0, 'un', ['assembly', 'court']],
    ['single: nobody wrong, nothing to show even at share 0', single, { pta: 5 }, 5, 0, undefined, ['assembly', 'court', 'un']],
    ['single: nobody answered', single, {}, 0, 0.15, undefined, ['assembly', 'court', 'un']],
    ['single: counts for unknown ids are ignored', single, { nasa: 9, court: 1 }, 10, 0.15, undefined, ['court', 'assembly', 'un']],
    ['single: an id like an Object property is not a count', { ...single, options: [...single.options, { id: 'constructor', text: 'Constructor' }] } as Question, { pta: 1 }, 1, 0, undefined, ['assembly', 'court', 'un', 'constructor']],
    ['multiple: share of those who answered, not of all picks', multiple, { a: 10, b: 3, c: 2, d: 9 }, 10, 0.3, 'b', ['c']],
    ['multiple: below the share', multiple, { a: 10, b: 2, c: 1, d: 9 }, 10, 0.3, undefined, ['b', 'c']],
    ['true/false: the wrong choice', trueFalse, { true: 4, false: 6 }, 10, 0.15, 'true', []],
    ['true/false: too few chose it', trueFalse, { true: 1, false: 19 }, 20, 0.15, undefined, ['true']],
    ['numeric: no options, nothing to show', numeric, { answered: 5 }, 5, 0, undefined, []],
  ])('%s', (_name, question, counts, answered, minShare, commonest, others) => {
    const result = misconceptions(question, counts, answered, minShare)
    expect(result.commonest?.id).toBe(commonest)
    expect(result.others.map(o => o.id)).toEqual(others)
  })

  it('gives the commonest mistake with its text, count, share, feedback and evidence', () => {
    expect(misconceptions(single, { pta: 10, assembly: 6, court: 3, un: 1 }, 20).commonest).toEqual({
      id: 'assembly',
      text: 'The National Assembly',
      count: 6,
      share: 0.3,
      feedback: 'The report names the PTA.',
      evidence,
    })
    expect(misconceptions(trueFalse, { true: 4 }, 10).commonest).toMatchObject({ text: 'True', feedback: 'It says the opposite.', evidence })
  })

  it('shows a commonest mistake without feedback as such (no invented reason)', () => {
    const { commonest } = misconceptions(single, { un: 5, pta: 5 }, 10)
    expect(commonest).toEqual({ id: 'un', text: 'The U.N.', count: 5, share: 0.5, evidence: [] })
    expect(commonest).not.toHaveProperty('feedback')
  })

  it('has a default minimum share', () => {
    expect(DEFAULT_MIN_SHARE).toBeGreaterThan(0)
    expect(misconceptions(single, { pta: 99, court: 1 }, 100).commonest).toBeUndefined()
  })

  it.each<[string, number, number, RegExp]>([
    ['a share above 1', 20, 15, /minimum share must be from 0 to 1, not 15/],
    ['a negative share', 20, -0.1, /minimum share/],
    ['a share that is not a number', 20, Number.NaN, /minimum share/],
    ['a fractional number of answers', 2.5, 0.15, /answered must be a whole number/],
    ['a negative number of answers', -1, 0.15, /answered must be a whole number/],
  ])('refuses %s', (_name, answered, minShare, message) => {
    expect(() => misconceptions(single, {}, answered, minShare)).toThrow(message)
  })
})
