// EvidenceQuote: a verbatim quote, who says it, and a citation chip (the document's
// short label, named "Read in context: <title>") that opens the source viewer at
// the passage; on paper, the title and id.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { computed, ref } from 'vue'
import EvidenceQuote from '../../../components/EvidenceQuote.vue'
import { useSourceViewerStore } from '../../../stores/source-viewer.ts'
import { mountDeck } from './mount-deck.ts'

const quote = 'Pakistan\'s demand was not a question of public safety'
const mode = ref<'student' | 'print'>('student')
vi.mock('../../../composables/useRenderMode.ts', () => ({ useRenderMode: () => computed(() => mode.value) }))

describe('EvidenceQuote', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    mode.value = 'student'
  })

  it('shows the quote, the speaker, the kind of voice and the document\'s short label, titled in full', () => {
    const wrapper = mountDeck(EvidenceQuote, { source: 'cnet-blackberry', quote, speaker: 'Marty Beard', voice: 'company' })
    expect(wrapper.find('blockquote').text()).toBe(quote)
    expect(wrapper.text()).toContain('Marty Beard')
    expect(wrapper.text()).toContain('Company claim')
    const chip = wrapper.get('button')
    expect(chip.text()).toBe('CNET')
    expect(chip.attributes('title')).toBe('BlackBerry to leave Pakistan after refusing to ditch user privacy')
  })

  it('opens the document at the quoted passage when "Read in context" is pressed', async () => {
    const wrapper = mountDeck(EvidenceQuote, { source: 'cnet-blackberry', quote })
    const button = wrapper.get('button')
    expect(button.attributes('aria-label')).toMatch(/^Read in context: BlackBerry to leave Pakistan/)
    await button.trigger('click')
    const viewer = useSourceViewerStore()
    expect(viewer.sourceId).toBe('cnet-blackberry')
    expect(viewer.quote).toBe(quote)
  })

  it('prints the citation without a button to press', () => {
    mode.value = 'print'
    const wrapper = mountDeck(EvidenceQuote, { source: 'cnet-blackberry', quote })
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.get('cite').text()).toBe('BlackBerry to leave Pakistan after refusing to ditch user privacy')
    expect(wrapper.get('.source-id').text()).toBe('cnet-blackberry')
  })

  it('falls back to the id when the source is not in the catalogue', () => {
    const wrapper = mountDeck(EvidenceQuote, { source: 'nowhere', quote })
    expect(wrapper.get('button').text()).toBe('nowhere')
  })
})
