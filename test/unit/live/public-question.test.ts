// What students see of a question before reveal: exactly the public fields of each kind, and ordering items in a stable order that is never the key's.
import type { QuestionOf } from '../../../logic/kinds/registry.ts'
import { describe, expect, it } from 'vitest'
import { shuffleDeterministically, toPublicQuestion } from '../../../logic/live/public-question.ts'
import { questions } from './fixture.ts'

describe('toPublicQuestion', () => {
  it.each([
    ['single', ['id', 'kind', 'options', 'points', 'prompt']],
    ['multiple', ['id', 'kind', 'options', 'points', 'prompt']],
    ['truefalse', ['id', 'kind', 'points', 'prompt']],
    ['numeric', ['id', 'kind', 'points', 'prompt', 'unit']],
    ['text', ['id', 'kind', 'points', 'prompt']],
    ['ordering', ['id', 'items', 'kind', 'points', 'prompt']],
    ['matching', ['id', 'kind', 'options', 'points', 'prompt', 'prompts']],
  ] as const)('a %s question shows only %o', (kind, fields) => {
    const shown = toPublicQuestion(questions[kind])
    expect(Object.keys(shown).sort()).toEqual(fields)
    expect(JSON.stringify(shown)).not.toContain(questions[kind].explanation)
    expect(JSON.stringify(shown)).not.toContain('The quote')
  })

  it('copies only id and text of each option, even when content has more', () => {
    const single = { ...questions.single, options: [{ id: 'pta', text: 'PTA', note: 'secret' }, { id: 'court', text: 'A court' }] }
    expect(toPublicQuestion(single)).toMatchObject({ options: [{ id: 'pta', text: 'PTA' }, { id: 'court', text: 'A court' }] })
    expect(JSON.stringify(toPublicQuestion(single))).not.toContain('secret')
  })

  it('leaves out the unit of a numeric question that has none', () => {
    const { unit: _, ...numeric } = questions.numeric
    expect(toPublicQuestion(numeric)).not.toHaveProperty('unit')
  })
})

describe('shuffleDeterministically', () => {
  const items = Array.from({ length: 6 }, (_, i) => ({ id: `item-${i}`, text: `Item ${i}` }))
  const key = items.map(i => i.id)

  it('gives the same order for the same seed, a permutation of the items', () => {
    const first = shuffleDeterministically(items, 'question-1', key)
    expect(shuffleDeterministically(items, 'question-1', key)).toEqual(first)
    expect(first.map(i => i.id).sort()).toEqual([...key].sort())
  })

  it.each(['a', 'b', 'exit-timeline', 'q-ordering', 'x'.repeat(50)])('never shows the right order (seed %s)', (seed) => {
    for (let n = 2; n <= 6; n++) {
      const some = items.slice(0, n)
      expect(shuffleDeterministically(some, seed, some.map(i => i.id)).map(i => i.id)).not.toEqual(some.map(i => i.id))
    }
  })

  it('shuffles the ordering question of the fixture away from its key', () => {
    const ordering: QuestionOf<'ordering'> = questions.ordering
    const shown = toPublicQuestion(ordering)
    expect(shown.kind === 'ordering' && shown.items.map(i => i.id)).not.toEqual(ordering.answer)
  })
})
