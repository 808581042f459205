// `npm run import:gift <file> [--out quizzes/<id>.yaml]`: turns a GIFT file
// into a quiz YAML file in the project's format, then prints what validation
// says about it (evidence is always left for the author to fill in).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import process from 'node:process'
import { compileContent } from '../logic/content/compile.ts'
import { formatError } from '../logic/content/errors.ts'
import { parseGift, slugify } from '../logic/interchange/gift-import.ts'
import { quizToYaml } from '../logic/interchange/quiz-yaml.ts'
import { readContentFiles } from '../node/read-content.ts'

const USAGE = 'usage: npm run import:gift <file.gift> [-- --out quizzes/<id>.yaml]'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const out = outAt === -1 ? undefined : args[outAt + 1]
const file = args.find((arg, i) => !arg.startsWith('--') && (outAt === -1 || i !== outAt + 1))
if (!file || (outAt !== -1 && !out))
  fail(USAGE)
if (!existsSync(file))
  fail(`${file}: no such file\n${USAGE}`)

const name = basename(file, extname(file))
const result = parseGift(readFileSync(file, 'utf8'), {
  id: slugify(name) || 'imported',
  title: name,
  description: `Imported from ${basename(file)}: describe the quiz here.`,
})
if (!result.ok) {
  for (const error of result.errors)
    console.error(`${file}:${error.line}: ${error.message}`)
  fail(`\n${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}: nothing written.`)
}
for (const warning of result.warnings)
  console.error(`${file}:${warning.line}: warning: ${warning.message}`)

const target = out ?? `quizzes/${result.quiz.id}.yaml`
if (existsSync(target))
  fail(`${target} exists already: choose another with --out (nothing written).`)
const yaml = quizToYaml(result.quiz, [
  `Imported from ${basename(file)} by npm run import:gift.`,
  'Still to do: add evidence (a verbatim quote from data/sources/) and an objective to every question,',
  'check the title, description, passMark and mode; npm run validate lists what is missing.',
].join('\n'))
writeFileSync(target, yaml)
console.log(`Wrote ${target}: ${result.quiz.questions.length} questions.`)

// Validate the content with the new quiz among the quizzes, and show what concerns it.
const files = readContentFiles(process.cwd())
const asQuiz = `quizzes/${basename(target)}`
files.set(asQuiz, yaml)
const validation = compileContent(files)
const own = validation.ok ? [] : validation.errors.filter(error => error.file === asQuiz)
if (own.length) {
  console.log(`\nValidation of ${target} (${own.length} to fix before the deck builds):`)
  for (const error of own)
    console.log(formatError({ ...error, file: target }))
}
else {
  console.log(`\n${target} validates.`)
}
