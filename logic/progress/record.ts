// The saved-progress record: what a student has answered, checked and finished,
// per quiz, as stored in localStorage. Versioned and schema-validated; answers
// carry the key hash of their question so a changed key invalidates them.
// zod/mini: the same validator as the content schemas, a fraction of the bytes in the deck.
import * as z from 'zod/mini'

/** Bump when the record's shape changes; records of another version are discarded. */
export const PROGRESS_VERSION = 1

/** The localStorage key of this version's record. */
export const STORAGE_KEY = `privacy-module:quiz-progress:v${PROGRESS_VERSION}`

/** Keys under which other versions of the record were (or will be) stored. */
export const STORAGE_KEY_PATTERN = /^privacy-module:quiz-progress:v\d+$/

const timeSchema = z.iso.datetime()

export const savedAnswerSchema = z.strictObject({
  /** The student's answer, of the shape of its question's kind (checked on load). */
  value: z.unknown(),
  /** keyHash(question) when the answer was given. */
  keyHash: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  updatedAt: timeSchema,
  /** Set once the student checked this answer (practice mode): it is then marked and locked. */
  checkedAt: z.optional(timeSchema),
})
export type SavedAnswer = z.infer<typeof savedAnswerSchema>

export const attemptSummarySchema = z.strictObject({
  finishedAt: timeSchema,
  score: z.number().check(z.nonnegative()),
  max: z.number().check(z.nonnegative()),
  percentage: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
})
export type AttemptSummary = z.infer<typeof attemptSummarySchema>

export const quizProgressSchema = z.strictObject({
  answers: z.record(z.string(), savedAnswerSchema),
  /** Index of the question on screen. */
  position: z.int().check(z.nonnegative()),
  /** Set when the attempt is finished: every answer is then marked and locked. */
  finishedAt: z.optional(timeSchema),
  /** Finished attempts, oldest first. */
  attempts: z.array(attemptSummarySchema),
})
export type QuizProgress = z.infer<typeof quizProgressSchema>

export const progressRecordSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  quizzes: z.record(z.string(), quizProgressSchema),
})
export type ProgressRecord = z.infer<typeof progressRecordSchema>

export function emptyRecord(): ProgressRecord {
  return { version: PROGRESS_VERSION, quizzes: {} }
}

export function emptyQuizProgress(): QuizProgress {
  return { answers: {}, position: 0, attempts: [] }
}
