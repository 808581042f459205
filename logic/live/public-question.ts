// What students and the projector may see of a question before reveal: its ids, texts and points, never its key, explanation or evidence.
import type { Question } from '../kinds/registry.ts'
import type { PublicQuestion } from './protocol.ts'
import { seededRandom, shuffled } from '../seeded-random.ts'

/** FNV-1a: a small stable hash of a string, the seed of the shuffle. */
function hashString(text: string): number {
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * The same shuffle for the same seed, every time and on every device; never the
 * order in `avoid` (the key), so the right order cannot leak through the display.
 */
export function shuffleDeterministically<T extends { id: string }>(items: readonly T[], seed: string, avoid: readonly string[]): T[] {
  const order = shuffled(items, seededRandom(hashString(seed)))
  if (order.length > 1 && order.every((item, i) => item.id === avoid[i]))
    order.push(order.shift()!)
  return order
}

const copyChoices = (choices: ReadonlyArray<{ id: string, text: string }>) => choices.map(({ id, text }) => ({ id, text }))

/** Builds the public question field by field (a whitelist), so a new key field can never slip through. */
export function toPublicQuestion(question: Question): PublicQuestion {
  const base = { id: question.id, prompt: question.prompt, points: question.points }
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return { ...base, kind: question.kind, options: copyChoices(question.options) }
    case 'truefalse':
    case 'text':
      return { ...base, kind: question.kind }
    case 'numeric':
      return question.unit === undefined ? { ...base, kind: 'numeric' } : { ...base, kind: 'numeric', unit: question.unit }
    case 'ordering':
      return { ...base, kind: 'ordering', items: copyChoices(shuffleDeterministically(question.items, question.id, question.answer)) }
    case 'matching':
      return { ...base, kind: 'matching', prompts: copyChoices(question.prompts), options: copyChoices(question.options) }
  }
}
