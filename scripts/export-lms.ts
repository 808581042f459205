// `npm run export:lms [-- <dir>]`: writes, per quiz, exports/lms/<quiz id>.gift
// (Moodle) and exports/lms/<quiz id>.qti.zip (IMS QTI 2.1 package) from the
// validated content (or into <dir>). Questions a format cannot express, and marking a platform does
// differently, are listed as warnings on stderr.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { strToU8, zipSync } from 'fflate'
import { formatError } from '../logic/content/errors.ts'
import { quizToGift } from '../logic/interchange/gift-export.ts'
import { quizToQtiPackage } from '../logic/interchange/qti-package.ts'
import { readContent } from '../node/read-content.ts'

const root = process.cwd()
const outDir = resolve(process.argv[2] ?? join(root, 'exports', 'lms'))
const result = readContent(root)
if (!result.ok) {
  for (const error of result.errors)
    console.error(formatError(error))
  console.error('\nNothing exported: fix the content first (npm run validate).')
  process.exit(1)
}
const { quizzes, sources } = result.value
const titles = Object.fromEntries(sources.map(source => [source.id, source.title]))
mkdirSync(outDir, { recursive: true })

let warned = 0
for (const quiz of quizzes) {
  const gift = quizToGift(quiz)
  writeFileSync(join(outDir, `${quiz.id}.gift`), gift.text)
  const files = quizToQtiPackage(quiz, titles)
  const zip = zipSync(Object.fromEntries(Array.from(files, ([path, text]) => [path, strToU8(text)])), { level: 9 })
  writeFileSync(join(outDir, `${quiz.id}.qti.zip`), zip)

  const inGift = quiz.questions.length - gift.skipped.length
  console.log(`${quiz.id}: ${inGift} of ${quiz.questions.length} questions in ${quiz.id}.gift, ${quiz.questions.length} in ${quiz.id}.qti.zip`)
  for (const skip of gift.skipped)
    console.error(`warning: ${quiz.id}.gift: question "${skip.questionId}" (${skip.kind}) is NOT in the GIFT file: ${skip.reason}. It is in ${quiz.id}.qti.zip; in Moodle, add it by hand.`)
  for (const warning of gift.warnings)
    console.error(`warning: ${quiz.id}.gift: question "${warning.questionId}": ${warning.message}`)
  warned += gift.skipped.length + gift.warnings.length
}
console.log(`\nWrote ${quizzes.length * 2} files to ${relative(root, outDir) || '.'}/${warned ? ` (${warned} warning${warned === 1 ? '' : 's'} above)` : ''}.`)
