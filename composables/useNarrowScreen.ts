// Whether the window is a phone's (portrait up to 700 px wide, or landscape up
// to 500 px high): there the 16:9 slide canvas shrinks below legible sizes, so a
// quiz leaves it for a full-screen page and the deck says how to read the rest.
import type { Ref } from 'vue'
import { onBeforeUnmount, ref } from 'vue'

export const NARROW_SCREEN = '(max-width: 700px), (max-height: 500px)'

export function useNarrowScreen(): Ref<boolean> {
  const query = globalThis.matchMedia?.(NARROW_SCREEN)
  const narrow = ref(query?.matches ?? false)
  const update = (event: MediaQueryListEvent) => {
    narrow.value = event.matches
  }
  query?.addEventListener('change', update)
  onBeforeUnmount(() => query?.removeEventListener('change', update))
  return narrow
}
