// Entry of the live control page (live/control.html): the lecturer's app, in the device's light or dark scheme.
import { createApp } from 'vue'
import { followColorScheme } from '../theme.ts'
import ControlApp from './ControlApp.vue'
import './control.css'

followColorScheme()
createApp(ControlApp).mount('#app')
