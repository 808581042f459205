// Writes a quiz as Moodle GIFT text. Each question carries its id as the
// question name and as Moodle's `[id:…]` idnumber, its objective as a
// `[tag:…]`, its explanation as general feedback (`####`), each option's
// feedback as per-answer feedback (`#`), and points, option ids, unit and
// evidence as comments (Moodle ignores them; import:gift reads
// them back). Kinds GIFT cannot express are listed, never dropped silently.
import type { Quiz } from '../content/quiz.ts'
import type { Question } from '../kinds/registry.ts'
import type { GiftParts } from './gift-questions.ts'
import { formatsOf, isUnsupported } from './formats.ts'
import { escapeCategory, escapeGift, escapeGiftText, oneLine } from './gift-text.ts'

/** A question left out of an export, and why. */
export interface Skipped {
  questionId: string
  kind: string
  reason: string
}

/** Something the platform will do differently from the deck. */
export interface ExportWarning {
  questionId: string
  message: string
}

export interface GiftExport {
  text: string
  skipped: Skipped[]
  warnings: ExportWarning[]
}

const comment = (key: string, value: string): string => `// ${key}: ${oneLine(value)}`

function questionToGift(question: Question, { meta, answers }: GiftParts): string {
  const lines = [
    `// [id:${question.id}] [tag:${question.objective}]`,
    comment('points', String(question.points)),
    ...meta.map(([key, value]) => comment(key, value)),
    ...question.evidence.map(e => comment('evidence', `${e.source}: ${e.quote}`)),
    `::${escapeGift(question.id)}::${escapeGiftText(question.prompt)}{`,
    ...answers.map(answer => `\t${answer}`),
    `\t####${escapeGiftText(question.explanation)}`,
    '}',
  ]
  return lines.join('\n')
}

export function quizToGift(quiz: Quiz): GiftExport {
  const skipped: Skipped[] = []
  const warnings: ExportWarning[] = []
  const blocks = [[
    `// Quiz "${oneLine(quiz.title)}" for Moodle's GIFT import. Moodle ignores // comments; npm run import:gift reads them back.`,
    comment('quiz', quiz.id),
    comment('description', quiz.description),
    comment('objectives', quiz.objectives.join(', ')),
    comment('pass-mark', String(quiz.passMark)),
    comment('mode', quiz.mode),
    `$CATEGORY: $course$/top/${escapeCategory(quiz.title)}`,
  ].join('\n')]
  for (const question of quiz.questions) {
    const { gift } = formatsOf(question)
    if (isUnsupported(gift)) {
      skipped.push({ questionId: question.id, kind: question.kind, reason: gift.unsupported })
      blocks.push(`// SKIPPED: ${question.kind} question "${question.id}": ${gift.unsupported}.`)
      continue
    }
    const parts = gift(question)
    warnings.push(...parts.warnings.map(message => ({ questionId: question.id, message })))
    blocks.push(questionToGift(question, parts))
  }
  return { text: `${blocks.join('\n\n')}\n`, skipped, warnings }
}
