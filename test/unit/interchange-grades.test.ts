// Grade-import CSVs against the column rules of each LMS's importer: Moodle's
// grade/import/csv (a header row, one identifier column mapped to email or ID
// number, "" for no grade, a decimal point; an unknown or empty identifier
// stops the import, so such rows are left out and listed) and Canvas's
// GradebookImporter (header Student, ID, SIS User ID, SIS Login ID, Section,
// then assignments; a Points Possible row; computed-column names dropped).
import type { GradeSheet, IdentifierKind } from '../../logic/interchange/grade-csv.ts'
import { describe, expect, it } from 'vitest'
import { gradeCsv, identifierProblem, quizGradeSheet } from '../../logic/interchange/grade-csv.ts'

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  expect(text.endsWith('\r\n')).toBe(true)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      }
      else if (c === '"') {
        quoted = false
      }
      else {
        cell += c
      }
    }
    else if (c === '"') {
      quoted = true
    }
    else if (c === ',') {
      row.push(cell)
      cell = ''
    }
    else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell])
      row = []
      cell = ''
      i++
    }
    else {
      cell += c
    }
  }
  return rows
}

/** Canvas's GradebookImporter header checks (row_has_student_headers?, update_column_count, header?): the student columns it takes. */
function canvasStudentColumns(header: string[]): number {
  expect(header.length).toBeGreaterThan(3)
  expect(header[0]).toContain('Student')
  expect(header[1]).toContain('ID')
  let columns = 3
  if (/SIS\s+Login\s+ID/.test(header[2] ?? ''))
    columns += 1
  else if (/SIS\s+User\s+ID/.test(header[2] ?? '') && /SIS\s+Login\s+ID/.test(header[3] ?? ''))
    columns += 2
  expect(header[columns - 1]).toContain('Section')
  return columns
}

const sheet: GradeSheet = {
  columns: [{ title: 'BlackBerry in Pakistan', points: 13 }, { title: 'Final review, week 6', points: 19.5 }],
  rows: [
    { identifier: 'a.student@uni.ac.uk', name: 'A Student', scores: [12.5, null] },
    { identifier: '  b.student@uni.ac.uk ', scores: [2 / 3, 19.5] },
  ],
}

describe('identifiers', () => {
  it.each<[IdentifierKind, string, RegExp | undefined]>([
    ['email', 'a.student@uni.ac.uk', undefined],
    ['email', ' A.Student@Uni.AC.UK ', undefined],
    ['email', 'student', /not an email address/],
    ['email', 'a@b', /not an email address/],
    ['email', '=cmd@x.org', /not an email address/],
    ['email', '', /no university email address/],
    ['number', '20231234', undefined],
    ['number', 'S-2023.12_a', undefined],
    ['number', '-20231234', /not an ID number/],
    ['number', '=1+1', /not an ID number/],
    ['number', '2023 1234', /not an ID number/],
    ['number', '   ', /no student ID number/],
  ])('%s "%s"', (kind, value, problem) => {
    const found = identifierProblem(kind, value)
    if (problem)
      expect(found).toMatch(problem)
    else
      expect(found).toBeUndefined()
  })
})

