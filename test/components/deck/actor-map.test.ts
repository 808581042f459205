// ActorMap: who is who, grouped by kind of voice, where based as the documents list it.
import { describe, expect, it } from 'vitest'
import ActorMap from '../../../components/ActorMap.vue'
import { mountDeck } from './mount-deck.ts'

const signatories = ['access-now', 'apc', 'bolobhi', 'ccg', 'drf', 'eff', 'freedom-network', 'ishr', 'mmfd', 'privacy-international', 'unwanted-witness']

describe('ActorMap', () => {
  it('groups people and organisations by the kind of voice they speak with', () => {
    const wrapper = mountDeck(ActorMap, { case: 'facebook-letter' })
    const groups = wrapper.findAll('section h3').map(h => h.text())
    expect(groups).toEqual(['Companies Company claim', 'Governments and officials Government', 'Advocacy groups Advocacy group', 'Reporters and outlets Reporter\'s framing', 'Individuals Individual'])
    expect(wrapper.get('section[aria-labelledby="actor-group-government"]').text()).toContain('Priti Patel')
  })

  it('lists the eleven signatories with where the letter says each is based', () => {
    const wrapper = mountDeck(ActorMap, { ids: signatories, compact: true })
    expect(wrapper.findAll('li')).toHaveLength(11)
    const unwanted = wrapper.findAll('li').find(li => li.text().includes('Unwanted Witness'))
    expect(unwanted?.text()).toContain('based: Uganda')
  })

  it.each([
    ['Global', 4, ['Access Now', 'Association for Progressive Communications', 'International Service for Human Rights', 'Privacy International']],
    ['Pakistan', 4, ['BoloBhi', 'Digital Rights Foundation', 'Freedom Network', 'Media Matters for Democracy']],
    ['India', 1, ['Centre for Communication Governance']],
    ['Uganda', 1, ['Unwanted Witness']],
  ])('by where they are based: %s, %i, named as in the letter', (place, count, names) => {
    const wrapper = mountDeck(ActorMap, { ids: signatories, by: 'based' })
    const section = wrapper.get(`section[aria-label="Based: ${place}"]`)
    expect(section.get('.count').text()).toMatch(new RegExp(`${count}$`))
    expect(section.findAll('.name').map(n => n.text())).toEqual(names)
  })

  it('shows offices as the documents state them', () => {
    const wrapper = mountDeck(ActorMap, { ids: ['william-barr', 'priti-patel'] })
    expect(wrapper.findAll('.role').map(r => r.text())).toEqual(['U.S. Attorney General; signed the letter to Facebook', 'U.K. Home Secretary; signed the letter to Facebook'])
  })

  it('names every document that mentions an actor', () => {
    const wrapper = mountDeck(ActorMap, { ids: ['eff'] })
    expect(wrapper.findAll('button').map(b => b.text())).toEqual(['Open letter', 'WhatsApp article', 'Facebook article'])
  })

  it('says "not stated" where the documents are silent', () => {
    const wrapper = mountDeck(ActorMap, { ids: ['theresa-may'] })
    expect(wrapper.text()).toContain('based: not stated')
    expect(wrapper.text()).toContain('not stated in the text')
  })
})
