// Vite settings Slidev merges into its own: the content compiler, and no CSS
// minification (lightningcss rejects a token in Slidev's own styles).
import { defineConfig } from 'vite'
import { contentPlugin } from './node/vite-plugin-content.ts'

export default defineConfig({
  plugins: [contentPlugin()],
  build: {
    cssMinify: false,
  },
})
