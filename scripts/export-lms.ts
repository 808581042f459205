// `npm run export:lms [-- <dir>]`: writes, per quiz, exports/lms/<quiz id>.gift
// (Moodle), exports/lms/<quiz id>.qti.zip (IMS QTI 2.1 package) and
// exports/lms/<quiz id>.canvas.zip (Canvas's QTI 1.2 quiz export) from the
// validated content (or into <dir>). Questions a format cannot express, and marking a platform does
// differently, are listed as warnings on stderr.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { strToU8, zipSync } from 'fflate'
import { formatError } from '../logic/content/errors.ts'
import { quizToCanvasPackage } from '../logic/interchange/canvas-package.ts'
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

function writeZip(name: string, files: Map<string, string>): void {
  writeFileSync(join(outDir, name), zipSync(Object.fromEntries(Array.from(files, ([path, text]) => [path, strToU8(text)])), { level: 9 }))
}

let warned = 0
for (const quiz of quizzes) {
  const gift = quizToGift(quiz)
  writeFileSync(join(outDir, `${quiz.id}.gift`), gift.text)
  writeZip(`${quiz.id}.qti.zip`, quizToQtiPackage(quiz, titles))
  const canvas = quizToCanvasPackage(quiz, titles)
  writeZip(`${quiz.id}.canvas.zip`, canvas.files)

  const inGift = quiz.questions.length - gift.skipped.length
  const all = quiz.questions.length
  console.log(`${quiz.id}: ${inGift} of ${all} questions in ${quiz.id}.gift, ${all} in ${quiz.id}.qti.zip, ${all} in ${quiz.id}.canvas.zip`)
  for (const skip of gift.skipped)
    console.error(`warning: ${quiz.id}.gift: question "${skip.questionId}" (${skip.kind}) is NOT in the GIFT file: ${skip.reason}. It is in ${quiz.id}.qti.zip; in Moodle, add it by hand.`)
  for (const warning of gift.warnings)
    console.error(`warning: ${quiz.id}.gift: question "${warning.questionId}": ${warning.message}`)
  for (const warning of canvas.warnings)
    console.error(`warning: ${quiz.id}.canvas.zip: question "${warning.questionId}": ${warning.message}`)
  warned += gift.skipped.length + gift.warnings.length + canvas.warnings.length
}
console.log(`\nWrote ${quizzes.length * 3} files to ${relative(root, outDir) || '.'}/${warned ? ` (${warned} warning${warned === 1 ? '' : 's'} above)` : ''}.`)
