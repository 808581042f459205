// The presenter's quiz reveal, shared through Slidev's server-ref plugin while
// presenting with the dev server (initial state in vite.config.ts `slidev.serverRef`).
declare module 'server-reactive:quizReveal' {
  import type { RevealState } from '../composables/revealSync.ts'

  const state: RevealState
  export default state
}
