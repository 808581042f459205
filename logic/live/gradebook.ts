// The session's results as a CSV gradebook (participant, one column per question asked, total), safe to open in a spreadsheet.
import type { ResultsResponse } from './protocol.ts'
import { questionKey } from './protocol.ts'

/** Cells a spreadsheet would run as a formula start with one of these; they get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = /"/g

/** One CSV cell: formula-like text defused, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text))
    text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text
}

/** Column headings: the question id, or `quiz/question` where two quizzes share a question id. */
function headings(results: ResultsResponse): string[] {
  const ids = results.questions.map(q => q.questionId)
  return results.questions.map(q => ids.filter(id => id === q.questionId).length > 1 ? questionKey(q.quizId, q.questionId) : q.questionId)
}

/**
 * `participant,id,<question ids…>,total` then one row per participant; a question
 * the participant did not answer is an empty cell. CRLF line ends (RFC 4180).
 */
export function gradebookCsv(results: ResultsResponse): string {
  const rows: Array<Array<string | number>> = [['participant', 'id', ...headings(results), 'total']]
  for (const p of results.participants)
    rows.push([p.name, p.id, ...results.questions.map(q => p.scores[questionKey(q.quizId, q.questionId)] ?? ''), p.total])
  return `${rows.map(row => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
