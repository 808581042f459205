// A small quiz with one question of every kind, for the progress and store tests.
import type { Quiz } from '../../logic/content/quiz.ts'
import type { Question } from '../../logic/kinds/registry.ts'

const base = { points: 1, explanation: 'Because the text says so.', objective: 'blackberry-case', evidence: [{ source: 'sf-blackberry-exit', quote: 'BlackBerry' }] }

export const questions: Question[] = [
  { ...base, id: 'who', kind: 'single', prompt: 'Who?', options: [{ id: 'pta', text: 'The PTA', feedback: 'The report names the PTA.' }, { id: 'court', text: 'A court', feedback: 'No document says a court was involved.', evidence: [{ source: 'open-letter', quote: 'a valid, written court order' }] }], answer: 'pta' },
  { ...base, id: 'which', kind: 'multiple', prompt: 'Which?', points: 2, options: [{ id: 'a', text: 'Email' }, { id: 'b', text: 'BBM' }, { id: 'c', text: 'Voice, calls', feedback: 'The order names emails and messages, not calls.' }], answer: ['a', 'b'] },
  { ...base, id: 'tf', kind: 'truefalse', prompt: 'True?', answer: true, wrongChoice: { feedback: 'The report says it is true.' } },
  { ...base, id: 'users', kind: 'numeric', prompt: 'How many?', answer: 5000, tolerance: 0, unit: 'users' },
  { ...base, id: 'body', kind: 'text', prompt: 'Which body?', accept: ['PTA', 'Pakistan Telecommunications Authority'] },
  { ...base, id: 'order', kind: 'ordering', prompt: 'Order?', items: [{ id: 'x', text: 'Order in July' }, { id: 'y', text: 'Exit on December 30' }], answer: ['x', 'y'], misplacements: [{ item: 'x', feedback: 'The order came first.' }] },
  { ...base, id: 'pairs', kind: 'matching', prompt: 'Match?', objective: 'critical-reading', prompts: [{ id: 'p1', text: '"never permitted"' }, { id: 'p2', text: '"a precedent"' }], options: [{ id: 'bb', text: 'BlackBerry' }, { id: 'eff', text: 'EFF' }], answer: { p1: 'bb', p2: 'eff' }, confusions: [{ prompt: 'p2', option: 'bb', feedback: 'BlackBerry does not say this.' }] },
]

export const quiz: Quiz = {
  id: 'fixture',
  title: 'Fixture quiz',
  description: 'Every kind once.',
  objectives: ['blackberry-case', 'critical-reading'],
  passMark: 60,
  mode: 'practice',
  questions,
}

export function question(id: string): Question {
  const found = questions.find(q => q.id === id)
  if (!found)
    throw new Error(`no fixture question ${id}`)
  return found
}
