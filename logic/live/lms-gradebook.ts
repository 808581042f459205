// A live session's marks in the CSV formats Moodle's and Canvas's gradebooks import (issue #15 item 5):
// one grade item, the session's total, keyed by the identifier students gave at join (`--ask-id`).
// Built with the LMS export's gradeCsv; without identifiers it says why no such file can be made.
import type { GradeLms, IdentifierKind } from '../interchange/grade-csv.ts'
import type { ResultsResponse } from './protocol.ts'
import { gradeCsv, quizGradeSheet } from '../interchange/grade-csv.ts'

/** `plain`: the session's own gradebook (participant, id, questions, total); the others: an LMS's import. */
export const GRADEBOOK_FORMATS = ['plain', 'moodle', 'canvas'] as const
export type GradebookFormat = typeof GRADEBOOK_FORMATS[number]

/** The header that lists, as URI-encoded JSON, the rows an LMS file left out (e.g. a participant without an identifier). */
export const GRADE_PROBLEMS_HEADER = 'x-grade-problems'

export const LMS_NAMES: Record<GradeLms, string> = { moodle: 'Moodle', canvas: 'Canvas' }

export type LmsGradebook = { ok: true, csv: string, problems: string[] } | { ok: false, message: string }

const START_WITH_ASK_ID = 'Start the session with --ask-id email or --ask-id number to get this file; for this session, download the plain gradebook (CSV) and match the names by hand.'

/** Why an LMS file cannot be made for a session that did not ask for identifiers. */
export function noIdentifiersMessage(lms: GradeLms): string {
  return `${LMS_NAMES[lms]} matches grades to students by email address or ID number, and this session did not ask students for one, so ${LMS_NAMES[lms]} could not match any row. ${START_WITH_ASK_ID}`
}

/** The same, for both LMSs at once (the control page). */
export const NO_IDENTIFIERS_NOTE = `No file for Moodle or Canvas: they match grades to students by email address or ID number, and this session did not ask students for one. ${START_WITH_ASK_ID}`

/** The grade item's title: the quizzes asked from, and the session (so two sessions make two items). */
export function gradeItemTitle(results: ResultsResponse, quizzes: ReadonlyArray<{ id: string, title: string }>): string {
  const titles = [...new Set(results.questions.map(q => quizzes.find(quiz => quiz.id === q.quizId)?.title ?? q.quizId))]
  return `${titles.join(' + ')} (live session ${results.sessionId})`
}

/** The session's totals as `lms`'s grade-import CSV, keyed by `kind`; rows an LMS could not match are left out and listed. */
export function lmsGradebook(results: ResultsResponse, quizzes: ReadonlyArray<{ id: string, title: string }>, lms: GradeLms, kind: IdentifierKind | undefined): LmsGradebook {
  if (!kind)
    return { ok: false, message: noIdentifiersMessage(lms) }
  if (results.questions.length === 0)
    return { ok: false, message: `No question has been asked in this session yet, so there are no marks for ${LMS_NAMES[lms]}.` }
  const quiz = { title: gradeItemTitle(results, quizzes), questions: results.questions.map(q => ({ id: `${q.quizId}/${q.questionId}`, points: q.max })) }
  const rows = results.participants.map(p => ({ identifier: p.identifier ?? '', name: p.name, scores: {}, total: p.total }))
  const { csv, problems } = gradeCsv(quizGradeSheet(quiz, rows), lms, kind)
  return { ok: true, csv: `\uFEFF${csv}`, problems }
}
