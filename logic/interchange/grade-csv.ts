// Marks back to the LMS: a sheet of grades (one column per grade item, one row
// per student, keyed by the identifier the lecturer chose) as the CSV that
// Moodle's "Grades → Import → CSV file" and Canvas's "Gradebook → Import" read.
// Pure: the live gradebook (rows of identifier, per-question scores, total)
// and the deck's results download both build a GradeSheet and call gradeCsv.
//
// Column rules, from each importer's source:
// - Moodle (grade/import/csv, load_data.php): a header row; one column is
//   mapped to the user's email address or ID number, each other column to a
//   grade item (or a new one, named by its header, or ignored). An empty or
//   unknown identifier stops the whole import; an empty cell or "-" is no grade.
// - Canvas (GradebookImporter): the header must start `Student,ID,` and the
//   student columns end with `Section`; with `SIS User ID,SIS Login ID` between
//   them Canvas finds the student by either when ID (Canvas's own) is empty.
//   A `Points Possible` row gives the points of new assignments. A header that
//   names no existing assignment creates one; headers containing Canvas's
//   computed columns ("Final Score" …) are dropped; "Title (123)" means
//   assignment 123.
import { csvText } from '../csv.ts'

export type GradeLms = 'moodle' | 'canvas'
/** Which identifier keys the rows: Moodle's email address / ID number, Canvas's SIS Login ID / SIS User ID. */
export type IdentifierKind = 'email' | 'number'

export interface GradeColumn {
  title: string
  /** Points possible. */
  points: number
}

export interface GradeRow {
  identifier: string
  /** Shown in Canvas's Student column; Canvas falls back to it only when the identifier matches no one. */
  name?: string
  /** One per column; null is no grade (left empty). */
  scores: ReadonlyArray<number | null>
}

export interface GradeSheet {
  columns: readonly GradeColumn[]
  rows: readonly GradeRow[]
}

export interface GradeCsv {
  csv: string
  /** Rows or columns left out or changed, in words, for the lecturer. */
  problems: string[]
}

/** The identifier's column header in each LMS (Moodle lets you pick the column on import; Canvas reads these names). */
export const IDENTIFIER_HEADERS: Record<GradeLms, Record<IdentifierKind, string>> = {
  moodle: { email: 'Email address', number: 'ID number' },
  canvas: { email: 'SIS Login ID', number: 'SIS User ID' },
}

/** What the lecturer is asked for, in words. */
export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  email: 'university email address',
  number: 'student ID number',
}

