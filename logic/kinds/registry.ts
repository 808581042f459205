// The one list of question kinds. Adding a kind means adding its module here;
// tests iterate this registry to prove every kind is covered everywhere.
import type { MatchingQuestion } from '../content/questions/matching.ts'
import type { MultipleSelectQuestion } from '../content/questions/multiple-select.ts'
import type { NumericQuestion } from '../content/questions/numeric.ts'
import type { OrderingQuestion } from '../content/questions/ordering.ts'
import type { ShortTextQuestion } from '../content/questions/short-text.ts'
import type { SingleChoiceQuestion } from '../content/questions/single-choice.ts'
import type { TrueFalseQuestion } from '../content/questions/true-false.ts'
import type { QuestionKind } from './kind.ts'
import { matching } from './matching.ts'
import { multipleSelect } from './multiple-select.ts'
import { numeric } from './numeric.ts'
import { ordering } from './ordering.ts'
import { shortText } from './short-text.ts'
import { singleChoice } from './single-choice.ts'
import { trueFalse } from './true-false.ts'

export type Question
  = | SingleChoiceQuestion
    | MultipleSelectQuestion
    | TrueFalseQuestion
    | NumericQuestion
    | ShortTextQuestion
    | OrderingQuestion
    | MatchingQuestion

export type QuestionKindName = Question['kind']

/** A question of one kind, by its kind name. */
export type QuestionOf<K extends QuestionKindName> = Extract<Question, { kind: K }>

/** What a student's answer looks like for each kind. */
export interface AnswerByKind {
  single: string
  multiple: string[]
  truefalse: boolean
  numeric: string
  text: string
  ordering: string[]
  matching: Record<string, string>
}
export type Answer = AnswerByKind[QuestionKindName]

export const questionKinds: { [K in QuestionKindName]: QuestionKind<QuestionOf<K>, AnswerByKind[K]> } = {
  single: singleChoice,
  multiple: multipleSelect,
  truefalse: trueFalse,
  numeric,
  text: shortText,
  ordering,
  matching,
}

export const kindNames = Object.keys(questionKinds) as QuestionKindName[]

export function isKindName(value: unknown): value is QuestionKindName {
  return typeof value === 'string' && Object.hasOwn(questionKinds, value)
}

/** The kind entry of a question, typed loosely for code that handles any kind. */
export function kindOf(question: Question): QuestionKind<Question, Answer> {
  return questionKinds[question.kind] as unknown as QuestionKind<Question, Answer>
}
