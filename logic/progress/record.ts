// The saved-progress record: what a student has answered, checked and finished,
// per quiz, as stored in localStorage. Versioned and schema-validated; answers
// carry the key hash of their question so a changed key invalidates them.
// valibot rather than zod here: this module ships in the deck, where valibot
// costs about 2 KiB gzipped against zod/mini's 7 (see docs/checks.md, Performance budget).
import * as v from 'valibot'
import { mappingOf } from '../shapes.ts'

/** Bump when the record's shape changes; records of another version are discarded. */
export const PROGRESS_VERSION = 1

/** The localStorage key of this version's record. */
export const STORAGE_KEY = `privacy-module:quiz-progress:v${PROGRESS_VERSION}`

/** Keys under which other versions of the record were (or will be) stored. */
export const STORAGE_KEY_PATTERN = /^privacy-module:quiz-progress:v\d+$/

const timeSchema = v.pipe(v.string(), v.isoTimestamp())

export const savedAnswerSchema = v.strictObject({
  /** The student's answer, of the shape of its question's kind (checked on load). */
  value: v.unknown(),
  /** keyHash(question) when the answer was given. */
  keyHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
  updatedAt: timeSchema,
  /** Set once the student checked this answer (practice mode): it is then marked and locked. */
  checkedAt: v.optional(timeSchema),
})
export type SavedAnswer = v.InferOutput<typeof savedAnswerSchema>

export const attemptSummarySchema = v.strictObject({
  finishedAt: timeSchema,
  score: v.pipe(v.number(), v.minValue(0)),
  max: v.pipe(v.number(), v.minValue(0)),
  percentage: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  passed: v.boolean(),
})
export type AttemptSummary = v.InferOutput<typeof attemptSummarySchema>

export const quizProgressSchema = v.strictObject({
  answers: mappingOf(savedAnswerSchema),
  /** Index of the question on screen. */
  position: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Set when the attempt is finished: every answer is then marked and locked. */
  finishedAt: v.optional(timeSchema),
  /** Finished attempts, oldest first. */
  attempts: v.array(attemptSummarySchema),
})
export type QuizProgress = v.InferOutput<typeof quizProgressSchema>

export const progressRecordSchema = v.strictObject({
  version: v.literal(PROGRESS_VERSION),
  quizzes: mappingOf(quizProgressSchema),
})
export type ProgressRecord = v.InferOutput<typeof progressRecordSchema>

export function emptyRecord(): ProgressRecord {
  return { version: PROGRESS_VERSION, quizzes: {} }
}

export function emptyQuizProgress(): QuizProgress {
  return { answers: {}, position: 0, attempts: [] }
}
