// Placeholder entry of the live projector page (the lecturer helper replaces it with the real app).
import { followColorScheme } from '../theme.ts'

followColorScheme()
document.querySelector('#app')!.textContent = 'The projector page is not built yet.'
