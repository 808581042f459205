// Vite settings Slidev merges into its own: the content compiler, and no CSS
// minification (lightningcss rejects a token in Slidev's own styles), and the
// initial state of the quiz reveal the presenter shares with the audience.
import type {} from '@slidev/types'
import { defineConfig } from 'vite'
import { contentPlugin } from './node/vite-plugin-content.ts'

export default defineConfig({
  plugins: [contentPlugin()],
  build: {
    cssMinify: false,
  },
  slidev: {
    serverRef: {
      state: { quizReveal: { quizId: null, questionId: null, revealed: false } },
    },
  },
})
