// The answer key's quick key speaks the handout's language (option letters,
// box numbers top to bottom), and matching/ordering keys read as table rows.
import type { Question } from '../../logic/kinds/registry.ts'
import { describe, expect, it } from 'vitest'
import { keyTable } from '../../logic/kinds/key-rows.ts'
import { quickAnswer } from '../../logic/print/quick-key.ts'

const base = { prompt: 'Q?', points: 1, explanation: 'Because.', objective: 'concepts', evidence: [{ source: 'open-letter', quote: 'q' }] }
const abcd = ['a', 'b', 'c', 'd'].map(id => ({ id, text: `Option ${id}` }))
const q = (raw: Record<string, unknown>) => ({ id: 'q', ...base, ...raw }) as Question

describe('quickAnswer', () => {
  it.each<[string, Question, string]>([
    ['single: the letter of the right option', q({ kind: 'single', options: abcd, answer: 'c' }), 'C'],
    ['single: the first option is A', q({ kind: 'single', options: abcd, answer: 'a' }), 'A'],
    ['multiple: letters in printed order, not key order', q({ kind: 'multiple', options: abcd, answer: ['d', 'b'] }), 'B, D'],
    ['true/false', q({ kind: 'truefalse', answer: false }), 'False'],
    ['numeric: the number, unit and tolerance', q({ kind: 'numeric', answer: 5000, tolerance: 0, unit: 'users' }), '5,000 users'],
    ['text: the accepted answers', q({ kind: 'text', accept: ['PTA', 'Pakistan Telecommunications Authority'] }), 'PTA (also accepted: Pakistan Telecommunications Authority)'],
    ['ordering: the number for each printed box', q({ kind: 'ordering', items: abcd, answer: ['c', 'a', 'd', 'b'] }), 'Boxes: 2, 4, 1, 3'],
    ['ordering: already in order', q({ kind: 'ordering', items: abcd, answer: ['a', 'b', 'c', 'd'] }), 'Boxes: 1, 2, 3, 4'],
    ['matching: the letter for each printed box', q({ kind: 'matching', prompts: abcd.slice(0, 3), options: abcd, answer: { a: 'd', b: 'a', c: 'd' } }), 'Boxes: D, A, D'],
    ['matching: an option id missing from the options is flagged, not lettered', q({ kind: 'matching', prompts: abcd.slice(0, 1), options: abcd, answer: { a: 'zz' } }), 'Boxes: ? (zz)'],
  ])('%s', (_case, question, expected) => {
    expect(quickAnswer(question)).toBe(expected)
  })
})

describe('keyTable', () => {
  it('pairs each matching prompt with its option text', () => {
    expect(keyTable(q({ kind: 'matching', prompts: abcd.slice(0, 2), options: abcd, answer: { a: 'c', b: 'a' } }))).toEqual({
      head: ['Prompt', 'Match'],
      rows: [['Option a', 'Option c'], ['Option b', 'Option a']],
    })
  })

  it('numbers an ordering in its right order', () => {
    expect(keyTable(q({ kind: 'ordering', items: abcd.slice(0, 3), answer: ['c', 'a', 'b'] }))?.rows).toEqual([['1', 'Option c'], ['2', 'Option a'], ['3', 'Option b']])
  })

  it.each(['single', 'multiple', 'truefalse', 'numeric', 'text'])('has no table for %s (its key is one line)', (kind) => {
    expect(keyTable(q({ kind, options: abcd, answer: 'a', accept: ['x'], tolerance: 0 }))).toBeUndefined()
  })
})
