// The identifier a live session asks students for when the lecturer starts it with `--ask-id email|number`:
// the one the LMS matches grades by (Moodle's email address or ID number, Canvas's SIS login or user id).
// Checked with the LMS export's own rule (identifierProblem), on the join page and again on the server.
import type { IdentifierKind } from '../interchange/grade-csv.ts'
import { IDENTIFIER_LABELS, identifierProblem } from '../interchange/grade-csv.ts'

export const ASK_ID_KINDS = ['email', 'number'] as const satisfies readonly IdentifierKind[]
/** Longer than any email address an LMS takes (RFC 5321 caps a path at 254). */
export const IDENTIFIER_MAX = 254

/** The join page's label for the field, saying why it is asked. */
export const IDENTIFIER_FIELD_LABELS: Record<IdentifierKind, string> = {
  email: 'Your university email address',
  number: 'Your student ID number',
}

export type IdentifierCheck = { ok: true, identifier: string } | { ok: false, message: string }

/** The identifier as stored (trimmed), or what is wrong with it in a sentence for the student. */
export function checkIdentifier(kind: IdentifierKind, typed: string): IdentifierCheck {
  const identifier = typed.trim()
  if (identifier === '')
    return { ok: false, message: `Enter your ${IDENTIFIER_LABELS[kind]}: the lecturer's LMS needs it to record your marks.` }
  if ([...identifier].length > IDENTIFIER_MAX)
    return { ok: false, message: `That is longer than any ${IDENTIFIER_LABELS[kind]} (at most ${IDENTIFIER_MAX} characters).` }
  const problem = identifierProblem(kind, identifier)
  return problem ? { ok: false, message: `${problem[0]!.toUpperCase()}${problem.slice(1)}.` } : { ok: true, identifier }
}

/** Two identifiers are the same student's when they differ only in case (as the LMS export compares them). */
export function identifierKey(identifier: string): string {
  return identifier.trim().toLowerCase()
}
