// The live countdown (LiveCountdown.vue) and the control page's timer buttons (TimerControls.vue): the time left from the
// server's deadline and clock (right on a phone whose clock is wrong), a screen reader hears it at its start, 60, 30 and
// 10 s and zero, not every second; no moving bar with prefers-reduced-motion; presets, +30 s, stop and options by keyboard.
import type { LecturerState, TimerView } from '../../../logic/live/protocol.ts'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import TimerControls from '../../../live/src/control/TimerControls.vue'
import LiveCountdown from '../../../live/src/LiveCountdown.vue'

const T0 = Date.UTC(2026, 10, 27, 10, 0, 0)
let wrapper: ReturnType<typeof mount> | undefined

function stubMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T0)
  stubMotion(false)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

function countdown(timer: TimerView) {
  wrapper = mount(LiveCountdown, { props: { timer }, attachTo: document.body })
  return wrapper
}

const status = () => wrapper!.get('[role="status"]').text()
const shown = () => wrapper!.get('.countdown-value').text()

describe('LiveCountdown', () => {
  it('a screen reader hears the countdown at its start, at 60, 30 and 10 s left and at zero — not every second', async () => {
    countdown({ deadline: T0 + 90_000, serverNow: T0, totalMs: 90_000 })
    await nextTick()
    const heard = [status()]
    for (let second = 1; second <= 92; second++) {
      await vi.advanceTimersByTimeAsync(1000)
      if (status() !== heard.at(-1))
        heard.push(status())
    }
    expect(heard).toEqual(['Countdown: 1 minute 30 seconds to answer.', '1 minute left.', '30 seconds left.', '10 seconds left.', 'Time is up: answers are closed.'])
    expect(shown()).toBe('Time is up')
  })

  it('the visible time is not a live region (it would be read every second)', () => {
    countdown({ deadline: T0 + 30_000, serverNow: T0, totalMs: 30_000 })
    const time = wrapper!.get('[role="timer"]')
    expect(time.attributes('aria-live')).toBeUndefined()
    expect(time.text()).toBe('Time left 0:30')
  })

  it.each([
    ['the same clock', 0],
    ['a phone 5 minutes slow', -300_000],
    ['a phone 2 minutes fast', 120_000],
  ])('counts from the server\'s deadline and clock, not the device\'s (%s)', async (_name, skew) => {
    // The device's clock is off by `skew`; the message says what the server's clock read when sent.
    vi.setSystemTime(T0 + skew)
    countdown({ deadline: T0 + 60_000, serverNow: T0, totalMs: 60_000 })
    expect(shown()).toBe('1:00')
    await vi.advanceTimersByTimeAsync(15_000)
    expect(shown()).toBe('0:45')
  })

  it('picks up +30 s from a new message and says so', async () => {
    countdown({ deadline: T0 + 20_000, serverNow: T0, totalMs: 20_000 })
    await vi.advanceTimersByTimeAsync(5000)
    await wrapper!.setProps({ timer: { deadline: T0 + 50_000, serverNow: T0 + 5000, totalMs: 50_000 } })
    await vi.advanceTimersByTimeAsync(250)
    expect(shown()).toBe('0:45')
    expect(status()).toBe('Countdown extended: 45 seconds left.')
  })

  it('shows a shrinking bar, and none with prefers-reduced-motion', async () => {
    countdown({ deadline: T0 + 60_000, serverNow: T0, totalMs: 60_000 })
    await vi.advanceTimersByTimeAsync(30_000)
    expect(wrapper!.get('.countdown-fill').attributes('style')).toContain('scaleX(0.5)')
    wrapper!.unmount()
    stubMotion(true)
    countdown({ deadline: T0 + 90_000, serverNow: T0 + 30_000, totalMs: 60_000 })
    await nextTick()
    expect(wrapper!.find('.countdown-bar').exists()).toBe(false)
    expect(shown()).toBe('1:00')
  })

  it('the last ten seconds are emphasised, and zero says "Time is up" in words, not by colour alone', async () => {
    countdown({ deadline: T0 + 11_000, serverNow: T0, totalMs: 11_000 })
    expect(wrapper!.classes()).not.toContain('is-short')
    await vi.advanceTimersByTimeAsync(1000)
    expect(wrapper!.classes()).toContain('is-short')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(wrapper!.classes()).toContain('is-up')
    expect(shown()).toBe('Time is up')
  })
})

function lecturerState(extra: Partial<LecturerState> = {}): LecturerState {
  return { type: 'lecturer-state', phase: 'open', quizId: 'q', questionId: 'a1', participants: [], answeredCount: 0, participantCount: 0, histogram: { buckets: [] }, joinUrl: 'http://x/live/', quizzes: [], revealed: [], ...extra }
}

describe('TimerControls', () => {
  function controls(state: LecturerState, offline = false) {
    wrapper = mount(TimerControls, { props: { state, offline }, attachTo: document.body })
    return wrapper
  }
  const sent = () => (wrapper!.emitted('timer') ?? []).map(args => args[0])
  const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key }))

  it('starts 30 s, 1 min, 1 min 30, 2 min with keys 1–4 or buttons, and a typed duration', async () => {
    controls(lecturerState())
    press('1')
    press('4')
    await wrapper!.findAll('.timer-buttons')[0]!.findAll('button')[2]!.trigger('click')
    await wrapper!.get('input[type="number"]').setValue('45')
    await wrapper!.get('form').trigger('submit')
    expect(sent()).toEqual([30, 120, 90, 45].map(seconds => ({ type: 'timer', action: 'start', seconds })))
    // Their names are what they show (the key is aria-hidden), inside a group named for what they do.
    const presets = wrapper!.get('[role="group"][aria-label="Start a countdown"]').findAll('button')
    expect(presets.map(b => b.text().slice(0, -b.get('kbd').text().length))).toEqual(['30 s', '1 min', '1 min 30', '2 min'])
    expect(presets.map(b => b.attributes('aria-keyshortcuts'))).toEqual(['1', '2', '3', '4'])
  })

  it('+30 s (+) and stop (X) only while a countdown runs', async () => {
    controls(lecturerState())
    press('+')
    press('x')
    expect(sent()).toEqual([])
    expect(wrapper!.get('.timer-extend').attributes('disabled')).toBeDefined()
    await wrapper!.setProps({ state: lecturerState({ timer: { deadline: T0 + 60_000, serverNow: T0, totalMs: 60_000 } }) })
    press('+')
    press('x')
    expect(sent()).toEqual([{ type: 'timer', action: 'extend' }, { type: 'timer', action: 'stop' }])
  })

  it('cannot start a countdown without an open question, or offline', async () => {
    controls(lecturerState({ phase: 'closed' }))
    press('2')
    await wrapper!.setProps({ state: lecturerState(), offline: true })
    press('2')
    expect(sent()).toEqual([])
  })

  it('the two options are checkboxes with labels, sent as settings', async () => {
    controls(lecturerState({ timerSettings: { autoReveal: false, closeWhenAllAnswered: true } }))
    const [reveal, all] = wrapper!.findAll('input[type="checkbox"]')
    expect((all!.element as HTMLInputElement).checked).toBe(true)
    await reveal!.setValue(true)
    await all!.setValue(false)
    expect(sent()).toEqual([{ type: 'timer', action: 'settings', autoReveal: true }, { type: 'timer', action: 'settings', closeWhenAllAnswered: false }])
    expect(wrapper!.text()).toContain('Reveal the answer when the countdown reaches zero')
    expect(wrapper!.text()).toContain('scores never depend on speed')
  })
})
