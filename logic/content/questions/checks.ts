// Checks shared by several question schemas: ids unique within a list, and keys
// that name ids which exist.
import type { FieldProblem } from '../errors.ts'

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

/** Reports an option whose evidence has no feedback to say what it shows. */
export function evidenceWithoutFeedback(options: ReadonlyArray<{ feedback?: string, evidence?: unknown[] }>): FieldProblem[] {
  return options.flatMap((option, index): FieldProblem[] => option.evidence && option.feedback === undefined
    ? [{ path: ['options', index, 'feedback'], message: 'is missing: evidence on an option needs a feedback text saying what it shows' }]
    : [])
}
