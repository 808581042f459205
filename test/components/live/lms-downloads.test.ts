// <LmsDownloads> on the control page's results: with --ask-id, the gradebook as Moodle's or Canvas's grade import
// (fetched with the token, saved with its byte-order mark, rows left out listed); without, why there is no such file.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveFile } from '../../../composables/saveFile.ts'
import LmsDownloads from '../../../live/src/control/LmsDownloads.vue'
import { button, buttons } from './queries.ts'

vi.mock('../../../composables/saveFile.ts', () => ({ saveFile: vi.fn() }))

const MOODLE = '\uFEFFEmail address,Quiz (live session s1)\r\nada@uni.ac.uk,1\r\n'

function serving(response: () => Response) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => response())
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.mocked(saveFile).mockClear()
})

describe('LmsDownloads', () => {
  it('downloads the Moodle file with the token, keeps its byte-order mark and lists the rows left out', async () => {
    const fetchMock = serving(() => new Response(new TextEncoder().encode(MOODLE), {
      headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="grades-moodle-s1.csv"', 'x-grade-problems': encodeURIComponent(JSON.stringify(['row 2 (Bob) left out: no university email address'])) },
    }))
    const wrapper = mount(LmsDownloads, { props: { token: 'tok', askId: 'email' } })
    expect(wrapper.text()).toContain('Keyed by each student\'s university email address')
    await button(wrapper, 'Download for Moodle (CSV)').trigger('click')
    await flushPromises()
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/live/api/gradebook.csv?format=moodle')
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe('Bearer tok')
    expect(saveFile).toHaveBeenCalledWith('grades-moodle-s1.csv', MOODLE, 'text/csv;charset=utf-8')
    expect(wrapper.get('[role="status"]').text()).toBe('Moodle grades saved as grades-moodle-s1.csv; 1 left out or changed, listed below.')
    expect(wrapper.get('.lms-left-out li').text()).toBe('row 2 (Bob) left out: no university email address')
  })

  it('asks for the Canvas file by its format', async () => {
    const fetchMock = serving(() => new Response('Student,ID\r\n', { headers: { 'content-disposition': 'attachment; filename="grades-canvas-s1.csv"' } }))
    const wrapper = mount(LmsDownloads, { props: { token: 'tok', askId: 'number' } })
    await button(wrapper, 'Download for Canvas (CSV)').trigger('click')
    await flushPromises()
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/live/api/gradebook.csv?format=canvas')
    expect(vi.mocked(saveFile).mock.calls[0]?.[0]).toBe('grades-canvas-s1.csv')
  })

  it('says what the server said when it cannot make the file, and saves nothing', async () => {
    serving(() => new Response('Moodle matches grades to students by email address or ID number …', { status: 409 }))
    const wrapper = mount(LmsDownloads, { props: { token: 'tok', askId: 'email' } })
    await button(wrapper, 'Download for Moodle (CSV)').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('⚠ Could not make the Moodle file. Moodle matches grades to students by email address or ID number …')
    expect(saveFile).not.toHaveBeenCalled()
  })

  it('without --ask-id offers no LMS file and says why, and how to get one next time', () => {
    const wrapper = mount(LmsDownloads, { props: { token: 'tok' } })
    expect(buttons(wrapper)).toHaveLength(0)
    expect(wrapper.text()).toContain('No file for Moodle or Canvas: they match grades to students by email address or ID number, and this session did not ask students for one.')
    expect(wrapper.text()).toContain('--ask-id email or --ask-id number')
  })
})
