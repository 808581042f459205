// Slidev's app setup hook: runs once per window (audience, presenter, print)
// before mount, and installs Pinia so quiz state lives in stores.
import { defineAppSetup } from '@slidev/types'
import { createPinia } from 'pinia'

export default defineAppSetup(({ app }) => {
  app.use(createPinia())
})
