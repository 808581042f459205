// The lecturer's reveal, shared between the presenter and the audience windows:
// which question of which quiz the presenter has on screen, and whether its
// answer is revealed to the room.
import type { ComputedRef } from 'vue'
import { computed } from 'vue'
import { createRevealSync } from './revealSync.ts'

let sync: ReturnType<typeof createRevealSync> | undefined

export interface PresenterReveal {
  /** The question the lecturer has on screen in this quiz, if any. */
  shownQuestion: ComputedRef<string | null>
  /** Whether the lecturer revealed the answer to that question. */
  revealed: ComputedRef<boolean>
  show: (questionId: string) => void
  setRevealed: (revealed: boolean) => void
}

export function usePresenterReveal(quizId: string): PresenterReveal {
  sync ??= createRevealSync()
  const { state, patch } = sync
  const mine = computed(() => state.quizId === quizId)
  return {
    shownQuestion: computed(() => (mine.value ? state.questionId : null)),
    revealed: computed(() => mine.value && state.revealed),
    show(questionId) {
      if (mine.value && state.questionId === questionId)
        return
      patch('quizId', quizId)
      patch('questionId', questionId)
      patch('revealed', false)
    },
    setRevealed(revealed) {
      if (mine.value)
        patch('revealed', revealed)
    },
  }
}
