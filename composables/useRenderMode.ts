// Where a quiz is being rendered, in one place: the student's (or audience's)
// slide, the lecturer's presenter view (current slide only, not the preview of
// the next one), or a print export as a worksheet or, with the headmatter key
// `quizKey: true`, as an answer key.
import type { ComputedRef } from 'vue'
import { configs, useNav, useSlideContext } from '@slidev/client'
import { computed } from 'vue'

export type RenderMode = 'student' | 'presenter' | 'print-worksheet' | 'print-key'

export function useRenderMode(): ComputedRef<RenderMode> {
  const { isPrintMode, isPresenter } = useNav()
  const { $renderContext } = useSlideContext()
  return computed(() => {
    if (isPrintMode.value)
      return configs.quizKey === true ? 'print-key' : 'print-worksheet'
    if (isPresenter.value && $renderContext.value === 'presenter')
      return 'presenter'
    return 'student'
  })
}
