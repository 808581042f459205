// The control page: the token comes from #token=… (and leaves the address bar) or a password field, the lecturer sees the open question with its key, the answers arriving and who has answered, and drives the session.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ControlApp from '../../../live/src/control/ControlApp.vue'
import { receive, resetSocket, socket } from './fake-socket.ts'
import { lecturerState } from './live-fixtures.ts'
import { button, field, tableRows } from './queries.ts'

vi.mock('../../../live/src/useLiveSocket.ts', () => import('./fake-socket.ts'))

let wrapper: ReturnType<typeof mount> | undefined

function mountApp() {
  wrapper = mount(ControlApp, { attachTo: document.body })
  return wrapper
}

beforeEach(() => {
  resetSocket()
  sessionStorage.clear()
  history.replaceState(null, '', '/live/control')
  vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 500 })))
})

afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

describe('ControlApp', () => {
  it('takes the token from #token=…, removes it from the address bar and keeps it for this tab', () => {
    history.replaceState(null, '', '/live/control?x=1#token=s3cret-token')
    mountApp()
    expect(location.hash).toBe('')
    expect(location.href).not.toContain('s3cret-token')
    expect(location.pathname + location.search).toBe('/live/control?x=1')
    expect(Object.values({ ...sessionStorage })).toContain('s3cret-token')
    expect(socket.connects).toBe(1)
    expect(socket.options?.hello()).toEqual({ type: 'hello', role: 'lecturer', token: 's3cret-token' })
  })

  it('asks for the token in a password field when the address has none, then connects with it', async () => {
    const app = mountApp()
    const input = field(app, 'Lecturer token')
    expect(input.attributes('type')).toBe('password')
    expect(socket.connects).toBe(0)
    await input.setValue('typed-token')
    await app.get('form').trigger('submit')
    expect(socket.connects).toBe(1)
    expect(socket.options?.hello()).toEqual({ type: 'hello', role: 'lecturer', token: 'typed-token' })
  })

  it('asks again, and stops retrying, when the server refuses the token', async () => {
    history.replaceState(null, '', '/live/control#token=wrong')
    const app = mountApp()
    receive({ type: 'error', code: 'unauthorised', message: 'Bad token.' })
    await flushPromises()
    expect(socket.stops).toBe(1)
    expect(app.get('[role="alert"]').text()).toContain('The server refused this token.')
    expect(field(app, 'Lecturer token').exists()).toBe(true)
    expect({ ...sessionStorage }).toEqual({})
  })

  it('shows the join address, the participants, the open question with its key and who has answered (names as text)', async () => {
    history.replaceState(null, '', '/live/control#token=t0ken')
    const app = mountApp()
    receive(lecturerState())
    await flushPromises()
    const text = app.text()
    expect(text).toContain('Students join at http://192.0.2.10:4000/live/')
    expect(text).toContain('2 participants (1 connected)')
    expect(text).toContain('Question 1 of 2 · BlackBerry quiz')
    expect(text).toContain('Who demanded access to BlackBerry messages?')
    expect(text).toContain('Key (only you see it): The PTA')
    expect(app.get('[aria-live="polite"]').text()).toBe('1 of 2 answered')
    expect(tableRows(app, 'Answers so far (only you see them)')).toEqual([
      ['The PTA', '1', '100%', 'not revealed'],
      ['The EFF', '0', '0%', 'not revealed'],
    ])
    const answered = app.get('section[aria-labelledby="answered-title"]')
    expect(answered.text()).toContain('<b>Ana</b>')
    expect(answered.find('b').exists()).toBe(false)
    expect(app.get('section[aria-labelledby="waiting-title"]').text()).toContain('Ben (offline)')
  })

  it('opens the question picked in the quiz and question lists', async () => {
    history.replaceState(null, '', '/live/control#token=t0ken')
    const app = mountApp()
    receive(lecturerState({ phase: 'revealed' }))
    await flushPromises()
    await field(app, 'Quiz').setValue('wa')
    expect((field(app, 'Question').element as unknown as HTMLSelectElement).value).toBe('what')
    await button(app, 'Open').trigger('click')
    await button(app, 'Next').trigger('click')
    expect(socket.sent).toEqual([
      { type: 'control', action: 'open', quizId: 'wa', questionId: 'what' },
      { type: 'control', action: 'next' },
    ])
  })

  it('keeps Open (and its O key) off for a question already revealed, and on for another', async () => {
    history.replaceState(null, '', '/live/control#token=t0ken')
    const app = mountApp()
    receive(lecturerState({ phase: 'revealed', revealed: ['bb/who-demanded'] }))
    await flushPromises()
    expect((button(app, 'Open').element as HTMLButtonElement).disabled).toBe(true)
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', bubbles: true }))
    expect(socket.sent).toEqual([])
    await field(app, 'Question').setValue('when')
    expect((button(app, 'Open').element as HTMLButtonElement).disabled).toBe(false)
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', bubbles: true }))
    expect(socket.sent).toEqual([{ type: 'control', action: 'open', quizId: 'bb', questionId: 'when' }])
  })

  it('turns Next off when the next question was revealed already', async () => {
    history.replaceState(null, '', '/live/control#token=t0ken')
    const app = mountApp()
    receive(lecturerState({ phase: 'closed', revealed: ['bb/when'] }))
    await flushPromises()
    expect((button(app, 'Next').element as HTMLButtonElement).disabled).toBe(true)
  })

  it('removes a participant after asking, and not before', async () => {
    history.replaceState(null, '', '/live/control#token=t0ken')
    const app = mountApp()
    receive(lecturerState({ phase: 'lobby', quizId: undefined, questionId: undefined, question: undefined, position: undefined }))
    await flushPromises()
    expect(app.text()).toContain('Joined (2)')
    await button(app, 'Remove Ben').trigger('click')
    expect(socket.sent).toEqual([])
    expect(app.get('.remove-confirm').text()).toContain('Remove “Ben” from the session?')
    expect(document.activeElement?.textContent?.trim()).toBe('Yes, remove')
    await button(app, 'Yes, remove').trigger('click')
    expect(socket.sent).toEqual([{ type: 'control', action: 'remove', participantId: 'p2' }])
    expect(app.find('.remove-confirm').exists()).toBe(false)
  })

  it('links the slides once the server has let this browser load them', async () => {
    history.replaceState(null, '', '/live/control#token=t0ken')
    const fetched = vi.fn(async () => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetched)
    const app = mountApp()
    expect(app.find('a[href="/"]').exists()).toBe(false)
    receive(lecturerState())
    await flushPromises()
    expect(fetched).toHaveBeenCalledWith('/live/api/deck', expect.objectContaining({ method: 'POST', headers: { Authorization: 'Bearer t0ken' } }))
    expect(app.get('a[href="/"]').text()).toBe('Open the slides')
  })

  it('says why a control failed', async () => {
    history.replaceState(null, '', '/live/control#token=t0ken')
    const app = mountApp()
    receive(lecturerState())
    receive({ type: 'error', code: 'not-open', message: 'No question is open.' })
    await flushPromises()
    expect(app.get('[role="alert"]').text()).toContain('No question is open.')
  })
})
