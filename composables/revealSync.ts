// The sync state behind the lecturer's reveal (see usePresenterReveal): through
// the dev server while presenting with `slidev` (server-ref, its initial state
// in vite.config.ts), through BroadcastChannel between windows in a static build.
import serverState from 'server-reactive:quizReveal'
import { createSyncState } from './slidev.ts'

export interface RevealState {
  quizId: string | null
  questionId: string | null
  revealed: boolean
}

export function createRevealSync() {
  const sync = createSyncState<RevealState>(serverState, { quizId: null, questionId: null, revealed: false })
  sync.init('privacy-module-quiz-reveal')
  return sync
}
