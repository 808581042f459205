// One small quiz with a question of every kind, for the live mode's unit tests.
import type { Evidence } from '../../../logic/content/common.ts'
import type { Quiz } from '../../../logic/content/quiz.ts'
import type { Question, QuestionKindName, QuestionOf } from '../../../logic/kinds/registry.ts'

const base = {
  prompt: 'A question',
  explanation: 'Because the document says so.',
  objective: 'blackberry-case',
  evidence: [{ source: 'sf-blackberry-exit', quote: 'The quote' }] as Evidence[],
  points: 2,
}

export const questions: { [K in QuestionKindName]: QuestionOf<K> } = {
  single: { ...base, id: 'q-single', kind: 'single', options: [{ id: 'pta', text: 'PTA' }, { id: 'court', text: 'A court' }], answer: 'pta' },
  multiple: { ...base, id: 'q-multiple', kind: 'multiple', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], answer: ['a', 'b'] },
  truefalse: { ...base, id: 'q-truefalse', kind: 'truefalse', answer: false },
  numeric: { ...base, id: 'q-numeric', kind: 'numeric', answer: 5000, tolerance: 10, unit: 'users' },
  text: { ...base, id: 'q-text', kind: 'text', accept: ['Pakistan Telecommunications Authority', 'PTA'] },
  ordering: { ...base, id: 'q-ordering', kind: 'ordering', items: [{ id: 'first', text: 'First' }, { id: 'second', text: 'Second' }, { id: 'third', text: 'Third' }], answer: ['first', 'second', 'third'] },
  matching: { ...base, id: 'q-matching', kind: 'matching', prompts: [{ id: 'p1', text: 'P1' }, { id: 'p2', text: 'P2' }], options: [{ id: 'o1', text: 'O1' }, { id: 'o2', text: 'O2' }], answer: { p1: 'o1', p2: 'o2' } },
}

export const allQuestions: Question[] = Object.values(questions)

export const quiz: Quiz = {
  id: 'live-fixture',
  title: 'Live fixture',
  description: 'Every kind once.',
  objectives: ['blackberry-case'],
  passMark: 50,
  mode: 'test',
  questions: allQuestions,
}

export const otherQuiz: Quiz = { ...quiz, id: 'other-quiz', title: 'Other quiz', questions: [questions.single] }

export const sources = [{ id: 'sf-blackberry-exit', title: 'Report datelined SAN FRANCISCO' }]
