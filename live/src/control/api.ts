// The lecturer's HTTP calls to the live server (same origin, token as a Bearer header): results as JSON, the gradebook as CSV, the sessions compared, and the key to the slides.
import type { ResultsResponse } from '../../../logic/live/protocol.ts'
import type { Report } from '../../../logic/live/report.ts'
import { LIVE_DECK_PATH, LIVE_GRADEBOOK_PATH, LIVE_REPORT_CSV_PATH, LIVE_REPORT_PATH, LIVE_RESULTS_PATH } from '../../../logic/live/paths.ts'

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

export async function fetchGradebook(token: string): Promise<string> {
  const response = await checked(await fetch(LIVE_GRADEBOOK_PATH, authorised(token)))
  return await response.text()
}

export async function fetchReport(token: string): Promise<Report> {
  return await (await checked(await fetch(LIVE_REPORT_PATH, authorised(token)))).json() as Report
}

export async function fetchReportCsv(token: string): Promise<string> {
  return await (await checked(await fetch(LIVE_REPORT_CSV_PATH, authorised(token)))).text()
}

/** Lets this browser load the slides (the server sets an HttpOnly cookie); false when the server refuses. */
export async function unlockDeck(token: string): Promise<boolean> {
  try {
    return (await fetch(LIVE_DECK_PATH, { method: 'POST', ...authorised(token) })).ok
  }
  catch {
    return false
  }
}
