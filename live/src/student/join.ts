// The join form's check of a display name, with the same rule as the server (logic/live/names.ts cleanName).
import { cleanName } from '../../../logic/live/names.ts'

/** What is wrong with a display name, in words; undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  if (name.trim() === '')
    return 'Enter a display name.'
  const check = cleanName(name)
  return check.ok ? undefined : check.message
}
