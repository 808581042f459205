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
    expect(when).toEqual(['July', 'Nov. 30', 'a Monday (no date given)', 'after the announcement', 'December 30'])
    expect(wrapper.text()).not.toMatch(/\b(19|20)\d\d\b/)
  })

  it('says whose account each event is and links each to its sources', () => {
    const wrapper = mountDeck(CaseTimeline)
    const extension = wrapper.findAll('li')[3]!
    expect(extension.text()).toContain('Company claim')
    expect(extension.findAll('button').map(b => b.text())).toEqual(['SF report', 'Open letter'])
  })
})
