// One component per question kind, by kind name: adding a kind adds one line
// here (the type makes a missing kind an error; a test iterates kindNames).
import type { Component } from 'vue'
import type { QuestionKindName } from '../../logic/kinds/registry.ts'
import QuizMatching from './QuizMatching.vue'
import QuizMultipleSelect from './QuizMultipleSelect.vue'
import QuizNumeric from './QuizNumeric.vue'
import QuizOrdering from './QuizOrdering.vue'
import QuizShortText from './QuizShortText.vue'
import QuizSingleChoice from './QuizSingleChoice.vue'
import QuizTrueFalse from './QuizTrueFalse.vue'

export const kindComponents: Record<QuestionKindName, Component> = {
  single: QuizSingleChoice,
  multiple: QuizMultipleSelect,
  truefalse: QuizTrueFalse,
  numeric: QuizNumeric,
  text: QuizShortText,
  ordering: QuizOrdering,
  matching: QuizMatching,
}
