// Entry of the live projector page (live/projector.html): the room's view, in the device's light or dark scheme.
import { createApp } from 'vue'
import { followColorScheme } from '../theme.ts'
import ProjectorApp from './ProjectorApp.vue'

followColorScheme()
createApp(ProjectorApp).mount('#app')
