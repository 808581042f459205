// The student page's questions to the lecturer and pace signal, with a fake server: a question sent anonymously
// unless the box is ticked, upvotes as toggle buttons, the student's held questions shown to them only, refusals
// said beside the form, and every student's text shown as text (an <img onerror> stays words).
import type { ServerMessage, StudentQuestions } from '../../../logic/live/protocol.ts'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { button } from '../live/queries.ts'
import { FakeSocket } from './fake-socket.ts'
import { studentPageSetup } from './student-page.ts'

const welcome: ServerMessage = { type: 'welcome', role: 'student', sessionId: 'session-1', participant: { id: 'p1', name: 'Ada' } }
const attack = '<img src=x onerror="window.hacked=1"> and <b>bold</b>'
const questions: StudentQuestions = {
  type: 'questions',
  questions: [
    { id: 'q1', text: attack, votes: 2, answered: false },
    { id: 'q2', text: 'Mine', name: 'Ada', votes: 1, answered: true },
  ],
  mine: ['q2'],
  voted: ['q1'],
  waiting: [{ id: 'q3', text: 'Held one of mine' }],
}

const mountPage = studentPageSetup()
async function page() {
  localStorage.setItem('pm-live:client-id', 'c'.repeat(32))
  const wrapper = mountPage()
  FakeSocket.latest.accept()
  FakeSocket.latest.receive(welcome)
  FakeSocket.latest.receive({ type: 'state', phase: 'lobby', received: false })
  FakeSocket.latest.receive(questions)
  await flushPromises()
  return wrapper
}

describe('questions to the lecturer on the student page', () => {
  it('shows every question as text, never as HTML', async () => {
    const wrapper = await page()
    expect(wrapper.find('.live-qa img').exists()).toBe(false)
    expect(wrapper.find('.live-qa b').exists()).toBe(false)
    expect(wrapper.get('ol.live-qa-list .live-qa-text').text()).toBe(attack)
    expect((window as { hacked?: number }).hacked).toBeUndefined()
  })

  it('lists the questions with their askers (Anonymous unless named), marks answered and own ones, and the held ones for this student only', async () => {
    const wrapper = await page()
    const items = wrapper.findAll('ol.live-qa-list li').map(li => li.text().replace(/\s+/g, ' '))
    expect(items[0]).toContain('Anonymous')
    expect(items[1]).toContain('You asked this')
    expect(items[1]).toContain('Answered')
    expect(items[1]).toContain('1 vote')
    expect(wrapper.text()).toContain('Waiting for the lecturer (only you see these)')
    expect(wrapper.text()).toContain('Held one of mine')
    expect(wrapper.get('.live-qa-link').text()).toBe('Questions (2)')
  })

  it('toggles an upvote with a pressed button, and has none on the student\'s own question', async () => {
    const wrapper = await page()
    const upvote = button(wrapper, 'Upvote (2 votes)')
    expect(upvote.attributes('aria-pressed')).toBe('true')
    expect(wrapper.findAll('.live-vote')).toHaveLength(1)
    await upvote.trigger('click')
    expect(FakeSocket.latest.sentOf('vote')).toEqual([{ type: 'vote', questionId: 'q1', up: false }])
  })

  it('sends a question anonymously unless the box is ticked, keeps the text until it arrives, then says so', async () => {
    const wrapper = await page()
    const box = wrapper.get('textarea')
    expect(wrapper.get(`label[for="${box.attributes('id')}"]`).text()).toBe('Your question')
    await box.setValue('Why did RIM agree?')
    await wrapper.get('form.live-ask').trigger('submit')
    expect(FakeSocket.latest.sentOf('ask')).toEqual([{ type: 'ask', text: 'Why did RIM agree?', showName: false }])
    expect(button(wrapper, 'Sending…').attributes('disabled')).toBeDefined()
    FakeSocket.latest.receive({ type: 'error', code: 'question-refused', message: 'You have sent several questions just now: you can send another in about 20 seconds.' })
    await flushPromises()
    expect(wrapper.get('.live-ask [role="alert"]').text()).toContain('you can send another in about 20 seconds')
    expect(box.element.value).toBe('Why did RIM agree?')
    await wrapper.get('.live-ask-name input').setValue(true)
    await wrapper.get('form.live-ask').trigger('submit')
    expect(FakeSocket.latest.sentOf('ask')[1]).toEqual({ type: 'ask', text: 'Why did RIM agree?', showName: true })
    FakeSocket.latest.receive({ type: 'asked', id: 'q9', held: false })
    await flushPromises()
    expect(box.element.value).toBe('')
    expect(wrapper.get('.live-ask-done').text()).toBe('Sent. Everyone can see and upvote it now.')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('gives the Send button back after a reconnect that lost the acknowledgement, saying what to check', async () => {
    const wrapper = await page()
    await wrapper.get('textarea').setValue('Lost on the way?')
    await wrapper.get('form.live-ask').trigger('submit')
    expect(button(wrapper, 'Sending…').attributes('disabled')).toBeDefined()
    FakeSocket.latest.drop()
    vi.advanceTimersByTime(30_000)
    FakeSocket.latest.accept()
    FakeSocket.latest.receive(welcome)
    await flushPromises()
    expect(button(wrapper, 'Send question').attributes('disabled')).toBeUndefined()
    expect(wrapper.get('.live-ask [role="alert"]').text()).toContain('If it is not in the list below, send it again.')
    expect(wrapper.get('textarea').element.value).toBe('Lost on the way?')
  })

  it('sends the pace signal with one tap, then rests the button for the time the server says', async () => {
    const wrapper = await page()
    await button(wrapper, 'Too fast / lost me').trigger('click')
    expect(FakeSocket.latest.sentOf('pace')).toEqual([{ type: 'pace' }])
    FakeSocket.latest.receive({ type: 'pace-ack', counted: true, waitSeconds: 30 })
    await flushPromises()
    expect(button(wrapper, 'Too fast / lost me').attributes('disabled')).toBeDefined()
    expect(wrapper.get('.live-pace-note').text()).toContain('You can tell them again in 30 s.')
    vi.advanceTimersByTime(30_000)
    await flushPromises()
    expect(button(wrapper, 'Too fast / lost me').attributes('disabled')).toBeUndefined()
  })
})
