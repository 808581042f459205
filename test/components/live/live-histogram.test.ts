// <LiveHistogram>: counts and shares as text beside the bars, the right answer marked "✓ Correct" in words (not colour only), and a table with the same figures.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LiveHistogram from '../../../components/live/LiveHistogram.vue'
import { tableRows } from './queries.ts'

const buckets = [
  { id: 'pta', label: 'The PTA', count: 3 },
  { id: 'eff', label: 'The EFF', count: 1 },
]

function mountHistogram(revealed: boolean) {
  const histogram = { buckets: buckets.map(b => revealed ? { ...b, correct: b.id === 'pta' } : b) }
  return mount(LiveHistogram, { props: { histogram, answered: 4, caption: 'Answers' } })
}

describe('LiveHistogram', () => {
  it('writes each bucket\'s count and share as text, and marks nothing correct before reveal', () => {
    const wrapper = mountHistogram(false)
    const bars = wrapper.findAll('.live-bars li').map(li => li.text())
    expect(bars).toEqual(['The PTA3 (75%)', 'The EFF1 (25%)'])
    expect(wrapper.text()).not.toContain('✓')
    expect(tableRows(wrapper, 'Answers')).toEqual([
      ['The PTA', '3', '75%', 'not revealed'],
      ['The EFF', '1', '25%', 'not revealed'],
    ])
  })

  it('marks the correct bucket with "✓ Correct" in text after reveal', () => {
    const wrapper = mountHistogram(true)
    const bars = wrapper.findAll('.live-bars li')
    expect(bars[0]!.text()).toContain('✓ Correct')
    expect(bars[1]!.text()).not.toContain('Correct')
    expect(tableRows(wrapper, 'Answers').map(row => row[3])).toEqual(['Correct', 'No'])
  })

  it('draws each bar as its share of those who answered', () => {
    const wrapper = mountHistogram(false)
    expect(wrapper.findAll('.live-bar-fill').map(f => f.attributes('style'))).toEqual(['width: 75%;', 'width: 25%;'])
  })

  it('shows 0% rather than dividing by zero before anyone answers', () => {
    const wrapper = mount(LiveHistogram, { props: { histogram: { buckets: [{ id: 'answered', label: 'Answered', count: 0 }] }, answered: 0, caption: 'Answers' } })
    expect(tableRows(wrapper, 'Answers')).toEqual([['Answered', '0', '0%', 'not revealed']])
  })
})
