// What students and the projector may see of a question before reveal: its ids, texts and points, never its key, explanation or evidence.
import type { Question } from '../kinds/registry.ts'
import type { PublicQuestion } from './protocol.ts'

/** FNV-1a: a small stable hash of a string, the seed of the shuffle. */
function hashString(text: string): number {
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: a seeded pseudo-random generator in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6D2B79F5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The same shuffle for the same seed, every time and on every device; never the
 * order in `avoid` (the key), so the right order cannot leak through the display.
 */
export function shuffleDeterministically<T extends { id: string }>(items: readonly T[], seed: string, avoid: readonly string[]): T[] {
  const random = seededRandom(hashString(seed))
  const shuffled = [...items]
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]
  }
  if (shuffled.length > 1 && shuffled.every((item, i) => item.id === avoid[i]))
    shuffled.push(shuffled.shift()!)
  return shuffled
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
