// A Vite plugin that compiles the content (data/, quizzes/, polls/) at build time and
// serves it as the virtual module `virtual:content`. Errors fail the build and
// show in the dev server's overlay with the same messages as `npm run validate`.
// `virtual:source-texts` re-exports the texts the content module carries (its
// quotes are offsets into them, see content-module.ts). `virtual:content-status`,
// imported by the app setup, shows content errors over the deck in the dev server.
import type { Plugin, ViteDevServer } from 'vite'
import { join, relative, sep } from 'node:path'
import process from 'node:process'
import { compileContent, isContentFile } from '../logic/content/compile.ts'
import { formatError } from '../logic/content/errors.ts'
import { DECK_FILE } from '../logic/deck/ask-prompts.ts'
import { contentModuleCode } from './content-module.ts'
import { CONTENT_DIRS, readContentFiles } from './read-content.ts'

const CONTENT_ID = 'virtual:content'
const TEXTS_ID = 'virtual:source-texts'
const STATUS_ID = 'virtual:content-status'
const RESOLVED = new Map([CONTENT_ID, TEXTS_ID, STATUS_ID].map(id => [id, `\0${id}`]))

/**
 * In the dev server, a panel listing the content errors over the deck (a failed
 * import would otherwise leave a blank page). Text only: no HTML is parsed.
 */
function errorPanelModule(message: string): string {
  return `const panel = document.createElement('pre')
panel.setAttribute('role', 'alert')
panel.style.cssText = 'position:fixed;inset:0;z-index:99999;margin:0;padding:2rem;overflow:auto;background:#fff7f7;color:#7f1d1d;font:16px/1.5 ui-monospace,monospace;white-space:pre-wrap'
panel.textContent = ${JSON.stringify(`${message}

Fix the file(s) above and save: the deck reloads by itself.`)}
document.body.append(panel)
`
}

export class ContentError extends Error {
  constructor(messages: string[]) {
    super(`The module's content has ${messages.length} problem${messages.length === 1 ? '' : 's'}:\n${messages.join('\n')}`)
    this.name = 'ContentError'
  }
}

export function contentPlugin(root = process.cwd()): Plugin {
  let isServe = false

  function compile() {
    const files = readContentFiles(root)
    const result = compileContent(files)
    if (!result.ok)
      throw new ContentError(result.errors.map(formatError))
    return { ...result.value, files: Array.from(files.keys(), file => join(root, file)) }
  }

  function onFileEvent(server: ViteDevServer, file: string) {
    const rel = relative(root, file).split(sep).join('/')
    if (!isContentFile(rel))
      return
    for (const id of RESOLVED.values()) {
      const mod = server.moduleGraph.getModuleById(id)
      if (mod)
        server.moduleGraph.invalidateModule(mod)
    }
    // Slidev updates the slides itself; their "Ask:" prompts are not in the deck's content.
    if (rel !== DECK_FILE)
      server.ws.send({ type: 'full-reload' })
  }

  return {
    name: 'privacy-module:content',
    resolveId: id => RESOLVED.get(id),
    load(id) {
      if (id === RESOLVED.get(STATUS_ID)) {
        if (!isServe)
          return 'export {}'
        try {
          compile()
          return 'export {}'
        }
        catch (error) {
          return errorPanelModule((error as Error).message)
        }
      }
      if (id !== RESOLVED.get(CONTENT_ID) && id !== RESOLVED.get(TEXTS_ID))
        return
      if (id === RESOLVED.get(TEXTS_ID))
        return `export { texts as default } from '${CONTENT_ID}'`
      const { files, ...content } = compile()
      for (const file of files)
        this.addWatchFile(file)
      return contentModuleCode(content)
    },
    configResolved(config) {
      isServe = config.command === 'serve'
    },
    configureServer(server) {
      server.watcher.add(CONTENT_DIRS.map(dir => join(root, dir)))
      for (const event of ['change', 'add', 'unlink'] as const)
        server.watcher.on(event, file => onFileEvent(server, file))
    },
  }
}
