// The projector's poll: the prompt and count while open (no results); once shown, a scale's distribution and mean
// (an "after" run beside "before" with who moved which way), a choice poll's counts and shares, a word cloud as a
// ranked list whose counts are written out (size is never the only signal), open text as text; and the page goes
// back to the question when the poll is hidden.
import type { Poll } from '../../../logic/content/polls.ts'
import type { ProjectorPoll as View } from '../../../logic/live/protocol.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ProjectorApp from '../../../live/src/projector/ProjectorApp.vue'
import ProjectorPoll from '../../../live/src/projector/ProjectorPoll.vue'
import { tallyPoll } from '../../../logic/polls/tally.ts'
import { receive, resetSocket } from './fake-socket.ts'
import { projectorState } from './live-fixtures.ts'

vi.mock('../../../live/src/useLiveSocket.ts', () => import('./fake-socket.ts'))

const scale: Poll = { id: 'stand', kind: 'scale', prompt: 'Where do you stand?', points: 5, low: 'Privacy first', high: 'Lawful access first' }
const choice: Poll = { id: 'heard', kind: 'choice', prompt: 'Heard of it?', options: [{ id: 'yes', text: 'Yes' }, { id: 'no', text: 'No' }] }
const words: Poll = { id: 'cloud', kind: 'words', prompt: 'One word', maxWords: 3, maxLength: 20 }
const text: Poll = { id: 'say', kind: 'text', prompt: 'Say it', maxLength: 100 }

const mounted: ReturnType<typeof mount>[] = []
afterEach(() => mounted.splice(0).forEach(w => w.unmount()))

function shown(poll: Poll, answers: unknown[], extra: Partial<View> = {}) {
  const view: View = { type: 'projector-poll', poll, status: 'shown', answered: answers.length, tally: tallyPoll(poll, answers), ...extra }
  const wrapper = mount(ProjectorPoll, { props: { view } })
  mounted.push(wrapper)
  return wrapper
}

describe('ProjectorPoll', () => {
  it('while open shows the prompt and the count, and no results', () => {
    const wrapper = mount(ProjectorPoll, { props: { view: { type: 'projector-poll', poll: choice, status: 'open', answered: 12 } } })
    mounted.push(wrapper)
    expect(wrapper.get('h1').text()).toBe('Heard of it?')
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('12 answered')
    expect(wrapper.find('.projector-poll-results').exists()).toBe(false)
  })

  it('shows a scale\'s distribution point by point, in figures beside the bars, and its mean', () => {
    const wrapper = shown(scale, [1, 1, 2, 5])
    expect(wrapper.get('figcaption').text()).toBe('Answers: 4 answered, mean 2.3')
    expect(wrapper.findAll('.projector-poll-bars li').map(li => li.text())).toEqual([
      '1, Privacy first2 (50%)',
      '21 (25%)',
      '30 (0%)',
      '40 (0%)',
      '5, Lawful access first1 (25%)',
    ])
  })

  it('puts "before" beside "after" and says how many moved toward each end or stayed', () => {
    const movement = { before: tallyPoll(scale, [1, 2, 3]), after: tallyPoll(scale, [2, 2, 4]), meanShift: 0.67, paired: 3, pairedMeanShift: 0.67, towardLow: 0, towardHigh: 2, stayed: 1 } as View['movement']
    const wrapper = shown(scale, [2, 2, 4], { label: 'after', movement })
    expect(wrapper.findAll('figcaption').map(f => f.text())).toEqual(['Before: 3 answered, mean 2.0', 'After: 3 answered, mean 2.7'])
    expect(wrapper.get('.projector-poll-movement').text().replace(/\s+/g, ' ')).toBe('Of the 3 who answered both: 0 moved toward “Privacy first”, 2 moved toward “Lawful access first”, 1 stayed where they were.')
  })

  it('shows a choice poll\'s counts and shares as text', () => {
    const wrapper = shown(choice, [['yes'], ['yes'], ['no']])
    expect(wrapper.findAll('.projector-poll-bars li').map(li => li.text())).toEqual(['Yes2 (67%)', 'No1 (33%)'])
  })

  it('ranks a word cloud\'s words, most frequent first and larger, each with its count written', () => {
    const wrapper = shown(words, [['privacy', 'keys'], ['Privacy'], ['trust', 'privacy!']])
    const items = wrapper.findAll('.projector-poll-cloud li')
    expect(items.map(li => li.text())).toEqual(['privacy ×3', 'keys ×1', 'trust ×1'])
    expect(items[0]!.attributes('style')).toBe('font-size: 2.4em;')
    expect(items[1]!.attributes('style')).toBe('font-size: 1.47em;')
  })

  it('shows open-text entries as text, never as HTML', () => {
    const wrapper = shown(text, ['<img src=x onerror=alert(1)> hi', 'Both matter'])
    expect(wrapper.findAll('.projector-poll-entries li').map(li => li.text())).toEqual(['<img src=x onerror=alert(1)> hi', 'Both matter'])
    expect(wrapper.find('img').exists()).toBe(false)
  })
})

describe('ProjectorApp with a poll', () => {
  beforeEach(() => {
    resetSocket()
    // The projector asks for the join code, which only the lecturer's browser gets: here, as on any other screen, it is refused.
    vi.stubGlobal('fetch', vi.fn(async () => Response.json({ error: 'unauthorised' }, { status: 401 })))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('shows the poll over the question while it is open or shown, and the question again once hidden', async () => {
    const wrapper = mount(ProjectorApp)
    mounted.push(wrapper)
    receive(projectorState())
    receive({ type: 'projector-poll', poll: choice, status: 'open', answered: 0 })
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Heard of it?')
    expect(wrapper.text()).not.toContain('Who demanded access')
    receive({ type: 'projector-poll', answered: 0 })
    await flushPromises()
    expect(wrapper.find('.projector-poll').exists()).toBe(false)
    expect(wrapper.text()).toContain('Who demanded access')
  })
})
