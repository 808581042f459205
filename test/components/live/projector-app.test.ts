// The projector page: the join QR code and address before a question, then the question with its histogram and answer count (never a name), then the answer with explanation and evidence.
import type { ProjectorState } from '../../../logic/live/protocol.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ProjectorApp from '../../../live/src/projector/ProjectorApp.vue'
import { LIVE_QR_PATH } from '../../../logic/live/paths.ts'
import { receive, resetSocket, socket } from './fake-socket.ts'
import { JOIN_URL, projectorState } from './live-fixtures.ts'
import { tableRows } from './queries.ts'

vi.mock('../../../live/src/useLiveSocket.ts', () => import('./fake-socket.ts'))

let wrapper: ReturnType<typeof mount> | undefined

async function showing(state: ProjectorState) {
  wrapper = mount(ProjectorApp, { attachTo: document.body })
  receive(state)
  await flushPromises()
  return wrapper
}

const revealed = projectorState({
  phase: 'revealed',
  histogram: { buckets: [{ id: 'pta', label: 'The PTA', count: 2, correct: true }, { id: 'eff', label: 'The EFF', count: 1, correct: false }] },
  result: {
    key: 'The PTA',
    explanation: 'The PTA made the demand.',
    evidence: [{ sourceId: 'cnet-blackberry', sourceTitle: 'BlackBerry to leave Pakistan', quote: 'the PTA' }],
  },
})

const JOIN = { joinUrl: JOIN_URL, joinCode: 'K7MQ4X', joinLink: `${JOIN_URL}#code=K7MQ4X` }
/** The server gives the join code to the lecturer's browser only: `lecturer` false answers 401. */
function lecturerBrowser(lecturer: boolean) {
  vi.stubGlobal('fetch', vi.fn(async () => lecturer ? Response.json(JOIN) : Response.json({ error: 'unauthorised' }, { status: 401 })))
}

beforeEach(() => {
  resetSocket()
  lecturerBrowser(true)
})
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

describe('ProjectorApp', () => {
  it('connects as the projector, which needs no token', async () => {
    await showing(projectorState({ phase: 'lobby' }))
    expect(socket.connects).toBe(1)
    expect(socket.options?.hello()).toEqual({ type: 'hello', role: 'projector' })
  })

  it('before a question shows the join QR code with the code (drawn by the server), the join address and the code, large', async () => {
    const app = await showing(projectorState({ phase: 'lobby', question: undefined, position: undefined, participantCount: 1 }))
    const qr = app.get('img')
    expect(qr.attributes('alt')).toBe(`QR code of the join address ${JOIN_URL}#code=K7MQ4X`)
    expect(qr.attributes('src')).toBe(LIVE_QR_PATH)
    expect(app.get('h1').text()).toBe('Join the live quiz')
    expect(app.text()).toContain(JOIN_URL)
    expect(app.get('.join-code').attributes('aria-label')).toBe('Join code: K 7 M Q 4 X')
    expect(app.findAll('.join-code-group').map(g => g.text())).toEqual(['K7M', 'Q4X'])
    expect(app.text()).toContain('1 person has joined')
  })

  it('opened in a browser the server does not give the code to, shows neither the code nor a QR code that would ask for it, and says where to open it', async () => {
    lecturerBrowser(false)
    const app = await showing(projectorState({ phase: 'lobby', question: undefined, position: undefined }))
    expect(app.find('img').exists()).toBe(false)
    expect(app.find('.join-code').exists()).toBe(false)
    expect(app.text()).toContain('The join code and its QR code show here when this page is opened from the control page\'s link, in the lecturer\'s browser.')
  })

  it('keeps the code in the footer while a question is open, for latecomers', async () => {
    const app = await showing(projectorState())
    expect(app.get('.projector-foot').text()).toBe(`Join: ${JOIN_URL} · code K7M Q4X`)
  })

  it('during a question shows the prompt, the options, the histogram and "N of M answered"', async () => {
    const app = await showing(projectorState())
    expect(app.text()).toContain('BlackBerry quiz · Question 1 of 2')
    expect(app.text()).toContain('Who demanded access to BlackBerry messages?')
    expect(app.findAll('.projector-options li').map(li => li.text())).toEqual(['A The PTA', 'B The EFF'])
    expect(app.get('[aria-live="polite"]').text()).toBe('3 of 4 answered')
    // The options' text once, beside their letters; the histogram names them by letter.
    expect(tableRows(app, 'Answers').map(row => row.slice(0, 2))).toEqual([['A', '2'], ['B', '1']])
    expect(app.text()).not.toContain('Correct answer')
  })

  it('shows the countdown in the header while the question is open, and none once revealed', async () => {
    const timer = { deadline: Date.now() + 60_000, serverNow: Date.now(), totalMs: 60_000 }
    const app = await showing(projectorState({ timer }))
    expect(app.get('.projector-head .projector-countdown .countdown-time').text()).toBe('Time left 1:00')
    app.unmount()
    expect((await showing({ ...revealed, timer })).find('.projector-countdown').exists()).toBe(false)
  })

  it('a question without options shows no one-bar "Answered" histogram before reveal (the count says it)', async () => {
    const app = await showing(projectorState({ question: { kind: 'text', id: 'why', prompt: 'Why?', points: 1 }, histogram: { buckets: [{ id: 'answered', label: 'Answered', count: 3 }] } }))
    expect(app.find('.live-histogram').exists()).toBe(false)
    expect(app.get('[aria-live="polite"]').text()).toBe('3 of 4 answered')
  })

  it('after reveal marks the correct answer in words and shows the explanation and the evidence with its source title', async () => {
    const app = await showing(revealed)
    expect(app.get('h2').text()).toBe('✓ Correct answer: The PTA')
    expect(app.text()).toContain('The PTA made the demand.')
    const evidence = app.get('figure.reveal-evidence')
    expect(evidence.get('blockquote').text()).toBe('the PTA')
    expect(evidence.get('cite').text()).toBe('BlackBerry to leave Pakistan')
    expect(app.findAll('.live-bars li')[0]!.text()).toContain('✓ Correct')
  })

  it.each([
    ['lobby', projectorState({ phase: 'lobby', question: undefined })],
    ['open', projectorState()],
    ['revealed', revealed],
    ['finished', projectorState({ phase: 'finished', question: undefined })],
  ])('never shows a participant\'s name (%s), even if a message carried names', async (_phase, state) => {
    const withNames = { ...state, participants: [{ id: 'p1', name: 'Zelda Quinn', connected: true, answered: true }] } as ProjectorState
    const app = await showing(withNames)
    expect(app.text()).not.toContain('Zelda')
  })
})
