// <ResultsPanel>: at the end the lecturer gets the results table and per-question statistics from /live/api/results, and the CSV gradebook, both fetched with the token as a Bearer header.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { saveFile } from '../../../composables/saveFile.ts'
import ResultsPanel from '../../../live/src/control/ResultsPanel.vue'
import { results } from './live-fixtures.ts'
import { button, tableRows } from './queries.ts'

vi.mock('../../../composables/saveFile.ts', () => ({ saveFile: vi.fn() }))

/** As the server sends it: with a byte-order mark, which the saved file keeps (spreadsheets then read accents as UTF-8). */
const CSV = '\uFEFFparticipant,who-demanded,when,total\r\nAna,1,,1\r\n'
const fetchMock = vi.fn(async (url: string, _init?: RequestInit) => url.endsWith('.csv')
  ? new Response(new TextEncoder().encode(CSV), { headers: { 'content-type': 'text/csv' } })
  : Response.json(results))

beforeEach(() => {
  fetchMock.mockClear()
  vi.mocked(saveFile).mockClear()
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

function authorization(call: number): string | undefined {
  return new Headers(fetchMock.mock.calls[call]?.[1]?.headers).get('Authorization') ?? undefined
}

describe('ResultsPanel', () => {
  it('loads the results by itself when the session finishes, with the token as a Bearer header', async () => {
    const wrapper = mount(ResultsPanel, { props: { token: 'tok-1', finished: false } })
    expect(fetchMock).not.toHaveBeenCalled()
    await wrapper.setProps({ finished: true })
    await flushPromises()
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/live/api/results')
    expect(authorization(0)).toBe('Bearer tok-1')
    expect(tableRows(wrapper, 'Scores by participant and question')).toEqual([
      ['Ana', '1', 'not answered', '1'],
      ['Ben', '0', 'not answered', '0'],
    ])
    expect(wrapper.findAll('table')[0]!.findAll('thead th').map(th => th.text())).toEqual(['Participant', 'Q1', 'Q2', 'Total (of 3)'])
    expect(tableRows(wrapper, 'Statistics by question')).toEqual([
      ['Q1. Who demanded access?', '2', '0.5 of 1', '50%'],
      ['Q2. When?', '0', 'none answered', 'none answered'],
    ])
  })

  it('downloads the gradebook CSV with the token and saves it as a file', async () => {
    const wrapper = mount(ResultsPanel, { props: { token: 'tok-2', finished: true } })
    await flushPromises()
    await button(wrapper, 'Download gradebook (CSV)').trigger('click')
    await flushPromises()
    expect(fetchMock.mock.calls[1]?.[0]).toBe('/live/api/gradebook.csv')
    expect(authorization(1)).toBe('Bearer tok-2')
    expect(saveFile).toHaveBeenCalledWith('gradebook-s1.csv', CSV, 'text/csv;charset=utf-8')
    expect(wrapper.get('[role="status"]').text()).toBe('Gradebook saved as CSV.')
  })

  it('says so when the server refuses the token, and saves nothing', async () => {
    fetchMock.mockImplementation(async () => new Response('', { status: 401 }))
    const wrapper = mount(ResultsPanel, { props: { token: 'bad', finished: false } })
    await button(wrapper, 'Download gradebook (CSV)').trigger('click')
    await flushPromises()
    expect(saveFile).not.toHaveBeenCalled()
    expect(wrapper.get('[role="alert"]').text()).toContain('The server refused the token.')
  })
})
