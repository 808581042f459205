// Saved answers carry a fingerprint of their question's key: it must change when
// the marking would change, and only then.
import type { Question } from '../../logic/kinds/registry.ts'
import { describe, expect, it } from 'vitest'
import { keyHash } from '../../logic/content/key-hash.ts'

const question: Question = {
  id: 'q',
  kind: 'multiple',
  prompt: 'Which?',
  points: 2,
  explanation: 'Because.',
  objective: 'concepts',
  evidence: [{ source: 's', quote: 'q' }],
  options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }],
  answer: ['a', 'b'],
}

describe('keyHash', () => {
  it('is 8 hex digits and stable', () => {
    expect(keyHash(question)).toMatch(/^[0-9a-f]{8}$/)
    expect(keyHash(question)).toBe(keyHash(structuredClone(question)))
  })

  it.each<[string, Partial<Question>]>([
    ['the wording of the prompt', { prompt: 'Which ones?' }],
    ['the explanation', { explanation: 'Another reason.' }],
    ['the evidence', { evidence: [{ source: 's', quote: 'other' }] }],
    ['the order of the key', { answer: ['b', 'a'] } as Partial<Question>],
    ['an option\'s text', { options: [{ id: 'a', text: 'Alpha' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }] } as Partial<Question>],
  ])('does not change with %s', (_name, change) => {
    expect(keyHash({ ...question, ...change } as Question)).toBe(keyHash(question))
  })

  it.each<[string, Partial<Question>]>([
    ['the key', { answer: ['a', 'c'] } as Partial<Question>],
    ['the points', { points: 3 }],
    ['an option added', { options: [...(question as { options: { id: string, text: string }[] }).options, { id: 'd', text: 'D' }] } as Partial<Question>],
    ['the kind', { kind: 'single', answer: 'a' } as Partial<Question>],
  ])('changes with %s', (_name, change) => {
    expect(keyHash({ ...question, ...change } as Question)).not.toBe(keyHash(question))
  })
})
