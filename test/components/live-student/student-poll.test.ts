// The student page's poll, with a fake server: it appears above the question in a fieldset with a legend; a scale and
// a choice are radios (checkboxes for several), a word cloud one text box per word and open text a text area, each
// with its character count; the answer goes out as `poll-answer`, "Received" once the server echoes it, changeable
// while open; closing the poll leaves the question; what students wrote is text, never HTML.
import type { Poll } from '../../../logic/content/polls.ts'
import type { ServerMessage } from '../../../logic/live/protocol.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import LivePoll from '../../../live/src/student/LivePoll.vue'
import StudentApp from '../../../live/src/student/StudentApp.vue'
import { FakeSocket } from './fake-socket.ts'

const scale: Poll = { id: 'where-you-stand', kind: 'scale', prompt: 'Where do you stand?', points: 7, low: 'Privacy first', high: 'Lawful access first', labels: { 4: 'Undecided' } }
const words: Poll = { id: 'cloud', kind: 'words', prompt: 'One to three words', maxWords: 3, maxLength: 20 }
const text: Poll = { id: 'say', kind: 'text', prompt: 'One sentence', maxLength: 100 }
const several: Poll = { id: 'heard', kind: 'choice', prompt: 'Which have you heard of?', multiple: true, options: [{ id: 'bb', text: 'BlackBerry' }, { id: 'wa', text: 'WhatsApp' }] }
const welcome: ServerMessage = { type: 'welcome', role: 'student', sessionId: 'session-1', participant: { id: 'p1', name: 'Ada' } }

const mounted: ReturnType<typeof mount>[] = []
afterEach(() => {
  mounted.splice(0).forEach(w => w.unmount())
  vi.unstubAllGlobals()
})

function form(poll: Poll, extra: Record<string, unknown> = {}) {
  const wrapper = mount(LivePoll, { props: { poll, runId: 'run-1', ...extra }, attachTo: document.body })
  mounted.push(wrapper)
  return wrapper
}

describe('LivePoll', () => {
  it('asks a scale with one radio per point in a fieldset whose legend is the prompt, the ends and labels named', () => {
    const wrapper = form(scale, { label: 'before' })
    expect(wrapper.get('legend').text()).toBe('Poll · before Where do you stand?')
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios).toHaveLength(7)
    expect(wrapper.findAll('label').map(l => l.text())).toEqual(['1 · Privacy first', '2', '3', '4 · Undecided', '5', '6', '7 · Lawful access first'])
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined()
  })

  it('sends the point chosen, then says it was received and offers to change it', async () => {
    const wrapper = form(scale)
    await wrapper.findAll('input[type="radio"]')[2]!.setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([[3]])
    await wrapper.setProps({ stored: 3 })
    expect(wrapper.get('[role="status"]').text()).toContain('Received')
    expect(wrapper.get('button[type="submit"]').text()).toBe('Change my answer')
    await wrapper.findAll('input[type="radio"]')[5]!.setValue(true)
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeUndefined()
  })

  it('offers checkboxes when several options may be picked', async () => {
    const wrapper = form(several)
    const boxes = wrapper.findAll('input[type="checkbox"]')
    expect(boxes).toHaveLength(2)
    await boxes[0]!.setValue(true)
    await boxes[1]!.setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([[['bb', 'wa']]])
  })

  it('gives a word cloud one labelled box per word with a character count, and sends the words typed', async () => {
    const wrapper = form(words)
    const boxes = wrapper.findAll('input[type="text"]')
    expect(boxes).toHaveLength(3)
    expect(wrapper.findAll('label').map(l => l.find('span').text())).toEqual(['Word 1', 'Word 2', 'Word 3'])
    await boxes[0]!.setValue('privacy')
    await boxes[2]!.setValue('keys')
    expect(wrapper.findAll('.live-poll-count').map(c => c.text())).toEqual(['7 / 20', '0 / 20', '4 / 20'])
    expect(boxes[0]!.attributes('aria-describedby')).toBe('live-poll-count-0')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([[['privacy', 'keys']]])
  })

  it('gives open text a labelled text area with its count, and refuses nothing typed', async () => {
    const wrapper = form(text)
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined()
    await wrapper.get('textarea').setValue('<b>Both</b> matter')
    expect(wrapper.get('.live-poll-count').text()).toBe('18 / 100 characters')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toEqual([['<b>Both</b> matter']])
  })

  it('shows a refusal from the server as an alert', () => {
    const wrapper = form(scale, { problem: 'This poll is not open for answers.' })
    expect(wrapper.get('[role="alert"]').text()).toContain('This poll is not open for answers.')
  })
})

describe('StudentApp with a poll', () => {
  beforeEach(() => {
    localStorage.clear()
    FakeSocket.all = []
    vi.stubGlobal('WebSocket', FakeSocket)
  })

  it('puts the open poll above the question, sends the answer as poll-answer, and goes back to the question when it closes', async () => {
    localStorage.setItem('pm-live:client-id', 'c'.repeat(32))
    localStorage.setItem('pm-live:name', 'Ada')
    const wrapper = mount(StudentApp, { attachTo: document.body })
    mounted.push(wrapper)
    const socket = FakeSocket.latest
    socket.accept()
    socket.receive(welcome)
    socket.receive({ type: 'state', phase: 'open', received: false, question: { kind: 'truefalse', id: 'tf', prompt: 'Was it lawful?', points: 1 } })
    socket.receive({ type: 'student-poll', poll: text, runId: 'run-9' })
    await flushPromises()
    const sections = wrapper.findAll('section').map(s => s.classes())
    expect(sections[0]).toContain('live-poll')
    expect(wrapper.text()).toContain('Was it lawful?')
    await wrapper.get('.live-poll textarea').setValue('<img src=x onerror=alert(1)>')
    await wrapper.get('.live-poll form').trigger('submit')
    expect(socket.sentOf('poll-answer')).toEqual([{ type: 'poll-answer', runId: 'run-9', answer: '<img src=x onerror=alert(1)>' }])
    socket.receive({ type: 'student-poll', poll: text, runId: 'run-9', answer: '<img src=x onerror=alert(1)>' })
    await flushPromises()
    expect(wrapper.get('.live-poll [role="status"]').text()).toContain('Received')
    expect(wrapper.find('img').exists()).toBe(false)
    socket.receive({ type: 'error', code: 'poll-refused', message: 'This poll is not open for answers.' })
    socket.receive({ type: 'student-poll' })
    await flushPromises()
    expect(wrapper.find('.live-poll').exists()).toBe(false)
    expect(wrapper.text()).toContain('Was it lawful?')
    expect(wrapper.text()).not.toContain('This poll is not open for answers.')
  })
})
