// Placeholder entry of the live control page (the lecturer helper replaces it with the real app).
import { followColorScheme } from '../theme.ts'

followColorScheme()
document.querySelector('#app')!.textContent = 'The control page is not built yet.'
