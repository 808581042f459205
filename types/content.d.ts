// Types of the virtual modules served by node/vite-plugin-content.ts.
declare module 'virtual:content' {
  const content: import('../node/content-module.ts').BrowserContent
  export default content
  export const texts: import('../logic/content/compile.ts').Content['texts']
}

declare module 'virtual:source-texts' {
  const texts: Record<string, string>
  export default texts
}

declare module 'virtual:content-status' {}
