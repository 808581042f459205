// The student page in peer instruction: "discuss with your neighbour, then answer again" with the first answer kept and
// shown in words, a round-2 answer sent and received apart from round 1's, and what counts when there is no second answer.
import type { PublicQuestion, ServerMessage, StudentState } from '../../../logic/live/protocol.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import StudentApp from '../../../live/src/student/StudentApp.vue'
import { FakeSocket } from './fake-socket.ts'

const single: PublicQuestion = { kind: 'single', id: 'who-asked', prompt: 'Who asked for access?', points: 1, options: [{ id: 'pta', text: 'The PTA' }, { id: 'eff', text: 'The EFF' }] }
const welcome: ServerMessage = { type: 'welcome', role: 'student', sessionId: 'session-1', participant: { id: 'p1', name: 'Ada' } }
const state = (extra: Partial<StudentState>): StudentState => ({ type: 'state', phase: 'open', question: single, received: false, ...extra })

const mounted: ReturnType<typeof mount>[] = []
async function resumed(first: StudentState) {
  localStorage.setItem('pm-live:client-id', 'c'.repeat(32))
  localStorage.setItem('pm-live:name', 'Ada')
  const wrapper = mount(StudentApp, { attachTo: document.body })
  mounted.push(wrapper)
  FakeSocket.latest.accept()
  FakeSocket.latest.receive(welcome)
  FakeSocket.latest.receive(first)
  await flushPromises()
  return wrapper
}
async function receive(message: ServerMessage) {
  FakeSocket.latest.receive(message)
  await flushPromises()
}

beforeEach(() => {
  vi.useFakeTimers()
  localStorage.clear()
  FakeSocket.all = []
  vi.stubGlobal('WebSocket', FakeSocket)
})
afterEach(() => {
  mounted.splice(0).forEach(w => w.unmount())
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('StudentApp in peer instruction', () => {
  it('says discuss, then answer again, keeps the first answer in words, and sends a round-2 answer as new', async () => {
    const wrapper = await resumed(state({ answer: 'eff', received: true }))
    expect(wrapper.text()).toContain('Answer received.')
    await receive(state({ phase: 'closed', round: 2, step: 'discuss', firstAnswer: 'eff', markedRound: 2 }))
    const notice = wrapper.get('.live-round')
    expect(notice.get('h2').text()).toBe('Discuss with your neighbour, then answer again')
    expect(notice.text()).toContain('Your first answer (kept, it cannot change): B. The EFF')
    expect(notice.text()).toContain('If you do not answer again, your first answer counts.')
    expect(wrapper.text()).not.toContain('Answer received.')
    expect(wrapper.text()).not.toContain('No answer of yours was received')
    expect(wrapper.find('.live-question button[type="submit"]').exists()).toBe(false)

    await receive(state({ round: 2, firstAnswer: 'eff', markedRound: 2 }))
    expect(wrapper.get('.live-round h2').text()).toBe('Round 2: answer again')
    // The first answer is where the controls start; the round-2 answer is sent with a new submission id.
    const submit = wrapper.get('button[type="submit"]')
    expect(submit.attributes('disabled')).toBeUndefined()
    const radios = wrapper.findAll('input[type="radio"]')
    await radios[0]!.setValue(true)
    await wrapper.get('form').trigger('submit')
    const [sent] = FakeSocket.latest.sentOf('answer') as Array<{ answer: string, submissionId: string }>
    expect(sent).toMatchObject({ questionId: 'who-asked', answer: 'pta' })
    await receive({ type: 'ack', questionId: 'who-asked', submissionId: sent!.submissionId })
    expect(wrapper.text()).toContain('Answer received.')
    expect(wrapper.get('.live-round').text()).toContain('Your round-2 answer is the one that is marked.')
  })

  it.each<[string, Partial<StudentState>, string]>([
    ['round 2 closed without a second answer', { phase: 'closed', round: 2, firstAnswer: 'eff', markedRound: 2 }, 'You did not answer again: your first answer counts.'],
    ['round 1 marked', { phase: 'open', round: 2, firstAnswer: 'eff', markedRound: 1 }, 'Your first answer is the one that is marked; round 2 is for learning.'],
    ['no first answer', { phase: 'open', round: 2, markedRound: 2 }, 'You did not answer in round 1.'],
  ])('%s: says what counts', async (_, extra, words) => {
    const wrapper = await resumed(state(extra))
    expect(wrapper.get('.live-round').text()).toContain(words)
  })
})
