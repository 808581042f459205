// ArgumentMap: each side's arguments, who makes each one, what kind of voice, which document.
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import ArgumentMap from '../../../components/ArgumentMap.vue'
import { mountDeck } from './mount-deck.ts'

describe('ArgumentMap', () => {
  it('shows both sides under their headings', () => {
    const wrapper = mountDeck(ArgumentMap)
    expect(wrapper.findAll('h3').map(h => h.text())).toEqual(['For lawful access', 'For privacy and security'])
  })

  it.each([
    ['black-hole', 'Anonymous source', 'Sky News\' anonymous source', 'WhatsApp article'],
    ['no-reduction-in-safety', 'Government', 'William Barr, Kevin McAleenan, Priti Patel and Peter Dutton', 'Facebook article'],
    ['never-wholesale', 'Company claim', 'BlackBerry', 'SF report'],
    ['bypass-safeguards', 'Advocacy group', 'The open letter\'s 11 signatories', 'Open letter'],
    ['keep-public-safe', 'Reporter\'s framing', 'The San Francisco report\'s writer', 'SF report'],
    ['less-security-for-everyone', 'Anonymous source', 'Privacy and security supporters (not named), as reported by the WhatsApp article\'s writer', 'WhatsApp article'],
    ['easier-for-hackers', 'Company claim', 'The tech industry, as reported by the San Francisco report\'s writer', 'SF report'],
    ['pillay-coercion', 'U.N. official', 'Navi Pillay, as reported by the open letter\'s 11 signatories', 'Open letter'],
  ])('attributes %s to a %s: %s, cited as %s', (id, voice, speakers, source) => {
    const wrapper = mountDeck(ArgumentMap, { ids: [id] })
    const item = wrapper.get('li')
    expect(item.get('.voice-badge').text()).toBe(voice)
    expect(item.get('.speakers').text()).toBe(speakers)
    expect(item.get('button').text()).toBe(source)
  })

  it('cites a document once per argument, however many passages it quotes from it', () => {
    const wrapper = mountDeck(ArgumentMap, { ids: ['misuse-admitted'] })
    expect(wrapper.get('li').findAll('button').map(b => b.text())).toEqual(['Facebook article'])
  })

  it('shows the first argument on arrival and the others one click at a time', () => {
    // v-click="false" is Slidev's "not behind a click"; this stand-in records what each card asked for.
    const click = {
      mounted: (el: HTMLElement, binding: { value: unknown }) => {
        el.dataset.click = String(binding.value)
      },
    }
    const wrapper = mount(ArgumentMap, {
      props: { ids: ['black-hole', 'never-wholesale', 'keep-public-safe'] },
      global: { plugins: [createPinia()], directives: { click } },
    })
    expect(wrapper.findAll('li').map(li => li.attributes('data-click'))).toEqual(['false', 'true', 'true'])
  })

  it('shows one side only when asked', () => {
    const wrapper = mountDeck(ArgumentMap, { side: 'lawful-access' })
    expect(wrapper.findAll('h3').map(h => h.text())).toEqual(['For lawful access'])
    expect(wrapper.text()).not.toContain('largest overnight violation')
  })
})
