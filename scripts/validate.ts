// `npm run validate`: checks every quiz and data file and prints every error as
// `file: scope: field: message (line N)`; exits 1 when there is any.
import process from 'node:process'
import { formatError } from '../logic/content/errors.ts'
import { readContent } from '../node/read-content.ts'

const root = process.argv[2] ?? process.cwd()
const result = readContent(root)
if (!result.ok) {
  for (const error of result.errors)
    console.error(formatError(error))
  console.error(`\n${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} found.`)
  process.exit(1)
}
const { quizzes, sources } = result.value
const questions = quizzes.reduce((n, quiz) => n + quiz.questions.length, 0)
console.log(`Content is valid: ${sources.length} sources, ${quizzes.length} quizzes, ${questions} questions.`)
