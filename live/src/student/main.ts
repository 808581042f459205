// Entry of the live student page (dist-live/student.html, served at /live/).
import { createApp } from 'vue'
import { followColorScheme } from '../theme.ts'
import StudentApp from './StudentApp.vue'

followColorScheme()
createApp(StudentApp).mount('#app')
