// EvidenceQuote: a verbatim quote, who says it, the document's title, and a
// "Read in context" button that opens the source viewer at the passage.
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

  it('shows the quote, the speaker, the kind of voice and the document title', () => {
    const wrapper = mountDeck(EvidenceQuote, { source: 'cnet-blackberry', quote, speaker: 'Marty Beard', voice: 'company' })
    expect(wrapper.find('blockquote').text()).toBe(quote)
    expect(wrapper.text()).toContain('Marty Beard')
    expect(wrapper.text()).toContain('Company claim')
    expect(wrapper.find('cite').text()).toBe('BlackBerry to leave Pakistan after refusing to ditch user privacy')
  })

  it('opens the document at the quoted passage when "Read in context" is pressed', async () => {
    const wrapper = mountDeck(EvidenceQuote, { source: 'cnet-blackberry', quote })
    const button = wrapper.get('button')
    expect(button.text()).toMatch(/^Read in context/)
    await button.trigger('click')
    const viewer = useSourceViewerStore()
    expect(viewer.sourceId).toBe('cnet-blackberry')
    expect(viewer.quote).toBe(quote)
  })

  it('prints the citation without a button to press', () => {
    mode.value = 'print'
    const wrapper = mountDeck(EvidenceQuote, { source: 'cnet-blackberry', quote })
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.get('.source-id').text()).toBe('cnet-blackberry')
  })

  it('falls back to the id when the source is not in the catalogue', () => {
    const wrapper = mountDeck(EvidenceQuote, { source: 'nowhere', quote })
    expect(wrapper.find('cite').text()).toBe('nowhere')
  })
})
