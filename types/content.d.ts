// Types of the virtual modules served by node/vite-plugin-content.ts.
declare module 'virtual:content' {
  import type { Content } from '../logic/content/compile.ts'

  const content: Omit<Content, 'texts'>
  export default content
}

declare module 'virtual:source-texts' {
  const texts: Record<string, string>
  export default texts
}
