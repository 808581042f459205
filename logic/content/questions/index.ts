// The authoring schemas of every question kind, keyed like the run-time registry
// (logic/kinds/registry.ts): a kind missing here does not type-check.
import type { Question, QuestionKindName, QuestionOf } from '../../kinds/registry.ts'
import type { QuestionSchema } from './question-schema.ts'
import { matchingSchema } from './matching.ts'
import { multipleSelectSchema } from './multiple-select.ts'
import { numericSchema } from './numeric.ts'
import { orderingSchema } from './ordering.ts'
import { shortTextSchema } from './short-text.ts'
import { singleChoiceSchema } from './single-choice.ts'
import { trueFalseSchema } from './true-false.ts'

export const questionSchemas: { [K in QuestionKindName]: QuestionSchema<QuestionOf<K>> } = {
  single: singleChoiceSchema,
  multiple: multipleSelectSchema,
  truefalse: trueFalseSchema,
  numeric: numericSchema,
  text: shortTextSchema,
  ordering: orderingSchema,
  matching: matchingSchema,
}

/** The schema entry of a question's kind, typed loosely for code that handles any kind. */
export function schemaOf(kind: QuestionKindName): QuestionSchema<Question> {
  return questionSchemas[kind] as unknown as QuestionSchema<Question>
}
