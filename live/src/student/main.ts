// Entry of the live student page (placeholder until the student app lands).
import { followColorScheme } from '../theme.ts'

followColorScheme()
document.querySelector('#app')!.textContent = 'Loading…'
