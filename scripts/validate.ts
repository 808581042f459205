// `npm run validate`: checks every quiz, poll and data file (and the "Ask:"
// prompts of slides.md) and prints every error as `file: scope: field: message
// (line N)`; exits 1 when there is any. `npm run validate -- --asks` then lists
// the prompts' ids and the poll each runs as.
import process from 'node:process'
import { formatError } from '../logic/content/errors.ts'
import { readContent } from '../node/read-content.ts'

const args = process.argv.slice(2)
const root = args.find(arg => !arg.startsWith('--')) ?? process.cwd()
const result = readContent(root)
if (!result.ok) {
  for (const error of result.errors)
    console.error(formatError(error))
  console.error(`\n${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} found.`)
  process.exit(1)
}
const { quizzes, sources, polls, asks } = result.value
const questions = quizzes.reduce((n, quiz) => n + quiz.questions.length, 0)
console.log(`Content is valid: ${sources.length} sources, ${quizzes.length} quizzes, ${questions} questions, ${polls.length} polls, ${asks.length} "Ask:" prompts.`)
if (args.includes('--asks')) {
  for (const { prompt, poll } of asks)
    console.log(`${prompt.id} (slides.md line ${prompt.line}): ${poll.kind}${poll.ask === prompt.id && poll.id !== `ask-${prompt.id}` ? ` (poll ${poll.id})` : ''}: ${prompt.text}`)
}
