// The lecturer's HTTP calls to the live server (same origin, token as a Bearer header): results as JSON, the gradebook as CSV
// (also as Moodle's or Canvas's grade import), the sessions compared, the poll results, and the key to the slides. Every CSV
// is kept as sent, byte-order mark included.
import type { GradeLms } from '../../../logic/interchange/grade-csv.ts'
import type { ResultsResponse } from '../../../logic/live/protocol.ts'
import type { Report } from '../../../logic/live/report.ts'
import { GRADE_PROBLEMS_HEADER } from '../../../logic/live/lms-gradebook.ts'
import { LIVE_DECK_PATH, LIVE_GRADEBOOK_PATH, LIVE_POLLS_CSV_PATH, LIVE_REPORT_CSV_PATH, LIVE_REPORT_PATH, LIVE_RESULTS_PATH } from '../../../logic/live/paths.ts'

const FILENAME = /filename="([^"]+)"/

function authorised(token: string): RequestInit {
  return { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' }
}

async function checked(response: Response): Promise<Response> {
  if (!response.ok)
    throw new Error(response.status === 401 ? 'The server refused the token.' : `The server answered ${response.status}.`)
  return response
}

export async function fetchResults(token: string): Promise<ResultsResponse> {
  const response = await checked(await fetch(LIVE_RESULTS_PATH, authorised(token)))
  return await response.json() as ResultsResponse
}

/** A CSV as the server sent it: `text()` would drop the byte-order mark that makes spreadsheets read it as UTF-8. */
async function csvAsSent(response: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
}

/** A CSV route's file, byte-order mark kept. */
async function fetchCsv(path: string, token: string): Promise<string> {
  return csvAsSent(await checked(await fetch(path, authorised(token))))
}

export const fetchGradebook = (token: string): Promise<string> => fetchCsv(LIVE_GRADEBOOK_PATH, token)

export async function fetchReport(token: string): Promise<Report> {
  return await (await checked(await fetch(LIVE_REPORT_PATH, authorised(token)))).json() as Report
}

export const fetchReportCsv = (token: string): Promise<string> => fetchCsv(LIVE_REPORT_CSV_PATH, token)

/** Every poll run's results as CSV (polls are never in the gradebook). */
export const fetchPollsCsv = (token: string): Promise<string> => fetchCsv(LIVE_POLLS_CSV_PATH, token)

/** Lets this browser load the slides (the server sets an HttpOnly cookie); false when the server refuses. */
export async function unlockDeck(token: string): Promise<boolean> {
  try {
    return (await fetch(LIVE_DECK_PATH, { method: 'POST', ...authorised(token) })).ok
  }
  catch {
    return false
  }
}

/** The gradebook as `lms`'s grade import, byte-order mark kept, with the rows it left out; the server's reason when it cannot be made. */
export async function fetchLmsGrades(token: string, lms: GradeLms): Promise<{ csv: string, filename: string, problems: string[] }> {
  const response = await fetch(`${LIVE_GRADEBOOK_PATH}?format=${lms}`, authorised(token))
  if (response.status === 409 || response.status === 400)
    throw new Error(await response.text())
  await checked(response)
  const filename = FILENAME.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `grades-${lms}.csv`
  const problems = response.headers.get(GRADE_PROBLEMS_HEADER)
  return {
    csv: await csvAsSent(response),
    filename,
    problems: problems ? JSON.parse(decodeURIComponent(problems)) as string[] : [],
  }
}
