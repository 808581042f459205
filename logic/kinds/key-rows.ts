// The key of a matching or ordering question as rows of a compact table
// (prompt → match, position → item), for the presenter, the feedback and the
// answer key; every other kind's key is one line (describeKey).
import type { Question } from './registry.ts'

export interface KeyTable {
  head: [string, string]
  rows: Array<[string, string]>
}

export function keyTable(q: Question): KeyTable | undefined {
  if (q.kind === 'matching') {
    return {
      head: ['Prompt', 'Match'],
      rows: q.prompts.map(p => [p.text, q.options.find(o => o.id === q.answer[p.id])?.text ?? q.answer[p.id] ?? '']),
    }
  }
  if (q.kind === 'ordering')
    return { head: ['#', 'In this order'], rows: q.answer.map((id, i) => [String(i + 1), q.items.find(item => item.id === id)?.text ?? id]) }
  return undefined
}
