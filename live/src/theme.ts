// Look shared by the live pages: the bundled Inter font (no web font service), the module's
// colour tokens, a plain page layout, and dark mode that follows the device's setting.
import '../../styles/font.css'
import '../../styles/module.css'
import './page.css'

/** Keep `html.dark` (which switches the module's tokens) in step with prefers-color-scheme. */
export function followColorScheme(root: HTMLElement = document.documentElement): void {
  const query = window.matchMedia('(prefers-color-scheme: dark)')
  const apply = () => root.classList.toggle('dark', query.matches)
  apply()
  query.addEventListener('change', apply)
}
