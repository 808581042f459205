// The control page's questions from the room: held ones marked with what the word list matched, text shown as text,
// each action by button or by one key on the focused question; and the pace gauge.
import type { LecturerQuestion } from '../../../logic/live/protocol.ts'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AudiencePanel from '../../../live/src/control/AudiencePanel.vue'
import PaceGauge from '../../../live/src/control/PaceGauge.vue'
import { button } from './queries.ts'

const base = { votes: 0, answered: false, matched: [], projected: false, askedAt: 0 }
const questions: LecturerQuestion[] = [
  { ...base, id: 'h', text: 'What <img src=x onerror=alert(1)> shit', status: 'held', matched: ['shit*'] },
  { ...base, id: 'v', text: 'Why did RIM agree?', name: 'Ann', votes: 3, status: 'visible', projected: true },
  { ...base, id: 'x', text: 'A joke', status: 'hidden' },
]

function panel() {
  return mount(AudiencePanel, { props: { questions, disabled: false }, attachTo: document.body })
}

describe('AudiencePanel', () => {
  it('marks held, hidden and projected questions in words and shows the text as text', () => {
    const wrapper = panel()
    const items = wrapper.findAll('li')
    expect(items[0]!.text()).toContain('Held: matched shit*')
    expect(items[0]!.find('img').exists()).toBe(false)
    expect(items[0]!.get('.audience-text').text()).toBe('What <img src=x onerror=alert(1)> shit')
    expect(items[1]!.text()).toContain('On the projector')
    expect(items[1]!.text()).toContain('Ann · 3 votes')
    expect(items[2]!.text()).toContain('Hidden')
    expect(items[2]!.text()).toContain('Anonymous')
    expect(wrapper.text()).toContain('1 held by the word list')
    wrapper.unmount()
  })

  it.each([
    ['h', 'Release', 'release'],
    ['v', 'Hide', 'hide'],
    ['v', 'Take off the projector', 'unproject'],
    ['v', 'Answered', 'answered'],
    ['x', 'Release', 'release'],
  ])('on %s, the %s button sends %s', async (id, label, action) => {
    const wrapper = panel()
    const item = wrapper.findAll('li')[questions.findIndex(q => q.id === id)]!
    await button(item, `${label}`).trigger('click')
    expect(wrapper.emitted('qa')).toEqual([[action, id]])
    wrapper.unmount()
  })

  it.each([
    ['v', 'h', 'hide'],
    ['v', 'a', 'answered'],
    ['v', 'p', 'unproject'],
    ['h', 'h', 'release'],
    ['h', 'p', undefined],
  ])('on %s, the key %s sends %s', async (id, key, action) => {
    const wrapper = panel()
    const item = wrapper.findAll('li')[questions.findIndex(q => q.id === id)]!
    await item.trigger('keydown', { key })
    expect(wrapper.emitted('qa')).toEqual(action ? [[action, id]] : undefined)
    wrapper.unmount()
  })

  it('the pace gauge says how many and what share, in words beside the meter', () => {
    const wrapper = mount(PaceGauge, { props: { pace: { type: 'lecturer-pace', count: 3, connected: 25, percent: 12 } } })
    expect(wrapper.get('label').text()).toBe('Too fast / lost me')
    expect(wrapper.get('span').text().replace(/\s+/g, ' ')).toBe('3 in the last minute (12 % of 25 connected)')
    expect(wrapper.get('meter').attributes('value')).toBe('12')
  })
})
