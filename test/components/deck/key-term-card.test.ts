// KeyTermCard: the term, the module's working definition and an example from the cases.
import { describe, expect, it } from 'vitest'
import KeyTermCard from '../../../components/KeyTermCard.vue'
import { mountDeck } from './mount-deck.ts'

describe('KeyTermCard', () => {
  it('shows the term as a heading, its definition marked as the module\'s, and a cited example', () => {
    const wrapper = mountDeck(KeyTermCard, { term: 'metadata' })
    expect(wrapper.get('h3').text()).toBe('Metadata')
    expect(wrapper.get('.definition').text()).toMatch(/^Working definition:/)
    expect(wrapper.get('.example').text()).toContain('IP addresses')
    expect(wrapper.get('button').text()).toBe('WhatsApp article')
  })

  it('refuses an unknown term instead of showing an empty card', () => {
    expect(() => mountDeck(KeyTermCard, { term: 'nonsense' })).toThrow(/unknown id "nonsense"/)
  })
})
