// Keeps keyboard focus inside a dialog while it is open: Tab and Shift+Tab wrap
// around its focusable elements, and focus returns to the opener when it closes.
import type { Ref } from 'vue'
import { nextTick, watch } from 'vue'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

export function useFocusTrap(root: Ref<HTMLElement | null>, active: Ref<boolean>) {
  let opener: HTMLElement | null = null

  watch(active, async (isActive) => {
    if (isActive) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
      await nextTick()
      root.value?.querySelector<HTMLElement>(FOCUSABLE)?.focus()
    }
    else {
      opener?.focus()
      opener = null
    }
  }, { immediate: true })

  /** Bind to the dialog's keydown: wraps Tab at either end. */
  function onTab(event: KeyboardEvent): void {
    const focusable = Array.from(root.value?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])
    const first = focusable[0]
    const last = focusable.at(-1)
    if (!first || !last)
      return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    }
    else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  /** Bind to the dialog's keydown: keys never reach the deck's shortcuts, Escape closes, Tab wraps. */
  function onDialogKeydown(close: () => void) {
    return (event: KeyboardEvent): void => {
      event.stopPropagation()
      if (event.key === 'Escape') {
        event.preventDefault()
        close()
      }
      else if (event.key === 'Tab') {
        onTab(event)
      }
    }
  }

  return { onTab, onDialogKeydown }
}
