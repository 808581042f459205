// The session's results as a CSV gradebook (participant, one column per question asked, total), safe to open in a spreadsheet.
import type { ResultsResponse } from './protocol.ts'
import { csvText } from '../csv.ts'
import { questionKey } from './protocol.ts'

/** Column headings: the question id, or `quiz/question` where two quizzes share a question id. */
function headings(results: ResultsResponse): string[] {
  const ids = results.questions.map(q => q.questionId)
  return results.questions.map(q => ids.filter(id => id === q.questionId).length > 1 ? questionKey(q.quizId, q.questionId) : q.questionId)
}

/**
 * `participant,id,<question ids…>,total` then one row per participant; a question
 * the participant did not answer is an empty cell. A question asked in two rounds
 * (peer instruction) has its marked score under its id, then `<id> round 1` and
 * `<id> round 2` with each round's own answer's score. CRLF line ends (RFC 4180).
 */
export function gradebookCsv(results: ResultsResponse): string {
  const names = headings(results)
  const header = results.questions.flatMap((q, i) => q.rounds ? [names[i]!, `${names[i]} round 1`, `${names[i]} round 2`] : [names[i]!])
  const rows: Array<Array<string | number | null>> = [['participant', 'id', ...header, 'total']]
  for (const p of results.participants) {
    rows.push([p.name, p.id, ...results.questions.flatMap((q) => {
      const key = questionKey(q.quizId, q.questionId)
      const score = p.scores[key] ?? null
      return q.rounds ? [score, ...p.rounds?.[key] ?? [null, null]] : [score]
    }), p.total])
  }
  return csvText(rows)
}

/** The gradebook as a file: with a byte-order mark, so spreadsheets read accented names as UTF-8. */
export function gradebookFile(results: ResultsResponse): string {
  return `\uFEFF${gradebookCsv(results)}`
}
