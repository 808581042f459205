// CaseTimeline: the BlackBerry–Pakistan events in order, dates as the documents give them.
import { describe, expect, it } from 'vitest'
import CaseTimeline from '../../../components/CaseTimeline.vue'
import { mountDeck } from './mount-deck.ts'

describe('CaseTimeline', () => {
  it('lists the events in order with the dates as stated (no invented years)', () => {
    const wrapper = mountDeck(CaseTimeline)
    const list = wrapper.get('ol')
    expect(list.attributes('aria-label')).toMatch(/Timeline/)
    const when = wrapper.findAll('.when').map(w => w.text())
    expect(when).toEqual(['July', 'Not dated', 'Not dated, after the intention to leave', 'a Monday (no date given)', 'December 30'])
    expect(wrapper.text()).not.toMatch(/\b(19|20)\d\d\b/)
  })

  it('shows Nov. 30 as the order\'s original deadline, not as an event before the announcement', () => {
    const wrapper = mountDeck(CaseTimeline)
    const events = wrapper.findAll('li').map(li => li.get('.what').text())
    expect(events[0]).toContain('original deadline is Nov. 30')
    expect(events.findIndex(text => text.includes('intention to leave'))).toBeLessThan(events.findIndex(text => text.includes('extends its shutdown order')))
    expect(events.findIndex(text => text.includes('extends its shutdown order'))).toBeLessThan(events.findIndex(text => text.includes('blog post')))
  })

  it('says whose account each event is and links each to its sources', () => {
    const wrapper = mountDeck(CaseTimeline)
    const extension = wrapper.findAll('li')[2]!
    expect(extension.text()).toContain('Company claim')
    expect(extension.findAll('button').map(b => b.text())).toEqual(['SF report', 'Open letter'])
  })
})
