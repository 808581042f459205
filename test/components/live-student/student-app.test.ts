import type { mount } from '@vue/test-utils'
// The live student page with a fake server: join, wait, answer with the quiz's controls, "Answer
// received", answers kept through reloads and lost connections (never sent twice), closed, reveal.
import type { PublicQuestion, ServerMessage, StudentState } from '../../../logic/live/protocol.ts'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { FakeSocket } from './fake-socket.ts'
import { studentPageSetup } from './student-page.ts'

const single: PublicQuestion = {
  kind: 'single',
  id: 'who-asked',
  prompt: 'Who asked for access?',
  points: 1,
  options: [{ id: 'pta', text: 'The PTA' }, { id: 'eff', text: 'The EFF' }],
}
const text: PublicQuestion = { kind: 'text', id: 'which-app', prompt: 'Which app?', points: 2 }
const position = { index: 2, count: 5, quizTitle: 'BlackBerry in Pakistan' }
const welcome: ServerMessage = { type: 'welcome', role: 'student', sessionId: 'session-1', participant: { id: 'p1', name: 'Ada' } }

function state(extra: Partial<StudentState>): StudentState {
  return { type: 'state', phase: 'lobby', received: false, ...extra }
}

const page = studentPageSetup()

/** A phone that joined before: the page resumes with the kept client id. */
async function resumed(first: StudentState) {
  localStorage.setItem('pm-live:client-id', 'c'.repeat(32))
  localStorage.setItem('pm-live:name', 'Ada')
  const wrapper = page()
  await serve(first)
  return wrapper
}

async function serve(first: StudentState, socket = FakeSocket.latest) {
  socket.accept()
  socket.receive(welcome)
  socket.receive(first)
  await flushPromises()
}

/** A phone that joined an earlier session as Ada opens the join link with `code` in it, and connects. */
function returningWithCode(code: string) {
  location.hash = `#code=${code}`
  localStorage.setItem('pm-live:client-id', 'c'.repeat(32))
  localStorage.setItem('pm-live:name', 'Ada')
  const wrapper = page()
  FakeSocket.latest.accept()
  return wrapper
}

function labels(wrapper: ReturnType<typeof mount>): string[] {
  return wrapper.findAll('label').map(l => l.text())
}

/** The input a label names. */
function field(wrapper: ReturnType<typeof mount>, label: string) {
  const found = wrapper.findAll('label').find(l => l.text() === label)
  return wrapper.get(`[id="${found!.attributes('for')}"]`)
}

function radio(wrapper: ReturnType<typeof mount>, label: string) {
  const found = wrapper.findAll('label').find(l => l.text().includes(label))
  return found!.get('input')
}

function answerSent(socket = FakeSocket.latest) {
  return socket.sentOf('answer')
}

