// Lets the build drop Pinia's copy of FileSaver (about 0.8 KiB gzipped, in the
// chunk every slide loads). Only Pinia's devtools use it, and they are off in
// production builds, but its ESM file picks the save function at the top level
// with checks such as `'download' in HTMLAnchorElement.prototype`, which the
// bundler must assume have side effects. Wrapped in a pure IIFE, it is dropped
// when unused. If Pinia's code changes shape, the build warns and keeps it.
import type { Plugin } from 'vite'

const PINIA = /[\\/]node_modules[\\/]pinia[\\/]dist[\\/]pinia\.mjs$/
const START = 'const saveAs = !IS_CLIENT'
const END = '                        fileSaverSaveAs;'

/** Pinia's module with the `saveAs` choice wrapped in a pure IIFE, or null when the code is not as expected. */
export function markSaveAsPure(code: string): string | null {
  const start = code.indexOf(START)
  const end = code.indexOf(END, start)
  if (start < 0 || end < 0 || code.includes(START, start + 1))
    return null
  return `${code.slice(0, start)}const saveAs = /*#__PURE__*/ (() => !IS_CLIENT${code.slice(start + START.length, end)}                        fileSaverSaveAs)();${code.slice(end + END.length)}`
}

export function piniaSaveAsPlugin(): Plugin {
  return {
    name: 'privacy-module:pinia-save-as',
    apply: 'build',
    transform(code, id) {
      if (!PINIA.test(id))
        return
      const pure = markSaveAsPure(code)
      if (pure === null) {
        this.warn(`${id}: Pinia's "const saveAs = …" is not where expected; its FileSaver code stays in the build`)
        return
      }
      return { code: pure, map: null }
    },
  }
}
