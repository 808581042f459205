// Geometry of the scale figure: squares whose areas are in the ratio of the two stated numbers.
import { describe, expect, it } from 'vitest'
import { areaSide, figureLabel, timesAsMany } from '../../logic/deck/figures.ts'

describe('areaSide', () => {
  it.each([
    [1_500_000_000, 1_500_000_000, 300, 300],
    [375_000_000, 1_500_000_000, 300, 150],
    [5000, 1_500_000_000, 300, 0.5477],
  ])('%d against %d with a %d px square: %d px', (value, largest, side, expected) => {
    expect(areaSide(value, largest, side)).toBeCloseTo(expected, 3)
  })

  it.each([[0, 10], [-1, 10], [5, 0], [Number.NaN, 10]])('rejects %d against %d', (value, largest) => {
    expect(() => areaSide(value, largest, 300)).toThrow(/positive/)
  })
})

describe('timesAsMany and figureLabel', () => {
  it.each([
    [1_500_000_000, 5000, '300,000'],
    [1000, 3, '330'],
    [10, 5, '2'],
  ])('%d / %d reads %s', (large, small, expected) => {
    expect(timesAsMany(large, small)).toBe(expected)
  })

  it.each([
    [1_500_000_000, '1.5 billion'],
    [2_000_000, '2 million'],
    [5000, '5,000'],
  ])('%d as %s', (value, expected) => {
    expect(figureLabel(value)).toBe(expected)
  })
})
