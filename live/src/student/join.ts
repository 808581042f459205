// The join form's check of a display name, with the same rule as the server (protocol.ts nameSchema).
import * as v from 'valibot'
import { nameSchema } from '../../../logic/live/protocol.ts'

/** What is wrong with a display name, in words; undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  if (name.trim() === '')
    return 'Enter a display name.'
  if (name.trim().length > 40)
    return 'Use at most 40 characters.'
  return v.is(nameSchema, name) ? undefined : 'Use letters, digits, spaces and punctuation only.'
}
