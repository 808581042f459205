// SourceList's "Read" buttons open each document in the in-deck viewer.
import { describe, expect, it } from 'vitest'
import SourceList from '../../../components/SourceList.vue'
import { useSourceViewerStore } from '../../../stores/source-viewer.ts'
import { mountDeck } from './mount-deck.ts'

describe('SourceList reading', () => {
  it('has a "Read" button per document that opens it without a highlighted passage', async () => {
    const wrapper = mountDeck(SourceList)
    const buttons = wrapper.findAll('button')
    expect(buttons).toHaveLength(5)
    expect(buttons[1]?.text()).toMatch(/^Read/)
    await buttons[1]!.trigger('click')
    expect(useSourceViewerStore().$state).toMatchObject({ sourceId: 'open-letter', quote: null })
  })
})
