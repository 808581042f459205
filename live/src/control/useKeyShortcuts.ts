// Single-key shortcuts for a page (e.g. O opens a question), never while typing in a field or with a modifier held.
import { onBeforeUnmount, onMounted } from 'vue'

/** Fields where a key is text, not a command (a <select> uses letters to pick an option). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement))
    return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** `handlers` maps a lower-case key to what it does. */
export function useKeyShortcuts(handlers: () => Record<string, () => void>): void {
  function onKeydown(event: KeyboardEvent) {
    if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target))
      return
    const handler = handlers()[event.key.toLowerCase()]
    if (handler) {
      event.preventDefault()
      handler()
    }
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
