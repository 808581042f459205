// What a printed worksheet says around its questions: how to answer each kind on
// paper, the letters of matching options and the points at stake. It never holds
// a key: the worksheet must not give answers away.
import type { Question, QuestionKindName } from '../kinds/registry.ts'
import { roundScore } from '../marking/mark.ts'

export const paperInstructions: Record<QuestionKindName, string> = {
  single: 'Tick one box.',
  multiple: 'Tick every box that applies.',
  truefalse: 'Tick one box.',
  numeric: 'Write a number.',
  text: 'Write a short answer.',
  ordering: 'Number the boxes in order, starting from 1.',
  matching: 'Write the letter of the matching option in each box.',
}

/** 0 → "A", 1 → "B" …: how a worksheet names the options of a matching question. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index)
}

export function totalPoints(questions: readonly Question[]): number {
  return roundScore(questions.reduce((sum, q) => sum + q.points, 0))
}