describe('Moodle: Grades → Import → CSV file', () => {
  it.each<[IdentifierKind, string]>([['email', 'Email address'], ['number', 'ID number']])('keyed by %s: a header with the identifier column, then one column per grade item', (kind, header) => {
    const rows = parseCsv(gradeCsv({ ...sheet, rows: kind === 'email' ? sheet.rows : [{ identifier: '20231234', scores: [1, 2] }] }, 'moodle', kind).csv)
    expect(rows[0]).toEqual([header, 'BlackBerry in Pakistan', 'Final review, week 6'])
  })

  it('scores with a decimal point and at most two decimals; no grade is an empty cell, which Moodle skips', () => {
    const rows = parseCsv(gradeCsv(sheet, 'moodle', 'email').csv)
    expect(rows.slice(1)).toEqual([['a.student@uni.ac.uk', '12.5', ''], ['b.student@uni.ac.uk', '0.67', '19.5']])
  })

  it('leaves out rows Moodle could not match (which would stop its whole import) and says which', () => {
    const { csv, problems } = gradeCsv({ ...sheet, rows: [...sheet.rows, { identifier: '', name: 'No Email', scores: [1, 1] }, { identifier: 'A.STUDENT@uni.ac.uk', scores: [0, 0] }, { identifier: 'not-an-email', scores: [0, 0] }] }, 'moodle', 'email')
    expect(parseCsv(csv)).toHaveLength(3)
    expect(problems).toEqual([
      'row 3 (No Email) left out: no university email address',
      'row 4 left out: A.STUDENT@uni.ac.uk is already in row 1',
      'row 5 left out: "not-an-email" is not an email address like name@university.ac.uk',
    ])
  })
})

describe('Canvas: Grades → Import', () => {
  it.each<[IdentifierKind, string, number]>([['number', '20231234', 2], ['email', 'a.student@uni.ac.uk', 3]])('keyed by %s: the header Canvas requires, and the identifier in its column', (kind, identifier, column) => {
    const rows = parseCsv(gradeCsv({ ...sheet, rows: [{ identifier, name: 'A Student', scores: [12.5, null] }] }, 'canvas', kind).csv)
    const header = rows[0] as string[]
    expect(canvasStudentColumns(header)).toBe(5)
    expect(header).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'BlackBerry in Pakistan', 'Final review, week 6'])
    // Canvas's own ID stays empty, so it looks the student up by SIS User ID, then SIS Login ID.
    expect(rows[2]?.[1]).toBe('')
    expect(rows[2]?.[column]).toBe(identifier)
    expect(rows[2]).toEqual(['A Student', '', ...(kind === 'number' ? [identifier, ''] : ['', identifier]), '', '12.5', ''])
  })

  it('a Points Possible row gives new assignments their points', () => {
    const rows = parseCsv(gradeCsv(sheet, 'canvas', 'email').csv)
    expect(rows[1]).toEqual(['Points Possible', '', '', '', '', '13', '19.5'])
  })

  it.each([
    ['a computed column\'s name', 'Final Score', 'Quiz: Final Score', /Canvas ignores a column of that name/],
    ['a reserved column\'s name', 'Section', 'Quiz: Section', /Canvas ignores/],
    ['a trailing (number), read as an assignment id', 'Quiz (12)', 'Quiz', /would name an existing Canvas assignment/],
  ])('a title with %s is changed so Canvas keeps the column', (_, title, written, problem) => {
    const { csv, problems } = gradeCsv({ columns: [{ title, points: 1 }], rows: [] }, 'canvas', 'number')
    expect(parseCsv(csv)[0]?.at(-1)).toBe(written)
    expect(problems).toEqual([expect.stringMatching(problem)])
  })
})

describe('a quiz\'s marks as a sheet (what the live gradebook will pass)', () => {
  const quiz = { title: 'Final review', questions: [{ id: 'q1', points: 2 }, { id: 'q2', points: 1.5 }] }
  const rows = [{ identifier: '20231234', scores: { q1: 2, q2: null }, total: 2 }, { identifier: '20231235', scores: {}, total: null }]

  it.each([
    ['the total only', false, [['ID number', 'Final review'], ['20231234', '2'], ['20231235', '']]],
    ['a column per question, then the total', true, [['ID number', 'Final review: q1', 'Final review: q2', 'Final review'], ['20231234', '2', '', '2'], ['20231235', '', '', '']]],
  ])('%s', (_, perQuestion, expected) => {
    expect(parseCsv(gradeCsv(quizGradeSheet(quiz, rows, perQuestion), 'moodle', 'number').csv)).toEqual(expected)
  })

  it('the total\'s points are the quiz\'s points', () => {
    expect(quizGradeSheet(quiz, rows).columns).toEqual([{ title: 'Final review', points: 3.5 }])
  })
})
