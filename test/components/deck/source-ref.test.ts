// SourceRef: a compact citation showing the source's short label; pressing it opens the document.
import { describe, expect, it } from 'vitest'
import SourceRef from '../../../components/SourceRef.vue'
import { useSourceViewerStore } from '../../../stores/source-viewer.ts'
import { mountDeck } from './mount-deck.ts'

describe('SourceRef', () => {
  it('shows the short label and is labelled with the document title', () => {
    const wrapper = mountDeck(SourceRef, { source: 'facebook-letter' })
    const button = wrapper.get('button')
    expect(button.text()).toBe('Facebook article')
    expect(button.attributes('aria-label')).toBe('Read in context: U.S., U.K., Australian Governments Ask Facebook To Hit Pause On Encryption')
  })

  it('opens the document at its passage', async () => {
    const wrapper = mountDeck(SourceRef, { source: 'facebook-letter', quote: 'Facebook should not comply.' })
    await wrapper.get('button').trigger('click')
    expect(useSourceViewerStore().$state).toMatchObject({ sourceId: 'facebook-letter', quote: 'Facebook should not comply.' })
  })
})