const EMAIL = /^[^\s@=+\-"',;][^\s@"',;]*@[^\s@"',;.]+(?:\.[^\s@"',;.]+)+$/
/** ID numbers: letters, digits, dots, dashes and underscores, starting with a letter or digit (nothing a spreadsheet reads as a formula). */
const NUMBER = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u
/** Canvas drops columns whose header contains one of these (its computed columns), and reads "(digits)" at the end as an assignment id. */
const CANVAS_COMPUTED = /Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override Score|Override Grade|Override Status/
const CANVAS_RESERVED = new Set(['Student', 'LastName', 'FirstName', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Integration ID', 'Root Account'])
const TRAILING_ID = /\s*\(\d+\)\s*$/

/** Why an identifier cannot key a row, or undefined when it can. */
export function identifierProblem(kind: IdentifierKind, value: string): string | undefined {
  const trimmed = value.trim()
  if (!trimmed)
    return `no ${IDENTIFIER_LABELS[kind]}`
  if (kind === 'email' && !EMAIL.test(trimmed))
    return `"${trimmed}" is not an email address like name@university.ac.uk`
  if (kind === 'number' && !NUMBER.test(trimmed))
    return `"${trimmed}" is not an ID number (letters, digits, dots, dashes or underscores, starting with a letter or digit)`
  return undefined
}

/** A score as both LMSs read it: a decimal point, at most two decimals, no grouping. */
function scoreCell(score: number | null): string {
  return score === null || !Number.isFinite(score) ? '' : String(Math.round(score * 100) / 100)
}

/** A column header Canvas keeps as a new assignment of that title. */
function canvasTitle(title: string, problems: string[]): string {
  let safe = title.trim()
  if (TRAILING_ID.test(safe)) {
    safe = safe.replace(TRAILING_ID, '')
    problems.push(`column "${title}": "(number)" at the end would name an existing Canvas assignment, so it is left out of the title`)
  }
  if (CANVAS_COMPUTED.test(safe) || CANVAS_RESERVED.has(safe)) {
    problems.push(`column "${title}": Canvas ignores a column of that name, so it is written as "Quiz: ${safe}"`)
    safe = `Quiz: ${safe}`
  }
  return safe
}

/** The grade-import CSV for one LMS, keyed by the chosen identifier; rows that cannot be matched are left out and listed. */
export function gradeCsv(sheet: GradeSheet, lms: GradeLms, kind: IdentifierKind): GradeCsv {
  const problems: string[] = []
  const firstRowOf = new Map<string, number>()
  const rows: GradeRow[] = []
  sheet.rows.forEach((row, i) => {
    const problem = identifierProblem(kind, row.identifier)
    const key = row.identifier.trim().toLowerCase()
    const earlier = firstRowOf.get(key)
    if (problem)
      problems.push(`row ${i + 1}${row.name ? ` (${row.name})` : ''} left out: ${problem}`)
    else if (earlier !== undefined)
      problems.push(`row ${i + 1} left out: ${row.identifier.trim()} is already in row ${earlier}`)
    else
      rows.push(row)
    if (!problem && earlier === undefined)
      firstRowOf.set(key, i + 1)
  })
  const scoresOf = (row: GradeRow): string[] => sheet.columns.map((_, c) => scoreCell(row.scores[c] ?? null))
  if (lms === 'moodle') {
    const header = [IDENTIFIER_HEADERS.moodle[kind], ...sheet.columns.map(c => c.title)]
    return { csv: csvText([header, ...rows.map(row => [row.identifier.trim(), ...scoresOf(row)])]), problems }
  }
  const titles = sheet.columns.map(c => canvasTitle(c.title, problems))
  const header = ['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', ...titles]
  const pointsPossible = ['Points Possible', '', '', '', '', ...sheet.columns.map(c => scoreCell(c.points))]
  const idCells = (row: GradeRow): string[] => (kind === 'number' ? [row.identifier.trim(), ''] : ['', row.identifier.trim()])
  return { csv: csvText([header, pointsPossible, ...rows.map(row => [row.name ?? '', '', ...idCells(row), '', ...scoresOf(row)])]), problems }
}

/** One student's marks in one quiz, as the live gradebook holds them. */
export interface QuizGradeRow {
  identifier: string
  name?: string
  /** Question id → score; a question left out or null was not answered. */
  scores: Readonly<Record<string, number | null | undefined>>
  total: number | null
}

/**
 * A quiz's marks as a sheet: the total as one grade item named after the
 * quiz, and with `perQuestion` one item per question before it (in Canvas
 * each column becomes an assignment of its own).
 */
export function quizGradeSheet(quiz: { title: string, questions: ReadonlyArray<{ id: string, points: number }> }, rows: readonly QuizGradeRow[], perQuestion = false): GradeSheet {
  const total = quiz.questions.reduce((sum, q) => sum + q.points, 0)
  const questions = perQuestion ? quiz.questions : []
  return {
    columns: [...questions.map(q => ({ title: `${quiz.title}: ${q.id}`, points: q.points })), { title: quiz.title, points: Math.round(total * 100) / 100 }],
    rows: rows.map(row => ({ identifier: row.identifier, ...(row.name === undefined ? {} : { name: row.name }), scores: [...questions.map(q => row.scores[q.id] ?? null), row.total] })),
  }
}
