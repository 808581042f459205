// The control page's Polls panel: the poll files' polls and the notes' "Ask:" prompts grouped by slide, found by
// search, opened with a before/after label for a scale; close/show/hide follow the poll's status; an entry is hidden
// with its button or with H, a held one released.
import type { LecturerPoll, PollCatalogue } from '../../../logic/live/protocol.ts'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PollPanel from '../../../live/src/control/PollPanel.vue'
import { tallyPoll } from '../../../logic/polls/tally.ts'

const catalogue: PollCatalogue = {
  type: 'poll-catalogue',
  polls: [{ id: 'where-you-stand', kind: 'scale', prompt: 'Where do you stand?' }],
  asks: [
    { id: 'agenda', text: 'Which of these cases have you heard of?', aside: '', slide: 2, slideTitle: 'Agenda', pollId: 'cases-heard-of', kind: 'choice' },
    { id: 'case-1', text: 'Who uses BlackBerry?', aside: 'Expect few.', slide: 5, slideTitle: 'Case 1', pollId: 'ask-case-1', kind: 'text' },
    { id: 'case-1-2', text: 'Is this lawful?', aside: '', slide: 5, slideTitle: 'Case 1', pollId: 'ask-case-1-2', kind: 'choice' },
  ],
}
const words = { id: 'cloud', kind: 'words' as const, prompt: 'One word', maxWords: 3, maxLength: 20 }
const view: LecturerPoll = {
  type: 'lecturer-poll',
  runs: [{ runId: 'r1', pollId: 'cloud', answered: 2 }],
  current: {
    runId: 'r1',
    poll: words,
    status: 'open',
    answered: 2,
    tally: tallyPoll(words, [['privacy', 'snitch'], ['privacy']]),
    entries: [
      { key: 'privacy', text: 'privacy', count: 2, status: 'visible', matched: [] },
      { key: 'snitch', text: 'snitch', count: 1, status: 'held', matched: ['snitch'] },
    ],
  },
}

const mounted: ReturnType<typeof mount>[] = []
afterEach(() => mounted.splice(0).forEach(w => w.unmount()))
function panel(props: Partial<InstanceType<typeof PollPanel>['$props']> = {}) {
  const wrapper = mount(PollPanel, { props: { catalogue, offline: false, token: 't', ...props }, attachTo: document.body })
  mounted.push(wrapper)
  return wrapper
}

describe('PollPanel', () => {
  it('lists the poll files\' polls, then the Ask: prompts under their slides', () => {
    const wrapper = panel()
    expect(wrapper.findAll('h3').map(h => h.text())).toEqual(['Poll files', 'Slide 2: Agenda', 'Slide 5: Case 1'])
    expect(wrapper.findAll('.poll-item').map(l => l.text())).toEqual([
      'Where do you stand? (opinion scale, where-you-stand)',
      'Ask: Which of these cases have you heard of? (choice)',
      'Ask: Who uses BlackBerry? (open text)',
      'Ask: Is this lawful? (choice)',
    ])
  })

  it('finds prompts by search, and opens the one picked', async () => {
    const wrapper = panel()
    await wrapper.get('input[type="search"]').setValue('lawful')
    expect(wrapper.findAll('.poll-item').map(l => l.text())).toEqual(['Ask: Is this lawful? (choice)'])
    await wrapper.get('.poll-item input').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('control')).toEqual([[{ action: 'open', pollId: 'ask-case-1-2' }]])
    await wrapper.get('input[type="search"]').setValue('nothing like this')
    expect(wrapper.text()).toContain('Nothing matches “nothing like this”.')
  })

  it('opens a scale as its "before" or "after" run', async () => {
    const wrapper = panel()
    await wrapper.get('input[value="where-you-stand"]').setValue(true)
    await wrapper.get('select').setValue('after')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('control')).toEqual([[{ action: 'open', pollId: 'where-you-stand', label: 'after' }]])
  })

  it('lets only the next step be pressed: close while open, and no opening another', () => {
    const wrapper = panel({ view })
    const buttons = Object.fromEntries(wrapper.findAll('.poll-buttons button').map(b => [b.text(), b.attributes('disabled') === undefined]))
    expect(buttons).toEqual({ 'Close poll': true, 'Show results': false, 'Hide results': false })
    expect(wrapper.get('form button[type="submit"]').attributes('disabled')).toBeDefined()
  })

  it('hides an entry with its button or with H, and releases a held one', async () => {
    const wrapper = panel({ view })
    const [privacy, snitch] = wrapper.findAll('.poll-entries li')
    expect(snitch!.text()).toContain('Held (matched: snitch)')
    await privacy!.trigger('keydown', { key: 'h' })
    await snitch!.findAll('button').find(b => b.text() === 'Release')!.trigger('click')
    await snitch!.findAll('button').find(b => b.text() === 'Hide')!.trigger('click')
    expect(wrapper.emitted('control')).toEqual([
      [{ action: 'hide-entry', runId: 'r1', key: 'privacy' }],
      [{ action: 'release-entry', runId: 'r1', key: 'snitch' }],
      [{ action: 'hide-entry', runId: 'r1', key: 'snitch' }],
    ])
  })

  it('shows the lecturer the results so far, every entry counted, before they are on the projector', () => {
    const wrapper = panel({ view })
    expect(wrapper.get('.poll-preview summary').text()).toBe('Results so far (only you see these until you show them)')
    expect(wrapper.findAll('.poll-preview .projector-poll-cloud li').map(li => li.text())).toEqual(['privacy ×2', 'snitch ×1'])
  })
})
