// The gradebook as a download, in the format asked for: the session's own CSV (`plain`), or the grade-import
// CSV of Moodle or Canvas (logic/live/lms-gradebook.ts). Shared by GET /live/api/gradebook.csv?format=… and
// `npm run live -- --session <id> --export <file> --format …`.
import type { Content } from '../../logic/content/compile.ts'
import type { GradebookFormat } from '../../logic/live/lms-gradebook.ts'
import type { AskId, ResultsResponse } from '../../logic/live/protocol.ts'
import { gradebookFile } from '../../logic/live/gradebook.ts'
import { GRADEBOOK_FORMATS, lmsGradebook } from '../../logic/live/lms-gradebook.ts'

export { GRADE_PROBLEMS_HEADER } from '../../logic/live/lms-gradebook.ts'

export type GradebookDownload
  = | { ok: true, body: string, filename: string, problems: string[] }
    | { ok: false, status: 400 | 409, message: string }

export function isGradebookFormat(format: unknown): format is GradebookFormat {
  return GRADEBOOK_FORMATS.includes(format as GradebookFormat)
}

/** The file for `format` (undefined: plain), or why it cannot be made. */
export function gradebookDownload(results: ResultsResponse, content: Content, askId: AskId | undefined, format: unknown): GradebookDownload {
  const chosen = format ?? 'plain'
  if (!isGradebookFormat(chosen))
    return { ok: false, status: 400, message: `There is no gradebook format "${String(chosen)}": use format=moodle or format=canvas, or leave it out for the session's own CSV.` }
  if (chosen === 'plain')
    return { ok: true, body: gradebookFile(results), filename: `gradebook-${results.sessionId}.csv`, problems: [] }
  const made = lmsGradebook(results, content.quizzes, chosen, askId)
  return made.ok
    ? { ok: true, body: made.csv, filename: `grades-${chosen}-${results.sessionId}.csv`, problems: made.problems }
    : { ok: false, status: 409, message: made.message }
}
