// A student's answer in words, for the results download: option texts rather
// than ids. One entry per kind; the mapped type makes a new kind add its own.
import type { AnswerByKind, Question, QuestionKindName, QuestionOf } from '../kinds/registry.ts'

function textOf(choices: ReadonlyArray<{ id: string, text: string }>, id: string): string {
  return choices.find(c => c.id === id)?.text ?? id
}

const describers: { [K in QuestionKindName]: (q: QuestionOf<K>, a: AnswerByKind[K]) => string } = {
  single: (q, a) => textOf(q.options, a),
  multiple: (q, a) => a.map(id => textOf(q.options, id)).join('; '),
  truefalse: (_q, a) => (a ? 'True' : 'False'),
  numeric: (_q, a) => a.trim(),
  text: (_q, a) => a.trim(),
  ordering: (q, a) => a.map((id, i) => `${i + 1}. ${textOf(q.items, id)}`).join('; '),
  matching: (q, a) => q.prompts
    .filter(p => a[p.id])
    .map(p => `${p.text} → ${textOf(q.options, a[p.id] ?? '')}`)
    .join('; '),
}

/** The answer in words; the answer must already fit the question's kind (see reconcileProgress). */
export function describeAnswer(question: Question, answer: unknown): string {
  const describe = describers[question.kind] as (q: Question, a: unknown) => string
  return describe(question, answer)
}
