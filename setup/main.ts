// Slidev's app setup hook: runs once per window (audience, presenter, print)
// before mount, and installs Pinia so quiz state lives in stores.
import { defineAppSetup } from '@slidev/types'
import { createPinia } from 'pinia'
// In the dev server: shows content errors over the deck instead of a blank page.
import 'virtual:content-status'

export default defineAppSetup(({ app }) => {
  app.use(createPinia())
})
