// Full attempts at the quizzes for the marking benchmark: every question
// answered, rightly or wrongly, from a seeded generator so each run marks the same.
import type { Quiz } from '../../logic/content/quiz.ts'
import type { Answer, Question } from '../../logic/kinds/registry.ts'
import { seededRandom, shuffled } from '../../logic/seeded-random.ts'

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
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, i) => {
    const quiz = quizzes[i % quizzes.length]!
    return { quiz, answers: Object.fromEntries(quiz.questions.map(q => [q.id, randomAnswer(q, random)])) }
  })
}
