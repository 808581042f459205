// Writes a quiz as a quiz YAML file in the project's format (the author's
// field order, choices one per line), for quizzes brought in by import:gift.
import type { Quiz } from '../content/quiz.ts'
import { Document, isMap, isSeq, visit } from 'yaml'

const LEADING_FIELDS = ['id', 'kind', 'prompt', 'points']
const rank = (field: string): number => (LEADING_FIELDS.includes(field) ? LEADING_FIELDS.indexOf(field) : LEADING_FIELDS.length)

export function quizToYaml(quiz: Quiz, note: string): string {
  // Questions read best with id, kind, prompt and points first.
  const questions = quiz.questions.map(q => Object.fromEntries(Object.entries(q).sort(([a], [b]) => rank(a) - rank(b))))
  const doc = new Document({ ...quiz, questions })
  // `{ id, text }` choices read best on one line each, as in the hand-written quizzes.
  visit(doc, {
    Seq(_, node) {
      for (const item of node.items) {
        if (isMap(item) && item.items.length === 2 && item.has('id') && item.has('text'))
          item.flow = true
      }
    },
  })
  visit(doc, { Map(_, node) {
    const evidence = node.get('evidence', true)
    if (isSeq(evidence) && evidence.items.length === 0)
      evidence.flow = true
  } })
  doc.commentBefore = ` ${note.split('\n').join('\n ')}`
  return doc.toString({ lineWidth: 0 })
}
