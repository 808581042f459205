// Content errors as values: where (file, scope, field, line) and what is wrong.
// Loaders collect all of them; only the CLI and the Vite plugin turn them into
// an exit code or an error overlay.
import type { z } from 'zod'

/** A problem found inside a document or question, with the path of its field. */
export interface FieldProblem {
  path: Array<string | number>
  message: string
}

export interface ContentError {
  /** Path from the project root, e.g. "quizzes/blackberry.yaml". */
  file: string
  /** What the error is in: "quiz", "question q3", "source open-letter", "file". */
  scope: string
  /** The field path inside the scope, e.g. "evidence[0].quote"; "-" for the whole scope. */
  field: string
  message: string
  line?: number
}

export type Result<T> = { ok: true, value: T } | { ok: false, errors: ContentError[] }

/** `quizzes/x.yaml: question q3: evidence[0].quote: not found verbatim … (line 12)` */
export function formatError(error: ContentError): string {
  return `${error.file}: ${error.scope}: ${error.field}: ${error.message}${error.line ? ` (line ${error.line})` : ''}`
}

/** `["evidence", 0, "quote"]` → `evidence[0].quote` */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let name = ''
  for (const segment of path) {
    if (typeof segment === 'number')
      name += `[${segment}]`
    else
      name += name ? `.${String(segment)}` : String(segment)
  }
  return name || '-'
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data
  for (const segment of path) {
    if (value === null || typeof value !== 'object')
      return undefined
    value = (value as Record<PropertyKey, unknown>)[segment]
  }
  return value
}

/** Turns a schema failure into one problem per issue, in words an author understands. */
export function problemsFromZod(error: z.ZodError, data: unknown): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path.map(p => (typeof p === 'symbol' ? String(p) : p))
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map(key => ({ path: [...path, key], message: 'unknown field (check its spelling, or remove it)' }))
    if (issue.code === 'invalid_type' && valueAt(data, path) === undefined)
      return [{ path, message: 'is missing' }]
    return [{ path, message: issue.message }]
  })
}
