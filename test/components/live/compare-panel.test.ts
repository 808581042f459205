// "Compare sessions" on the control page: loaded only when asked, with the token; each question's row per
// session ("not asked" where a session did not ask it) and overall; the CSV download; a refusal said plainly.
// The control page shows the session's label.
import type { Report } from '../../../logic/live/report.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ComparePanel from '../../../live/src/control/ComparePanel.vue'
import ControlApp from '../../../live/src/control/ControlApp.vue'
import { buildReport } from '../../../logic/live/report.ts'
import { markAnswer } from '../../../logic/marking/attempt.ts'
import { questions, quiz } from '../../unit/live/fixture.ts'
import { receive, resetSocket } from './fake-socket.ts'
import { lecturerState } from './live-fixtures.ts'
import { button, tableRows } from './queries.ts'

vi.mock('../../../live/src/useLiveSocket.ts', () => import('./fake-socket.ts'))

const single = questions.single
function answer(sessionId: string, participantId: string, given: string) {
  const mark = markAnswer(single, given)
  return { sessionId, quizId: quiz.id, questionId: single.id, participantId, answer: given, score: mark.score, max: mark.max }
}
const report: Report = buildReport([quiz], [{ id: 'blackberry-case', title: 'BlackBerry and Pakistan', text: '…' }], [
  { sessionId: 's1', label: 'Group A', createdAt: Date.UTC(2025, 10, 20, 9), participants: ['a', 'b'], removed: [], asked: [{ quizId: quiz.id, questionId: single.id }] },
  { sessionId: 's2', createdAt: Date.UTC(2026, 10, 20, 9), participants: ['c'], removed: [], asked: [] },
], [answer('s1', 'a', 'pta'), answer('s1', 'b', 'court')])

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('ComparePanel', () => {
  it('asks the server only when the lecturer does, and shows each session\'s row and the overall one', async () => {
    const fetched = vi.fn(async () => Response.json(report))
    vi.stubGlobal('fetch', fetched)
    const panel = mount(ComparePanel, { props: { token: 't0ken' }, attachTo: document.body })
    expect(fetched).not.toHaveBeenCalled()
    await button(panel, 'Compare sessions').trigger('click')
    await flushPromises()
    expect(fetched).toHaveBeenCalledWith('/live/api/report', expect.objectContaining({ headers: { Authorization: 'Bearer t0ken' } }))
    expect(panel.text()).toContain('Group A (s1): started 2025-11-20 09:00 UTC, 2 participants')
    expect(panel.text()).toContain('s2: started 2026-11-20 09:00 UTC, 1 participant')
    expect(tableRows(panel, 'Sessions compared by question')).toEqual([
      ['Q1. A question', 'Group A', '2', '50.0 %', '1 of 2', 'A court (50.0 %)'],
      ['s2', 'not asked'],
      ['Overall', '2', '50.0 %', '1 of 2', 'A court (50.0 %)'],
    ])
    expect(tableRows(panel, 'Sessions compared by learning objective')).toEqual([
      ['BlackBerry and Pakistan', 'Group A', '1', '2', '50.0 %', '50.0 %', 'Q1 (50.0 %)'],
      ['s2', 'not asked'],
      ['Overall', '1', '2', '50.0 %', '50.0 %', 'Q1 (50.0 %)'],
    ])
    expect(panel.get('[role="status"]').text()).toBe('Compared 2 sessions, 1 question.')
    panel.unmount()
  })

  it('says so when the server refuses', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 401 })))
    const panel = mount(ComparePanel, { props: { token: 'wrong' }, attachTo: document.body })
    await button(panel, 'Compare sessions').trigger('click')
    await flushPromises()
    expect(panel.get('[role="alert"]').text()).toBe('⚠ Could not compare the sessions. The server refused the token.')
    panel.unmount()
  })
})

describe('ControlApp', () => {
  it('shows the session\'s label', async () => {
    resetSocket()
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 500 })))
    history.replaceState(null, '', '/live/control#token=t0ken')
    const app = mount(ControlApp, { attachTo: document.body })
    receive(lecturerState({ label: 'Group B, 2026' }))
    await flushPromises()
    expect(app.get('section[aria-label="Session"]').text()).toContain('Session: Group B, 2026')
    app.unmount()
  })
})
