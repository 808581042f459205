// SourceViewer: the document opens in a dialog with the cited passage
// highlighted; Escape and the Close button close it, focus stays inside while
// it is open and returns to the button that opened it.
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import SourceViewer from '../../../components/SourceViewer.vue'
import { useSourceViewerStore } from '../../../stores/source-viewer.ts'
import { mountDeck } from './mount-deck.ts'

const quote = 'WhatsApp refused to add a backdoor that would allow the government and law enforcement agencies to access private conversations.'

async function openViewer(source: string, passage?: string) {
  const opener = document.createElement('button')
  opener.textContent = 'Read in context'
  document.body.append(opener)
  opener.focus()
  const wrapper = mountDeck(SourceViewer)
  useSourceViewerStore().open(source, passage)
  await flushPromises()
  await vi.waitFor(() => expect(document.querySelector('[role="dialog"]')?.textContent).not.toContain('Loading the document'))
  return { wrapper, opener }
}

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]')

describe('SourceViewer', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows nothing until a document is opened', () => {
    mountDeck(SourceViewer)
    expect(dialog()).toBeNull()
  })

  it('shows the document with its title and highlights the cited passage', async () => {
    await openViewer('whatsapp-uk', quote)
    expect(dialog()?.getAttribute('aria-modal')).toBe('true')
    expect(document.querySelector('#source-viewer-title')?.textContent).toContain('WhatsApp refused to add a backdoor for the UK government')
    expect(dialog()?.textContent).toContain('Sky News reports anonymous sources')
    expect(document.querySelector('mark')?.textContent).toContain(quote)
  })

  it('says so when the passage is not in the document, and still shows the text', async () => {
    await openViewer('whatsapp-uk', 'a sentence that is not there')
    expect(document.querySelector('mark')).toBeNull()
    expect(dialog()?.textContent).toContain('The cited passage was not found in this document.')
    expect(dialog()?.textContent).toContain('Sky News reports anonymous sources')
  })

  it.each([
    ['Escape', (d: HTMLElement) => d.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))],
    ['the Close button', (d: HTMLElement) => d.querySelector<HTMLButtonElement>('button.close')?.click()],
  ])('closes with %s and returns focus to the opener', async (_how, close) => {
    const { opener } = await openViewer('open-letter')
    expect(dialog()?.contains(document.activeElement)).toBe(true)
    close(dialog()!)
    await nextTick()
    await nextTick()
    expect(dialog()).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('keeps Tab inside the dialog and keeps keys from the deck', async () => {
    await openViewer('open-letter')
    const focusable = Array.from(dialog()!.querySelectorAll<HTMLElement>('button, [tabindex="0"]'))
    focusable.at(-1)!.focus()
    let reachedDeck = false
    window.addEventListener('keydown', () => (reachedDeck = true), { once: true })
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    expect(document.activeElement).toBe(focusable[0])
    expect(reachedDeck).toBe(false)
  })
})
