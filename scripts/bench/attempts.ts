// Full attempts at the quizzes for the marking benchmark: every question
// answered, rightly or wrongly, from a seeded generator so each run marks the same.
import type { Quiz } from '../../logic/content/quiz.ts'
import type { Answer, Question } from '../../logic/kinds/registry.ts'

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6D2B79F5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!
}

/** A plausible answer of the right shape: right about half the time. */
function randomAnswer(q: Question, random: () => number): Answer {
  switch (q.kind) {
    case 'single': return pick(q.options, random).id
    case 'multiple': return q.options.filter(() => random() < 0.5).map(o => o.id)
    case 'truefalse': return random() < 0.5
    case 'numeric': return random() < 0.5 ? String(q.answer) : `${q.answer + 1} ${q.unit ?? ''}`
    case 'text': return random() < 0.5 ? pick(q.accept, random) : 'not the answer'
    case 'ordering': return shuffled(q.items, random).map(item => item.id)
    case 'matching': return Object.fromEntries(q.prompts.map(p => [p.id, pick(q.options, random).id]))
  }
}

export interface Attempt {
  quiz: Quiz
  answers: Record<string, Answer>
}

/** `count` attempts, going round the quizzes in turn. */
export function randomAttempts(quizzes: readonly Quiz[], count: number, seed = 1): Attempt[] {
  const random = generator(seed)
  return Array.from({ length: count }, (_, i) => {
    const quiz = quizzes[i % quizzes.length]!
    return { quiz, answers: Object.fromEntries(quiz.questions.map(q => [q.id, randomAnswer(q, random)])) }
  })
}
