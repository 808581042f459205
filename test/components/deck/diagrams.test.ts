// The deck's diagrams: each draws only what data/*.yaml states, keeps its citations
// as chips, and reads as text (SVG <text> or HTML) with a text alternative.
import { describe, expect, it } from 'vitest'
import CaseTimeline from '../../../components/CaseTimeline.vue'
import KeyHolders from '../../../components/KeyHolders.vue'
import ScaleFigure from '../../../components/ScaleFigure.vue'
import StakeholderMap from '../../../components/StakeholderMap.vue'
import WhoCanRead from '../../../components/WhoCanRead.vue'
import { mountDeck } from './mount-deck.ts'

describe('ScaleFigure', () => {
  it('draws the two stated numbers as areas to scale, each cited', () => {
    const wrapper = mountDeck(ScaleFigure)
    const [big, small] = wrapper.findAll('rect')
    expect(Number(big!.attributes('width'))).toBe(300)
    expect(Number(small!.attributes('width'))).toBeCloseTo(0.548, 2)
    expect(wrapper.findAll('text').map(t => t.text())).toEqual(['≈ 5,000: this dot', '1.5 billion'])
    expect(wrapper.findAll('button').map(b => b.text())).toEqual(['Facebook article', 'SF report'])
    expect(wrapper.get('svg').attributes('aria-label')).toMatch(/drawn to scale/)
  })

  it('says the two figures count different things', () => {
    expect(mountDeck(ScaleFigure).get('.ratio').text()).toMatch(/^300,000 × as many.*different things/)
  })
})

describe('KeyHolders', () => {
  it('contrasts a service holding a key with end-to-end encryption, in words', () => {
    const wrapper = mountDeck(KeyHolders)
    const text = wrapper.findAll('text').map(t => t.text())
    expect(text).toContain('can read it')
    expect(text).toContain('No key: passes it on')
    expect(text.filter(t => t === 'key')).toHaveLength(2)
    expect(wrapper.get('svg').attributes('aria-label')).toMatch(/only the sender's and the recipient's phones hold keys/)
  })

  it('says it draws working definitions, not the documents', () => {
    expect(mountDeck(KeyHolders).get('figcaption').text()).toMatch(/documents do not define/)
  })
})

describe('WhoCanRead', () => {
  it('puts metadata on the envelope and content inside, with what is handed over in words and its source', () => {
    const wrapper = mountDeck(WhoCanRead)
    const [outside, inside] = wrapper.findAll('section')
    expect(outside!.get('h3').text()).toBe('On the envelope Metadata')
    expect(outside!.get('.verdict').text()).toBe('✓ handed over')
    expect(inside!.get('h3').text()).toBe('Sealed inside Content')
    expect(inside!.get('.verdict').text()).toBe('✗ not handed over')
    expect(wrapper.findAll('button').map(b => b.text())).toEqual(['WhatsApp article', 'WhatsApp article'])
    expect(wrapper.get('figcaption').text()).toContain('Reporter\'s framing')
  })
})

describe('StakeholderMap', () => {
  it('puts each case\'s company between who pressed it for access and who pressed back, each act cited', () => {
    const wrapper = mountDeck(StakeholderMap)
    const rows = wrapper.findAll('.case')
    expect(rows.map(r => r.get('.company strong').text())).toEqual(['BlackBerry', 'WhatsApp', 'Facebook'])
    expect(rows[0]!.get('.left').text()).toContain('Pakistan Telecommunications Authority (PTA)')
    expect(rows[1]!.get('.left').text()).toContain('(anonymous sources)')
    expect(rows[2]!.get('.left strong').text()).toBe('William Barr, Kevin McAleenan, Priti Patel and Peter Dutton')
    expect(rows[2]!.get('.right').text()).toContain('Edward Snowden')
    for (const row of rows)
      expect(row.findAll('button').length).toBeGreaterThanOrEqual(2)
  })

  it('names how we know: the reporters and the anonymous source', () => {
    expect(mountDeck(StakeholderMap).get('figcaption').text()).toContain('Sky News\' anonymous source')
  })
})

describe('CaseTimeline as a graphic', () => {
  it('marks the announced withdrawal as planned, not as done', () => {
    const items = mountDeck(CaseTimeline).findAll('li')
    expect(items.map(li => li.classes('planned'))).toEqual([false, false, false, false, true])
    expect(items[4]!.get('.tag').text()).toBe('Planned')
  })

  it('cites each document once per event, however many passages it quotes from it', () => {
    const first = mountDeck(CaseTimeline).findAll('li')[0]!
    expect(first.findAll('button').map(b => b.text())).toEqual(['SF report'])
  })
})
