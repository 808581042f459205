// How scores read: one decimal at most, a partial score never shown as full
// marks or as nothing, and matching/ordering counted in pairs or places.
import type { QuestionOf } from '../../logic/kinds/registry.ts'
import { describe, expect, it } from 'vitest'
import { markAnswer } from '../../logic/marking/attempt.ts'
import { partsText, percentText, pointsLabel, scoreNumber, scoreOfMax } from '../../logic/marking/score-text.ts'
import { question } from './progress-fixture.ts'

describe('scoreNumber', () => {
  it.each<[number, number | undefined, string]>([
    [2.142857, 3, '2.1'],
    [11.64, 15, '11.6'],
    [2.15, 3, '2.2'],
    [3, 3, '3'],
    [0, 3, '0'],
    [0.5, 1, '0.5'],
    [0.96, 1, '0.9'], // 1.0 would read as full marks
    [14.97, 15, '14.9'],
    [0.04, 1, '0.1'], // 0 would read as nothing earned
    [0.04, undefined, '0.1'],
    [7, undefined, '7'],
    [1.25, undefined, '1.3'],
  ])('%s of %s reads %s', (value, max, shown) => {
    expect(scoreNumber(value, max)).toBe(shown)
  })
})

describe('scoreOfMax, pointsLabel, percentText', () => {
  it.each<[number, number, string]>([
    [2.14, 3, '2.1 of 3 points'],
    [11.64, 15, '11.6 of 15 points'],
    [1, 1, '1 of 1 point'],
    [0, 1, '0 of 1 point'],
    [0.5, 0.5, '0.5 of 0.5 points'],
  ])('%s of %s reads "%s"', (score, max, shown) => {
    expect(scoreOfMax(score, max)).toBe(shown)
  })

  it.each<[number, string]>([[1, '1 point'], [2, '2 points'], [0.5, '0.5 points'], [12.25, '12.3 points']])('%s reads "%s"', (points, shown) => {
    expect(pointsLabel(points)).toBe(shown)
  })

  it.each<[number, string]>([[71.43, '71.4%'], [100, '100%'], [99.96, '99.9%'], [0, '0%'], [60, '60%']])('%s%% reads "%s"', (percentage, shown) => {
    expect(percentText(percentage)).toBe(shown)
  })
})

describe('partsText', () => {
  const pairs = question('pairs') as QuestionOf<'matching'>
  const order = question('order') as QuestionOf<'ordering'>
  it.each<[string, QuestionOf<'matching'> | QuestionOf<'ordering'>, unknown, string | undefined]>([
    ['matching, one of two right', pairs, { p1: 'bb', p2: 'bb' }, '1 of 2 pairs'],
    ['matching, one pair left empty', pairs, { p1: 'bb' }, '1 of 2 pairs'],
    ['matching, all right', pairs, { p1: 'bb', p2: 'eff' }, '2 of 2 pairs'],
    ['matching, nothing chosen', pairs, {}, undefined],
    ['ordering, swapped', order, ['y', 'x'], '0 of 2 in place'],
    ['ordering, right', order, ['x', 'y'], '2 of 2 in place'],
  ])('%s', (_case, q, answer, shown) => {
    expect(partsText(q, markAnswer(q, answer))).toBe(shown)
  })

  it('says nothing for kinds not marked by parts', () => {
    const who = question('who')
    expect(partsText(who, markAnswer(who, 'pta'))).toBeUndefined()
  })
})
