// CorrectionList and VoiceBadge: the documents' artefacts, and voice labels in words.
import { describe, expect, it } from 'vitest'
import CorrectionList from '../../../components/CorrectionList.vue'
import VoiceBadge from '../../../components/VoiceBadge.vue'
import { mountDeck } from './mount-deck.ts'

describe('CorrectionList', () => {
  it('shows what the text has next to how the deck reads it', () => {
    const wrapper = mountDeck(CorrectionList)
    const row = wrapper.findAll('tbody tr').find(tr => tr.text().includes('Dec. 3o'))
    expect(row?.findAll('td')[1]?.text()).toBe('Dec. 30')
  })

  it('shows only the corrections asked for, in that order (a slide holds four)', () => {
    const wrapper = mountDeck(CorrectionList, { ids: ['arg-ued', 'dec-3o'] })
    expect(wrapper.findAll('tbody tr').map(tr => tr.get('code').text())).toEqual(['arg ued', 'Dec. 3o'])
  })
})

describe('VoiceBadge', () => {
  it.each([
    ['company', 'Company claim'],
    ['government', 'Government'],
    ['advocacy', 'Advocacy group'],
    ['anonymous', 'Anonymous source'],
    ['reporter', 'Reporter\'s framing'],
  ])('labels a %s voice in words: %s', (voice, label) => {
    expect(mountDeck(VoiceBadge, { voice }).text()).toBe(label)
  })
})
