// What the authoring side knows of a question kind: its schema (strict: unknown
// fields are errors) and the checks a schema cannot express. Node-only in
// practice: the deck never imports it, so zod stays out of the browser bundle.
import type { z } from 'zod'
import type { FieldProblem } from '../errors.ts'

export interface QuestionSchema<Q> {
  schema: z.ZodType<Q>
  /** The key names existing options, ids are unique … */
  check: (question: Q) => FieldProblem[]
}
