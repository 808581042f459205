// The quick key: each question's answer as the handout asks for it, in the
// handout's own terms: option letters (A, B, C… in the printed order), the
// numbers to write in an ordering's boxes and the letters in a matching's boxes,
// top to bottom. One short line per question, so a quiz's key fits a page.
import type { Question } from '../kinds/registry.ts'
import { kindOf } from '../kinds/registry.ts'
import { optionLetter } from './worksheet.ts'

function letterOf(options: ReadonlyArray<{ id: string }>, id: string): string {
  const index = options.findIndex(o => o.id === id)
  return index < 0 ? `? (${id})` : optionLetter(index)
}

export function quickAnswer(q: Question): string {
  switch (q.kind) {
    case 'single':
      return letterOf(q.options, q.answer)
    case 'multiple':
      return q.options.filter(o => q.answer.includes(o.id)).map(o => letterOf(q.options, o.id)).join(', ')
    case 'ordering':
      return `Boxes: ${q.items.map(item => q.answer.indexOf(item.id) + 1 || '?').join(', ')}`
    case 'matching':
      return `Boxes: ${q.prompts.map(p => letterOf(q.options, q.answer[p.id] ?? '')).join(', ')}`
    default:
      return kindOf(q).describeKey(q)
  }
}
