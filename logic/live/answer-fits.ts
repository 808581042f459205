// Whether a live answer (already of its kind's shape) names only what the question offers:
// option, item and prompt ids that exist, each once, and texts of a sane length. The server
// stores and marks only answers that fit, so nothing in the gradebook is an id no one was shown.
import type { Question } from '../kinds/registry.ts'

/** Longest typed answer (text or numeric) kept. */
export const MAX_TYPED_ANSWER = 500

function ids(choices: ReadonlyArray<{ id: string }>): Set<string> {
  return new Set(choices.map(c => c.id))
}

/** Why the answer does not fit the question, or undefined when it does. */
export function answerProblem(question: Question, answer: unknown): string | undefined {
  switch (question.kind) {
    case 'single':
      return typeof answer === 'string' && ids(question.options).has(answer) ? undefined : 'That is not one of the options.'
    case 'multiple': {
      const options = ids(question.options)
      if (!Array.isArray(answer) || !answer.every(id => typeof id === 'string' && options.has(id)))
        return 'That is not one of the options.'
      return new Set(answer).size === answer.length ? undefined : 'Each option may be picked once.'
    }
    case 'truefalse':
      return typeof answer === 'boolean' ? undefined : 'Answer true or false.'
    case 'numeric':
    case 'text':
      return typeof answer === 'string' && answer.length <= MAX_TYPED_ANSWER ? undefined : `Answers may be at most ${MAX_TYPED_ANSWER} characters.`
    case 'ordering': {
      const items = ids(question.items)
      const ok = Array.isArray(answer) && answer.length === items.size && new Set(answer).size === items.size && answer.every(id => typeof id === 'string' && items.has(id))
      return ok ? undefined : 'Put every item in the order once.'
    }
    case 'matching': {
      const prompts = ids(question.prompts)
      const options = ids(question.options)
      if (typeof answer !== 'object' || answer === null || Array.isArray(answer))
        return 'Pair each prompt with an option.'
      const fits = Object.entries(answer).every(([prompt, option]) => prompts.has(prompt) && typeof option === 'string' && (option === '' || options.has(option)))
      return fits ? undefined : 'That pairs something that is not in the question.'
    }
  }
}
