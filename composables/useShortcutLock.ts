import { onBeforeUnmount } from 'vue'
// Keeps Slidev's shortcuts off while focus is inside a quiz, so typing, arrow
// keys in radio groups and <select>s (which Slidev does not treat as inputs)
// never move the slide. Escape leaves the quiz; the deck's keys work again.
import { lockShortcuts } from './slidev.ts'

export function useShortcutLock() {
  let release: (() => void) | undefined

  function unlock() {
    release?.()
    release = undefined
  }

  function onFocusin() {
    release ??= lockShortcuts()
  }

  function onFocusout(event: FocusEvent) {
    const root = event.currentTarget as HTMLElement
    if (!root.contains(event.relatedTarget as Node | null))
      unlock()
  }

  function onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && event.target instanceof HTMLElement && event.target.tagName !== 'SELECT') {
      event.target.blur()
      unlock()
    }
  }

  onBeforeUnmount(unlock)
  return { onFocusin, onFocusout, onKeydown }
}
