// What one question kind must provide. Each kind lives in its own module and is
// listed once in the registry; everything else (validation, marking, the answer
// key, persistence, interchange) looks kinds up there.
import type { z } from 'zod'
import type { Mark } from '../marking/mark.ts'

/** A problem found in a question beyond its schema, with the field it is in. */
export interface FieldProblem {
  path: Array<string | number>
  message: string
}

export interface QuestionKind<Q extends { kind: string, points: number }, A> {
  kind: Q['kind']
  /** A human name, e.g. "Multiple select". */
  label: string
  /** The question as authored (strict: unknown fields are errors). */
  schema: z.ZodType<Q>
  /** A student's answer, as stored and marked. */
  answerSchema: z.ZodType<A>
  /** Checks the schema cannot express: the key names existing options, ids are unique … */
  check: (question: Q) => FieldProblem[]
  /** Marks one answer; `undefined` or an empty answer is `unanswered`. */
  mark: (question: Q, answer: A | undefined) => Mark
  /** The correct answer in words, for feedback, the presenter and the answer key. */
  describeKey: (question: Q) => string
  /** The parts of the question that decide its marking: a change here invalidates saved answers. */
  keyParts: (question: Q) => unknown
}

/** Reports every id that appears more than once in a list, at its second place. */
export function duplicateIds(items: ReadonlyArray<{ id: string }>, field: string): FieldProblem[] {
  const seen = new Set<string>()
  const problems: FieldProblem[] = []
  items.forEach((item, index) => {
    if (seen.has(item.id))
      problems.push({ path: [field, index, 'id'], message: `duplicate id "${item.id}"` })
    seen.add(item.id)
  })
  return problems
}

/** Reports a key that names an id not in the list (empty when it is there). */
export function unknownId(id: string, known: ReadonlyArray<{ id: string }>, path: Array<string | number>, what: string): FieldProblem[] {
  if (known.some(item => item.id === id))
    return []
  const ids = known.map(item => `"${item.id}"`).join(', ')
  return [{ path, message: `names ${what} "${id}", which is not one of ${ids}` }]
}
