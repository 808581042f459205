// Where a quiz is being rendered, in one place: the student's (or audience's)
// slide, the lecturer's presenter view (the slide on screen only: not the
// preview of the next one, nor slides Slidev keeps mounted but hidden), or a
// print export, where a quiz is a worksheet (the answer key is its own entry,
// answer-key.md, so no deck export can ever print answers).
import type { ComputedRef } from 'vue'
import { computed } from 'vue'
import { useIsSlideActive, useNav, useSlideContext } from './slidev.ts'
import { useNarrowScreen } from './useNarrowScreen.ts'

export type RenderMode = 'student' | 'presenter' | 'print'

export function useRenderMode(): ComputedRef<RenderMode> {
  const { isPrintMode, isPresenter } = useNav()
  const { $renderContext } = useSlideContext()
  const isActive = useIsSlideActive()
  return computed(() => {
    if (isPrintMode.value)
      return 'print'
    if (isPresenter.value && $renderContext.value === 'presenter' && isActive.value)
      return 'presenter'
    return 'student'
  })
}

/**
 * Whether this quiz is the student's slide on screen on a phone: it then leaves
 * the scaled 16:9 canvas for a full-screen page that scrolls like any other.
 */
export function usePhonePage(mode: ComputedRef<RenderMode>): ComputedRef<boolean> {
  const narrow = useNarrowScreen()
  const { $renderContext } = useSlideContext()
  const isActive = useIsSlideActive()
  return computed(() => narrow.value && mode.value === 'student' && $renderContext.value === 'slide' && isActive.value)
}
