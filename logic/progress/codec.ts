// Reads and writes the saved-progress record. Errors are values: a record that
// is not JSON or not of the schema is `corrupt`, one of another version is
// `outdated`; the caller discards it and tells the student.
import type { ProgressRecord } from './record.ts'
import * as v from 'valibot'
import { emptyRecord, PROGRESS_VERSION, progressRecordSchema } from './record.ts'

export type DecodeResult
  = | { ok: true, value: ProgressRecord }
    | { ok: false, reason: 'corrupt' | 'outdated', message: string }

/** `null` (nothing saved yet) decodes to an empty record. */
export function decodeProgress(text: string | null): DecodeResult {
  if (text === null)
    return { ok: true, value: emptyRecord() }
  let data: unknown
  try {
    data = JSON.parse(text)
  }
  catch {
    return { ok: false, reason: 'corrupt', message: 'the saved progress is not valid JSON' }
  }
  const version = (data as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version !== PROGRESS_VERSION)
    return { ok: false, reason: 'outdated', message: `the saved progress is from version ${version} of the quizzes; this is version ${PROGRESS_VERSION}` }
  const parsed = v.safeParse(progressRecordSchema, data)
  if (!parsed.success) {
    const path = v.getDotPath(parsed.issues[0])
    const where = path ? ` at ${path}` : ''
    return { ok: false, reason: 'corrupt', message: `the saved progress is damaged${where}` }
  }
  return { ok: true, value: parsed.output }
}

export function encodeProgress(record: ProgressRecord): string {
  return JSON.stringify(record)
}
