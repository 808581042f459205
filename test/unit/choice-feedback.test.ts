// Which feedback a marked answer shows: the picked choices' (right or wrong), never
// an option the student did not pick; and all of it for the answer key.
import type { Evidence } from '../../logic/content/common.ts'
import type { Answer, Question, QuestionOf } from '../../logic/kinds/registry.ts'
import { describe, expect, it } from 'vitest'
import { markAnswer } from '../../logic/marking/attempt.ts'
import { allChoiceFeedback, chosenFeedback } from '../../logic/marking/choice-feedback.ts'

const evidence: Evidence[] = [{ source: 'sf-blackberry-exit', quote: 'x' }]
const base = { prompt: 'A question', explanation: 'Because.', objective: 'blackberry-case', evidence }

const single: QuestionOf<'single'> = {
  ...base,
  id: 'single',
  kind: 'single',
  points: 1,
  options: [
    { id: 'pta', text: 'PTA', feedback: 'Right: the report names it.' },
    { id: 'court', text: 'A court', feedback: 'No document says a court was involved.' },
    { id: 'un', text: 'The U.N.', feedback: 'The U.N. gave no order.', evidence: [{ source: 'open-letter', quote: 'Navi Pillay' }] },
    { id: 'nasa', text: 'NASA' },
  ],
  answer: 'pta',
}

const multiple: QuestionOf<'multiple'> = {
  ...base,
  id: 'multiple',
  kind: 'multiple',
  points: 2,
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B', feedback: 'B is right.' },
    { id: 'c', text: 'C', feedback: 'C is wrong.' },
    { id: 'd', text: 'D', feedback: 'D is wrong too.' },
  ],
  answer: ['a', 'b'],
}

const trueFalse: QuestionOf<'truefalse'> = { ...base, id: 'tf', kind: 'truefalse', points: 1, answer: false, wrongChoice: { feedback: 'It says the opposite.' } }
const trueIsRight: QuestionOf<'truefalse'> = { ...base, id: 'tf2', kind: 'truefalse', points: 1, answer: true, wrongChoice: { feedback: 'Both cooperate in part.' } }
const bareTrueFalse: QuestionOf<'truefalse'> = { ...base, id: 'tf3', kind: 'truefalse', points: 1, answer: false }
const numeric: QuestionOf<'numeric'> = { ...base, id: 'num', kind: 'numeric', points: 1, answer: 5000, tolerance: 0 }

const matching: QuestionOf<'matching'> = {
  ...base,
  id: 'match',
  kind: 'matching',
  points: 2,
  prompts: [{ id: 'hole', text: 'black hole' }, { id: 'staggering', text: 'staggering attempt' }],
  options: [{ id: 'source', text: 'Sky News\' source' }, { id: 'eff', text: 'EFF' }, { id: 'may', text: 'Theresa May' }],
  answer: { hole: 'source', staggering: 'eff' },
  confusions: [
    { prompt: 'hole', option: 'may', feedback: 'May is not quoted.' },
    { prompt: 'hole', option: 'eff', feedback: 'The EFF praises WhatsApp.', evidence },
    { prompt: 'staggering', option: 'source', feedback: 'That is the Facebook article.' },
  ],
}

const ordering: QuestionOf<'ordering'> = {
  ...base,
  id: 'order',
  kind: 'ordering',
  points: 3,
  items: [{ id: 'july', text: 'Order in July' }, { id: 'leave', text: 'Announces it will leave' }, { id: 'dec', text: 'Leaves on December 30' }],
  answer: ['july', 'leave', 'dec'],
  misplacements: [{ item: 'leave', feedback: 'The announcement came before the extension.' }],
}

describe('chosenFeedback', () => {
  it.each<[string, Question, Answer | undefined, Array<[id: string, right: boolean]>]>([
    ['single: a wrong option shows its own feedback only', single, 'court', [['court', false]]],
    ['single: another wrong option, with evidence', single, 'un', [['un', false]]],
    ['single: the right option shows its feedback', single, 'pta', [['pta', true]]],
    ['single: a wrong option without feedback shows none', single, 'nasa', []],
    ['single: an unknown id shows none', single, 'mars', []],
    ['single: unanswered shows none', single, undefined, []],
    ['multiple: right and wrong picks, in option order', multiple, ['d', 'b', 'c'], [['b', true], ['c', false], ['d', false]]],
    ['multiple: a missed right option is not shown', multiple, ['a', 'c'], [['c', false]]],
    ['multiple: nothing picked', multiple, [], []],
    ['true/false: the wrong choice', trueFalse, true, [['true', false]]],
    ['true/false: the right choice has no feedback', trueFalse, false, []],
    ['true/false: the wrong choice when the answer is true', trueIsRight, false, [['false', false]]],
    ['true/false: no wrongChoice written', bareTrueFalse, true, []],
    ['numeric: no choices', numeric, '12', []],
    ['matching: the wrong pair made, with feedback', matching, { hole: 'eff', staggering: 'eff' }, [['hole eff', false]]],
    ['matching: two wrong pairs made, in the order written', matching, { hole: 'may', staggering: 'source' }, [['hole may', false], ['staggering source', false]]],
    ['matching: a wrong pair without feedback', matching, { hole: 'source', staggering: 'may' }, []],
    ['matching: all right', matching, { hole: 'source', staggering: 'eff' }, []],
    ['ordering: the item out of place', ordering, ['leave', 'july', 'dec'], [['leave', false]]],
    ['ordering: an item with feedback in its place', ordering, ['dec', 'leave', 'july'], []],
  ])('%s', (_name, question, answer, expected) => {
    const shown = chosenFeedback(question, markAnswer(question, answer), answer)
    expect(shown.map(f => [f.id, f.right])).toEqual(expected)
  })

  it('shows nothing before the answer is marked', () => {
    expect(chosenFeedback(single, undefined)).toEqual([])
  })

  it('carries the text, feedback and evidence of the option', () => {
    expect(chosenFeedback(single, markAnswer(single, 'un'))).toEqual([
      { id: 'un', part: 'choice', text: 'The U.N.', right: false, feedback: 'The U.N. gave no order.', evidence: [{ source: 'open-letter', quote: 'Navi Pillay' }] },
    ])
    expect(chosenFeedback(trueFalse, markAnswer(trueFalse, true))[0]).toMatchObject({ part: 'choice', text: 'True', evidence: [] })
    const pair = { hole: 'eff', staggering: 'eff' }
    expect(chosenFeedback(matching, markAnswer(matching, pair), pair)[0]).toMatchObject({ part: 'pairing', text: 'black hole → EFF', feedback: 'The EFF praises WhatsApp.', evidence })
    expect(chosenFeedback(ordering, markAnswer(ordering, ['leave', 'july', 'dec']))[0]).toMatchObject({ part: 'placement', text: 'Announces it will leave' })
  })
})

describe('allChoiceFeedback', () => {
  it.each<[string, Question, string[]]>([
    ['single: every option with feedback', single, ['pta', 'court', 'un']],
    ['multiple', multiple, ['b', 'c', 'd']],
    ['true/false: the wrong choice', trueIsRight, ['false']],
    ['true/false without wrongChoice', bareTrueFalse, []],
    ['numeric', numeric, []],
    ['matching: each confusion', matching, ['hole may', 'hole eff', 'staggering source']],
    ['ordering: each misplacement', ordering, ['leave']],
  ])('%s', (_name, question, ids) => {
    expect(allChoiceFeedback(question).map(f => f.id)).toEqual(ids)
  })
})
