// Shrinks printed content so it fits the slide it is on: a slide prints as one
// page, so a long worksheet is scaled down (not below `min`) instead of clipped.
// Where the slide grows with its content (the A4 handout), nothing changes.
import type { Ref } from 'vue'
import { nextTick, onMounted, ref } from 'vue'

/** How far the box's bottom runs past the content area of its slide, in screen px. */
function overflow(box: HTMLElement): number {
  const layout = box.closest<HTMLElement>('.slidev-layout')
  if (!layout || layout.offsetHeight === 0)
    return 0
  const rect = layout.getBoundingClientRect()
  const scale = rect.height / layout.offsetHeight
  const bottom = rect.bottom - Number.parseFloat(getComputedStyle(layout).paddingBottom || '0') * scale
  return box.getBoundingClientRect().bottom - bottom
}

/**
 * `box` is measured, `content` (inside it) is zoomed. `fitted` turns true once
 * the final size is set, after web fonts have loaded.
 */
export function useShrinkToFit(box: Ref<HTMLElement | null>, content: Ref<HTMLElement | null>, min = 0.4) {
  const fitted = ref(false)

  function fit() {
    const outer = box.value
    const inner = content.value
    if (!outer || !inner)
      return
    inner.style.zoom = ''
    if (overflow(outer) <= 0.5)
      return
    let low = min
    let high = 1
    for (let step = 0; step < 8; step++) {
      const mid = (low + high) / 2
      inner.style.zoom = String(mid)
      if (overflow(outer) <= 0.5)
        low = mid
      else
        high = mid
    }
    inner.style.zoom = String(low)
  }

  onMounted(async () => {
    await nextTick()
    fit()
    await document.fonts?.ready
    fit()
    fitted.value = true
  })

  return { fitted }
}
