// Minifies the CSS the module adds to Slidev (component <style> blocks and
// styles/*.css, its font's @font-face rules included) as Vite loads it.
// The deck's build leaves CSS minification off, because lightningcss rejects a
// token in Slidev's own styles; ours has no such token, so it ships minified
// while Slidev's is left as Slidev writes it.
import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { fileURLToPath } from 'node:url'
import { transform } from 'lightningcss'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CSS = /\.css$|[?&]lang\.css$/

/** Whether Vite id `id` is CSS written for this project (not a dependency's). */
export function isOwnCss(id: string, root = ROOT): boolean {
  return id.startsWith(root) && !id.includes('/node_modules/') && CSS.test(id)
}

/** Minified `code`; CSS that does not parse fails the build with the file and line. */
export function minifyOwnCss(code: string, id: string): string {
  const filename = id.split('?')[0]!
  try {
    return transform({ filename, code: Buffer.from(code), minify: true }).code.toString()
  }
  catch (error) {
    const { message, loc } = error as { message: string, loc?: { line: number } }
    throw new Error(`${filename}${loc ? ` (line ${loc.line})` : ''}: ${message}`)
  }
}

export function minifyCssPlugin(): Plugin {
  return {
    name: 'privacy-module:minify-own-css',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      return isOwnCss(id) ? { code: minifyOwnCss(code, id), map: null } : undefined
    },
  }
}
