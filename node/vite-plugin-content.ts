import type { Plugin, ViteDevServer } from 'vite'
// A Vite plugin that compiles the content (data/, quizzes/) at build time and
// serves it as the virtual module `virtual:content`. Errors fail the build and
// show in the dev server's overlay with the same messages as `npm run validate`.
// Source texts are a separate module (`virtual:source-texts`) so the deck loads
// them only when a document is opened.
import { join, relative, sep } from 'node:path'
import process from 'node:process'
import { compileContent, isContentFile } from '../logic/content/compile.ts'
import { formatError } from '../logic/content/errors.ts'
import { readContentFiles } from './read-content.ts'

const CONTENT_ID = 'virtual:content'
const TEXTS_ID = 'virtual:source-texts'
const RESOLVED = new Map([[CONTENT_ID, `\0${CONTENT_ID}`], [TEXTS_ID, `\0${TEXTS_ID}`]])

export class ContentError extends Error {
  constructor(messages: string[]) {
    super(`The module's content has ${messages.length} problem${messages.length === 1 ? '' : 's'}:\n${messages.join('\n')}`)
    this.name = 'ContentError'
  }
}

export function contentPlugin(root = process.cwd()): Plugin {
  function compile() {
    const files = readContentFiles(root)
    const result = compileContent(files)
    if (!result.ok)
      throw new ContentError(result.errors.map(formatError))
    return { ...result.value, files: Array.from(files.keys(), file => join(root, file)) }
  }

  function invalidate(server: ViteDevServer, file: string) {
    const rel = relative(root, file).split(sep).join('/')
    if (!isContentFile(rel))
      return
    for (const id of RESOLVED.values()) {
      const mod = server.moduleGraph.getModuleById(id)
      if (mod)
        server.moduleGraph.invalidateModule(mod)
    }
    server.ws.send({ type: 'full-reload' })
  }

  return {
    name: 'privacy-module:content',
    resolveId: id => RESOLVED.get(id),
    load(id) {
      if (id !== RESOLVED.get(CONTENT_ID) && id !== RESOLVED.get(TEXTS_ID))
        return
      const { texts, files, ...content } = compile()
      for (const file of files)
        this.addWatchFile(file)
      return id === RESOLVED.get(TEXTS_ID)
        ? `export default ${JSON.stringify(texts)}`
        : `export default ${JSON.stringify(content)}`
    },
    configureServer(server) {
      server.watcher.add([join(root, 'data'), join(root, 'quizzes')])
      server.watcher.on('change', file => invalidate(server, file))
      server.watcher.on('add', file => invalidate(server, file))
      server.watcher.on('unlink', file => invalidate(server, file))
    },
  }
}
