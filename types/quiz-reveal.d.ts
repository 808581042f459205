// The presenter's quiz reveal, shared through Slidev's server-ref plugin while
// presenting with the dev server (initial state in vite.config.ts `slidev.serverRef`).
// (An `import` inside an ambient module would make it `any`; `import()` types do not.)
declare module 'server-reactive:quizReveal' {
  const state: import('../composables/revealSync.ts').RevealState
  export default state
}
