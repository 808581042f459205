// YAML parsing that remembers where every value is, so errors can give lines.
import type { Node } from 'yaml'
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'

export interface YamlFile {
  /** The parsed value (undefined when the file has syntax errors). */
  value: unknown
  /** Syntax errors, each with its line. */
  syntaxErrors: Array<{ line: number, message: string }>
  /** The line of the deepest node that exists along `path` (1-based). */
  lineOf: (path: ReadonlyArray<string | number>) => number | undefined
}

export function parseYaml(text: string): YamlFile {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const syntaxErrors = doc.errors.map(error => ({
    line: lineCounter.linePos(error.pos[0]).line,
    message: error.message.split('\n')[0] ?? error.message,
  }))

  function lineOf(path: ReadonlyArray<string | number>): number | undefined {
    let node: unknown = doc.contents
    let offset = (doc.contents as Node | null)?.range?.[0]
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(item => isScalar(item.key) && String(item.key.value) === String(segment))
        if (!pair)
          break
        offset = (pair.key as Node).range?.[0] ?? offset
        node = pair.value
      }
      else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment]
        offset = (node as Node).range?.[0] ?? offset
      }
      else {
        break
      }
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line
  }

  return { value: syntaxErrors.length ? undefined : doc.toJS(), syntaxErrors, lineOf }
}
