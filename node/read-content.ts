// Reads the content files from disk and compiles them (Node only: used by the
// validate CLI, the Vite plugin and scripts).
import type { Content } from '../logic/content/compile.ts'
import type { Result } from '../logic/content/errors.ts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { compileContent, isContentFile } from '../logic/content/compile.ts'
import { DECK_FILE } from '../logic/deck/ask-prompts.ts'

export const CONTENT_DIRS = ['data', 'quizzes', 'polls'] as const

function walk(dir: string): string[] {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  }
  catch {
    return []
  }
  return entries.flatMap(entry => entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)])
}

/** Every content file under `root`, path (with forward slashes) → text. */
export function readContentFiles(root: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const dir of CONTENT_DIRS) {
    for (const path of walk(join(root, dir))) {
      const rel = relative(root, path).split(sep).join('/')
      if (isContentFile(rel))
        files.set(rel, readFileSync(path, 'utf8'))
    }
  }
  // The speaker notes' "Ask:" prompts are content too (logic/deck/ask-prompts.ts).
  if (existsSync(join(root, DECK_FILE)))
    files.set(DECK_FILE, readFileSync(join(root, DECK_FILE), 'utf8'))
  return files
}

export function readContent(root: string): Result<Content> {
  return compileContent(readContentFiles(root))
}
