// Vite settings Slidev merges into its own: the content compiler, no CSS
// minification of the whole bundle (lightningcss rejects a token in Slidev's own
// styles) but of the module's own CSS, the print route kept in builds (the PDFs
// are exported from them), and the initial state of the quiz reveal the presenter shares with the audience.
import type {} from '@slidev/types'
import { defineConfig } from 'vite'
import { contentPlugin } from './node/vite-plugin-content.ts'
import { deckChunkPlugin } from './node/vite-plugin-deck-chunk.ts'
import { minifyCssPlugin } from './node/vite-plugin-minify-css.ts'
import { piniaSaveAsPlugin } from './node/vite-plugin-pinia-save-as.ts'
import { printRoutePlugin } from './node/vite-plugin-print-route.ts'

export default defineConfig({
  plugins: [contentPlugin(), deckChunkPlugin(), minifyCssPlugin(), piniaSaveAsPlugin(), printRoutePlugin()],
  build: {
    cssMinify: false,
  },
  slidev: {
    serverRef: {
      state: { quizReveal: { quizId: null, questionId: null, revealed: false } },
    },
  },
})
