// Which document the in-deck source viewer shows, and which passage it highlights.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useSourceViewerStore = defineStore('source-viewer', () => {
  const sourceId = ref<string | null>(null)
  const quote = ref<string | null>(null)

  function open(id: string, passage?: string): void {
    sourceId.value = id
    quote.value = passage ?? null
  }

  function close(): void {
    sourceId.value = null
    quote.value = null
  }

  return { sourceId, quote, open, close }
})
