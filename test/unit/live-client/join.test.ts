// The join form's name check says in words what is wrong, with the server's own rule.
import { describe, expect, it } from 'vitest'
import { nameProblem } from '../../../live/src/student/join.ts'

describe('nameProblem', () => {
  it.each([
    ['Ada', undefined],
    ['  Ada Lovelace  ', undefined],
    ['Zoë O’Brien', undefined],
    ['', 'Enter a display name.'],
    ['   ', 'Enter a display name.'],
    ['x'.repeat(41), 'Use at most 40 characters.'],
    ['Ada\u0007', 'Use letters, digits, spaces and punctuation only.'],
  ])('%j → %s', (name, expected) => {
    expect(nameProblem(name)).toBe(expected)
  })
})
