// ArgumentMap: each side's arguments, who makes each one, what kind of voice, which document.
import { describe, expect, it } from 'vitest'
import ArgumentMap from '../../../components/ArgumentMap.vue'
import { mountDeck } from './mount-deck.ts'

describe('ArgumentMap', () => {
  it('shows both sides under their headings', () => {
    const wrapper = mountDeck(ArgumentMap)
    expect(wrapper.findAll('h3').map(h => h.text())).toEqual(['For lawful access', 'For privacy and security'])
  })

  it.each([
    ['black-hole', 'Anonymous source', 'Sky News\' anonymous source', 'whatsapp-uk'],
    ['no-reduction-in-safety', 'Government', 'William Barr, Kevin McAleenan, Priti Patel and Peter Dutton', 'facebook-letter'],
    ['never-wholesale', 'Company claim', 'BlackBerry', 'sf-blackberry-exit'],
    ['bypass-safeguards', 'Advocacy group', 'The open letter\'s 11 signatories', 'open-letter'],
    ['keep-public-safe', 'Reporter\'s framing', 'The San Francisco report\'s writer', 'sf-blackberry-exit'],
    ['less-security-for-everyone', 'Anonymous source', 'Privacy and security supporters (not named), as reported by the WhatsApp article\'s writer', 'whatsapp-uk'],
    ['easier-for-hackers', 'Company claim', 'The tech industry, as reported by the San Francisco report\'s writer', 'sf-blackberry-exit'],
    ['pillay-coercion', 'U.N. official', 'Navi Pillay, as reported by the open letter\'s 11 signatories', 'open-letter'],
  ])('attributes %s to a %s: %s, in %s', (id, voice, speakers, source) => {
    const wrapper = mountDeck(ArgumentMap, { ids: [id] })
    const item = wrapper.get('li')
    expect(item.get('.voice-badge').text()).toBe(voice)
    expect(item.get('.speakers').text()).toBe(speakers)
    expect(item.get('button').text()).toBe(source)
  })

  it('shows one side only when asked', () => {
    const wrapper = mountDeck(ArgumentMap, { side: 'lawful-access' })
    expect(wrapper.findAll('h3').map(h => h.text())).toEqual(['For lawful access'])
    expect(wrapper.text()).not.toContain('largest overnight violation')
  })
})
