// Validates one YAML document against a schema and collects every problem as a
// ContentError with its scope ("question q3"), field and line.
import type { z } from 'zod'
import type { ContentError, FieldProblem } from './errors.ts'
import type { SourceTexts } from './evidence.ts'
import type { YamlFile } from './yaml.ts'
import { fieldName, problemsFromZod } from './errors.ts'
import { checkEvidence, findEvidence } from './evidence.ts'
import { parseYaml } from './yaml.ts'

export interface DocumentContext {
  file: string
  /** Singular names for the lists of a document: { questions: 'question', events: 'event' }. */
  labels: Readonly<Record<string, string>>
  /** What the document itself is called in errors about its top level ("quiz", "catalogue"). */
  rootLabel: string
}

/** Places problems found at `base` inside a parsed document into ContentErrors. */
export class ErrorCollector {
  readonly errors: ContentError[] = []
  constructor(private readonly context: DocumentContext, private readonly yaml: YamlFile) {}

  add(problems: readonly FieldProblem[], base: ReadonlyArray<string | number> = []): void {
    for (const problem of problems) {
      const path = [...base, ...problem.path]
      const [list, index, ...rest] = path
      const label = typeof list === 'string' ? this.context.labels[list] : undefined
      let scope = this.context.rootLabel
      let field = fieldName(path)
      if (label && typeof index === 'number') {
        const item = (this.yaml.value as Record<string, unknown[]>)[list as string]?.[index] as { id?: unknown } | undefined
        scope = `${label} ${typeof item?.id === 'string' ? item.id : `#${index + 1}`}`
        field = fieldName(rest)
      }
      this.errors.push({ file: this.context.file, scope, field, message: problem.message, line: this.yaml.lineOf(path) })
    }
  }
}

/** Parses YAML text; a syntax error becomes a ContentError on the file. */
export function readDocument(file: string, text: string): { yaml: YamlFile, errors: ContentError[] } {
  const yaml = parseYaml(text)
  const errors = yaml.syntaxErrors.map(e => ({ file, scope: 'file', field: 'yaml', message: e.message, line: e.line }))
  if (!errors.length && (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)))
    errors.push({ file, scope: 'file', field: '-', message: 'must be a YAML mapping (fields such as id: and title:)', line: 1 })
  return { yaml, errors }
}

/** Validates a whole document with a schema, then checks every evidence quote in it. */
export function validateDocument<T>(
  context: DocumentContext,
  text: string,
  schema: z.ZodType<T>,
  texts?: SourceTexts,
): { value?: T, errors: ContentError[] } {
  const { yaml, errors } = readDocument(context.file, text)
  if (errors.length)
    return { errors }
  const collector = new ErrorCollector(context, yaml)
  const parsed = schema.safeParse(yaml.value)
  if (!parsed.success) {
    collector.add(problemsFromZod(parsed.error, yaml.value))
    return { errors: collector.errors }
  }
  if (texts) {
    for (const { path, evidence } of findEvidence(parsed.data))
      collector.add(checkEvidence(evidence, texts), path)
  }
  return collector.errors.length ? { errors: collector.errors } : { value: parsed.data, errors: [] }
}
