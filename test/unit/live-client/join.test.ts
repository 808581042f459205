// The join form's name check says in words what is wrong, with the server's own rule (logic/live/names.ts).
import { describe, expect, it } from 'vitest'
import { nameProblem } from '../../../live/src/student/join.ts'

describe('nameProblem', () => {
  it.each([
    ['Ada', undefined],
    ['  Ada Lovelace  ', undefined],
    ['Zoë O’Brien', undefined],
    ['', 'Enter a display name.'],
    ['   ', 'Enter a display name.'],
    ['x'.repeat(41), 'Names may be at most 40 characters.'],
    ['Ada\u0007', 'Names are plain text on one line.'],
    ['\u200B\u200D', 'Please enter a name with visible letters.'],
    ['Ada\uD800', 'That name has a broken character in it; please type it again.'],
  ])('%j → %s', (name, expected) => {
    expect(nameProblem(name)).toBe(expected)
  })
})
