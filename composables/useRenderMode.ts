// Where a quiz is being rendered, in one place: the student's (or audience's)
// slide, the lecturer's presenter view (the slide on screen only: not the
// preview of the next one, nor slides Slidev keeps mounted but hidden), or a print export as a worksheet or, with the headmatter key
// `quizKey: true`, as an answer key.
import type { ComputedRef } from 'vue'
import { configs, useIsSlideActive, useNav, useSlideContext } from '@slidev/client'
import { computed } from 'vue'

export type RenderMode = 'student' | 'presenter' | 'print-worksheet' | 'print-key'

export function useRenderMode(): ComputedRef<RenderMode> {
  const { isPrintMode, isPresenter } = useNav()
  const { $renderContext } = useSlideContext()
  const isActive = useIsSlideActive()
  return computed(() => {
    if (isPrintMode.value)
      return configs.quizKey === true ? 'print-key' : 'print-worksheet'
    if (isPresenter.value && $renderContext.value === 'presenter' && isActive.value)
      return 'presenter'
    return 'student'
  })
}
