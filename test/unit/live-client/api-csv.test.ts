// The control page's CSV downloads keep the server's byte-order mark (spreadsheets then read accented names as
// UTF-8): the gradebook, the sessions compared and the poll results alike, each fetched with the token.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchGradebook, fetchPollsCsv, fetchReportCsv } from '../../../live/src/control/api.ts'

const CSV = '\uFEFFname,total\r\nZoë,1\r\n'

afterEach(() => vi.unstubAllGlobals())

describe('control page CSV downloads', () => {
  it.each([
    { name: 'gradebook', fetchCsv: fetchGradebook, path: '/live/api/gradebook.csv' },
    { name: 'sessions compared', fetchCsv: fetchReportCsv, path: '/live/api/report.csv' },
    { name: 'poll results', fetchCsv: fetchPollsCsv, path: '/live/api/polls.csv' },
  ])('the $name keeps the byte-order mark', async ({ fetchCsv, path }) => {
    const fetched = vi.fn(async (_url: string, _init?: RequestInit) => new Response(new TextEncoder().encode(CSV), { headers: { 'content-type': 'text/csv' } }))
    vi.stubGlobal('fetch', fetched)
    expect(await fetchCsv('tok')).toBe(CSV)
    expect(fetched.mock.calls[0]?.[0]).toBe(path)
    expect(new Headers(fetched.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe('Bearer tok')
  })
})
