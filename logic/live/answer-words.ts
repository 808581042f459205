// A student's answer in words from the public question (no key needed): what the student page shows as "your first
// answer" in round 2 of a peer-instruction question, e.g. "B. A court" or "True".
import type { PublicQuestion } from './protocol.ts'

const letter = (index: number) => String.fromCharCode(65 + index)

function optionWords(options: ReadonlyArray<{ id: string, text: string }>, id: unknown): string {
  const index = options.findIndex(o => o.id === id)
  return index < 0 ? String(id) : `${letter(index)}. ${options[index]!.text}`
}

/** Empty string when there is no answer. */
export function answerInWords(question: PublicQuestion, answer: unknown): string {
  if (answer === undefined || answer === null)
    return ''
  switch (question.kind) {
    case 'single':
      return optionWords(question.options, answer)
    case 'multiple':
      return Array.isArray(answer) ? answer.map(id => optionWords(question.options, id)).join('; ') : ''
    case 'truefalse':
      return answer === true ? 'True' : answer === false ? 'False' : ''
    case 'numeric':
      return `${String(answer)}${question.unit ? ` ${question.unit}` : ''}`
    case 'text':
      return String(answer)
    case 'ordering':
      return Array.isArray(answer) ? answer.map((id, i) => `${i + 1}. ${question.items.find(item => item.id === id)?.text ?? String(id)}`).join('; ') : ''
    case 'matching':
      return typeof answer === 'object'
        ? question.prompts.filter(p => Object.hasOwn(answer, p.id)).map(p => `${p.text} → ${question.options.find(o => o.id === (answer as Record<string, unknown>)[p.id])?.text ?? '?'}`).join('; ')
        : ''
  }
}
