// Seeded shuffles: the same seed gives the same order on every run and device,
// every item stays, and the input is left as it was.
import { describe, expect, it } from 'vitest'
import { seededRandom, shuffled } from '../../logic/seeded-random.ts'

/** The next `n` numbers of `random`. */
function draw(random: () => number, n: number): number[] {
  const numbers: number[] = []
  for (let i = 0; i < n; i++)
    numbers.push(random())
  return numbers
}

describe('seededRandom', () => {
  it.each([0, 1, 42, 0xFFFFFFFF])('repeats its sequence for seed %i and stays in [0, 1)', (seed) => {
    const a = seededRandom(seed)
    const b = seededRandom(seed)
    const first = draw(a, 100)
    expect(draw(b, 100)).toEqual(first)
    expect(first.every(n => n >= 0 && n < 1)).toBe(true)
    expect(new Set(first).size).toBeGreaterThan(95)
  })
})

describe('shuffled', () => {
  it.each([
    [[] as string[]],
    [['a']],
    [['a', 'b', 'c', 'd', 'e', 'f', 'g']],
  ])('returns a permutation of %j and leaves the input alone', (items) => {
    const input = [...items]
    const order = shuffled(input, seededRandom(7))
    expect(input).toEqual(items)
    expect([...order].sort()).toEqual([...items].sort())
    expect(shuffled(input, seededRandom(7))).toEqual(order)
  })

  it('gives different orders for different seeds', () => {
    const items = Array.from({ length: 10 }, (_, i) => i)
    const orders = new Set([1, 2, 3, 4, 5].map(seed => shuffled(items, seededRandom(seed)).join()))
    expect(orders.size).toBeGreaterThan(1)
  })
})