describe('StudentApp', () => {
  it('forgets answers typed and never sent in an earlier class, and keeps this class\'s', async () => {
    localStorage.setItem('pm-live:draft:old-class:who-asked', '"court"')
    localStorage.setItem('pm-live:draft:session-1:who-asked', '"pta"')
    localStorage.setItem('pm-live:draft:session-10:who-asked', '"un"')
    await resumed(state({ phase: 'lobby' }))
    expect(localStorage.getItem('pm-live:draft:old-class:who-asked')).toBeNull()
    expect(localStorage.getItem('pm-live:draft:session-10:who-asked')).toBeNull()
    expect(localStorage.getItem('pm-live:draft:session-1:who-asked')).toBe('"pta"')
    expect(localStorage.getItem('pm-live:name')).toBe('Ada')
  })

  it('asks for the join code and a display name, says what is wrong with each, then joins with them', async () => {
    const wrapper = page()
    expect(FakeSocket.all).toHaveLength(0)
    expect(labels(wrapper)).toEqual(['Join code', 'Your display name'])
    const [code, input] = [field(wrapper, 'Join code'), field(wrapper, 'Your display name')]
    await wrapper.get('form').trigger('submit')
    expect(wrapper.findAll('[role="alert"]').map(a => a.text())).toEqual(['⚠ Enter the join code shown on the projector.', '⚠ Enter a display name.'])
    expect(code.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-invalid')).toBe('true')
    await flushPromises()
    expect(document.activeElement).toBe(code.element)
    expect(FakeSocket.all).toHaveLength(0)

    await code.setValue('k7m q4')
    await input.setValue('  Ada  ')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[role="alert"]').text()).toBe('⚠ A join code has 6 characters; that was 5.')
    expect(code.attributes('aria-describedby')).toContain(wrapper.get('[role="alert"]').attributes('id'))
    await code.setValue('k7m-q4x')
    await wrapper.get('form').trigger('submit')
    FakeSocket.latest.accept()
    const [hello] = FakeSocket.latest.sent
    expect(hello).toEqual({ type: 'hello', role: 'student', clientId: localStorage.getItem('pm-live:client-id'), name: 'Ada', code: 'K7MQ4X' })
    expect(hello.clientId).toMatch(/^[0-9a-f]{32}$/)
    FakeSocket.latest.receive(welcome)
    FakeSocket.latest.receive(state({ phase: 'lobby' }))
    await flushPromises()
    expect(wrapper.text()).toContain('Waiting for the lecturer to open a question')
    expect(wrapper.text()).toContain('You: Ada')
    expect(wrapper.text()).toContain('Connected')
  })

  it('shows the opened question in a fieldset with the quiz\'s own radios, sends it on Submit and confirms the ack', async () => {
    const wrapper = await resumed(state({ phase: 'open', question: single, position }))
    expect(wrapper.get('legend').text()).toContain('Who asked for access?')
    expect(wrapper.get('h1').text()).toContain('Question 2 of 5')
    const submit = wrapper.get('button[type="submit"]')
    expect(submit.attributes('disabled')).toBeDefined()

    await radio(wrapper, 'The PTA').setValue(true)
    await wrapper.get('form').trigger('submit')
    const [sent] = answerSent()
    expect(sent).toMatchObject({ type: 'answer', questionId: 'who-asked', answer: 'pta' })
    expect(wrapper.text()).toContain('Sending your answer')

    FakeSocket.latest.receive({ type: 'ack', questionId: 'who-asked', submissionId: sent.submissionId })
    await flushPromises()
    expect(wrapper.get('[aria-live="polite"].live-answer-status').text()).toContain('Answer received.')
    expect(localStorage.getItem('pm-live:outbox')).toBeNull()
  })

  it('after a reload shows the answer the server stored, as received', async () => {
    const wrapper = await resumed(state({ phase: 'open', question: single, answer: 'eff', received: true }))
    expect(wrapper.find('form.live-join').exists()).toBe(false)
    expect(FakeSocket.latest.sent[0]).toMatchObject({ type: 'hello', clientId: 'c'.repeat(32) })
    expect((radio(wrapper, 'The EFF').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.text()).toContain('Answer received.')
  })

  it('keeps an unsent draft on the phone across a reload', async () => {
    const first = await resumed(state({ phase: 'open', question: text }))
    await first.get('input[type="text"]').setValue('WhatsApp')
    first.unmount()

    const second = await resumed(state({ phase: 'open', question: text }))
    expect((second.get('input[type="text"]').element as HTMLInputElement).value).toBe('WhatsApp')
    expect(answerSent()).toHaveLength(0)
  })

  it('queues an answer given offline and sends it once on reconnect, with the same submission id', async () => {
    const wrapper = await resumed(state({ phase: 'open', question: single }))
    FakeSocket.latest.drop()
    await flushPromises()
    expect(wrapper.text()).toContain('Reconnecting…')

    await radio(wrapper, 'The EFF').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain('Saved on this phone')
    const queued = JSON.parse(localStorage.getItem('pm-live:outbox')!)
    expect(queued).toHaveLength(1)

    vi.advanceTimersByTime(1_000)
    const second = FakeSocket.latest
    await serve(state({ phase: 'open', question: single }), second)
    expect(answerSent(second)).toEqual([{ type: 'answer', questionId: 'who-asked', answer: 'eff', submissionId: queued[0].submissionId }])

    second.receive(state({ phase: 'open', question: single, answer: 'eff', received: true }))
    await flushPromises()
    expect(answerSent(second)).toHaveLength(1)
    second.receive({ type: 'ack', questionId: 'who-asked', submissionId: queued[0].submissionId })
    await flushPromises()
    expect(wrapper.text()).toContain('Answer received.')
  })

  it('re-sends an answer whose ack was lost with the same submission id, so the server counts it once', async () => {
    const wrapper = await resumed(state({ phase: 'open', question: single }))
    await radio(wrapper, 'The PTA').setValue(true)
    await wrapper.get('form').trigger('submit')
    const [first] = answerSent()
    FakeSocket.latest.drop()
    vi.advanceTimersByTime(1_000)
    await serve(state({ phase: 'open', question: single, answer: 'pta', received: true }))
    expect(answerSent()).toEqual([first])
  })

  it('tells the student an offline answer came too late when the question closed meanwhile', async () => {
    const wrapper = await resumed(state({ phase: 'open', question: single }))
    FakeSocket.latest.drop()
    await radio(wrapper, 'The EFF').setValue(true)
    await wrapper.get('form').trigger('submit')
    vi.advanceTimersByTime(1_000)
    await serve(state({ phase: 'closed', question: single }))
    expect(answerSent()).toHaveLength(0)
    expect(wrapper.text()).toContain('could not be sent: the question closed')
    expect(wrapper.text()).toContain('No answer of yours was received')
    expect(radio(wrapper, 'The EFF').attributes('disabled')).toBeDefined()
    expect(wrapper.find('.live-question button[type="submit"]').exists()).toBe(false)
  })

  it('once closed shows the answer the server has, not an edit made after it and never sent', async () => {
    const wrapper = await resumed(state({ phase: 'open', question: single, answer: 'pta', received: true }))
    await radio(wrapper, 'The EFF').setValue(true)
    expect(wrapper.text()).toContain('You changed your answer')
    FakeSocket.latest.receive(state({ phase: 'closed', question: single, answer: 'pta', received: true }))
    await flushPromises()
    expect((radio(wrapper, 'The PTA').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.text()).toContain('Answer received.')
    expect(wrapper.text()).not.toContain('No answer of yours')
  })

  it('after reveal says in words how the answer did, with the key, the explanation and the evidence', async () => {
    const wrapper = await resumed(state({
      phase: 'revealed',
      question: single,
      answer: 'eff',
      received: true,
      result: {
        mark: { score: 0, max: 1, verdict: 'wrong', parts: { eff: 'wrong', pta: 'missed' } },
        key: 'The PTA',
        explanation: 'The regulator made the demand.',
        evidence: [{ sourceId: 'cnet-blackberry', sourceTitle: 'BlackBerry to exit Pakistan', quote: 'The PTA asked BlackBerry for access.' }],
      },
    }))
    const result = wrapper.get('[aria-label="Your result"]')
    expect(result.text()).toContain('Wrong · 0 of 1 point')
    expect(result.text()).toContain('The answer: The PTA')
    expect(result.text()).toContain('The regulator made the demand.')
    expect(result.get('blockquote').text()).toBe('The PTA asked BlackBerry for access.')
    expect(result.get('cite').text()).toBe('BlackBerry to exit Pakistan')
    expect(radio(wrapper, 'The PTA').element.closest('label')!.textContent).toContain('missed: this was right')
  })

  it('asks for the code and the name again when the server does not know this phone', async () => {
    localStorage.setItem('pm-live:client-id', 'c'.repeat(32))
    const wrapper = page()
    FakeSocket.latest.accept()
    FakeSocket.latest.receive({ type: 'error', code: 'name-required', message: 'Enter a name to join.' })
    await flushPromises()
    expect(labels(wrapper)).toEqual(['Join code', 'Your display name'])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('takes the code from the QR code\'s link, so a scanning student types only a name', async () => {
    location.hash = '#code=K7MQ4X'
    const wrapper = page()
    expect(labels(wrapper)).toEqual(['Your display name'])
    await field(wrapper, 'Your display name').setValue('Ada')
    await wrapper.get('form').trigger('submit')
    FakeSocket.latest.accept()
    expect(FakeSocket.latest.sent[0]).toMatchObject({ name: 'Ada', code: 'K7MQ4X' })
  })

  it('a phone that joined an earlier session joins this one from the QR code without the form', async () => {
    const wrapper = returningWithCode('K7MQ4X')
    expect(FakeSocket.latest.sent[0]).toEqual({ type: 'hello', role: 'student', clientId: 'c'.repeat(32), name: 'Ada', code: 'K7MQ4X' })
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('shows the code field again with the server\'s message when the code is wrong', async () => {
    const wrapper = returningWithCode('K7MQ4Y')
    FakeSocket.latest.receive({ type: 'error', code: 'code-refused', message: 'That is not this session\'s join code. Check it against the projector and type it again.' })
    await flushPromises()
    const code = field(wrapper, 'Join code')
    expect((code.element as HTMLInputElement).value).toBe('K7MQ4Y')
    expect(code.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('[role="alert"]').text()).toContain('not this session\'s join code')
  })

  it('with --ask-id asks for the identifier, checks it, sends it once and keeps it nowhere on the phone', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ joinUrl: 'http://10.0.0.2:4000/live/', sessionId: 's', phase: 'lobby', codeRequired: true, askId: 'email' })))
    location.hash = '#code=K7MQ4X'
    const wrapper = page()
    await flushPromises()
    expect(labels(wrapper)).toEqual(['Your display name', 'Your university email address'])
    const email = field(wrapper, 'Your university email address')
    expect(email.attributes('type')).toBe('email')
    expect(email.attributes('autocomplete')).toBe('email')
    await field(wrapper, 'Your display name').setValue('Ada')
    await email.setValue('ada at uni')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('[role="alert"]').text()).toBe('⚠ "ada at uni" is not an email address like name@university.ac.uk.')
    expect(FakeSocket.all).toHaveLength(0)
    await email.setValue(' ada@uni.ac.uk ')
    await wrapper.get('form').trigger('submit')
    FakeSocket.latest.accept()
    expect(FakeSocket.latest.sent[0]).toMatchObject({ name: 'Ada', code: 'K7MQ4X', identifier: 'ada@uni.ac.uk' })
    FakeSocket.latest.receive(welcome)
    FakeSocket.latest.receive(state({ phase: 'lobby' }))
    await flushPromises()
    expect(Object.values({ ...localStorage }).join(' ')).not.toContain('ada@uni')
    // A reconnect resumes by the phone's id: the identifier is not sent again.
    FakeSocket.latest.drop()
    await vi.advanceTimersByTimeAsync(10_000)
    FakeSocket.latest.accept()
    expect(FakeSocket.latest.sent[0]).not.toHaveProperty('identifier')
  })

  it('asks for another name, saying why, when the server refuses the one sent (taken, invisible …)', async () => {
    location.hash = '#code=K7MQ4X'
    localStorage.setItem('pm-live:client-id', 'c'.repeat(32))
    localStorage.setItem('pm-live:name', 'Ann')
    const wrapper = page()
    FakeSocket.latest.accept()
    FakeSocket.latest.receive({ type: 'error', code: 'name-refused', message: 'Someone in this session is already called "Ann". Add an initial or your surname.' })
    await flushPromises()
    expect(wrapper.get('label').text()).toBe('Your display name')
    expect(wrapper.get('[role="alert"]').text()).toContain('already called "Ann"')
    expect(wrapper.get('input').attributes('aria-invalid')).toBe('true')
  })

  it.each([
    ['removed', 'The lecturer has removed you from this session.'],
    ['session-full', 'This session is full (2000 participants). Tell the lecturer.'],
  ] as const)('says so and stops reconnecting when the server answers %s', async (code, message) => {
    const wrapper = await resumed(state({ phase: 'lobby' }))
    const sockets = FakeSocket.all.length
    FakeSocket.latest.receive({ type: 'error', code, message })
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain(message)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(FakeSocket.all).toHaveLength(sockets)
  })

  it('says when the quiz is over', async () => {
    const wrapper = await resumed(state({ phase: 'finished' }))
    expect(wrapper.get('h1').text()).toBe('The live quiz is over')
  })
})
