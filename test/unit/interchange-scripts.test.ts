// The command-line tools as a lecturer runs them: export:lms writes a GIFT file,
// a QTI 2.1 zip and a Canvas zip per quiz and warns about what GIFT cannot hold; import:gift
// writes a quiz YAML, reports validation, and refuses malformed GIFT by line.
import type { SpawnSyncReturns } from 'node:child_process'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readContent } from '../../node/read-content.ts'

const root = process.cwd()
const tsx = join(root, 'node_modules', '.bin', 'tsx')
const work = mkdtempSync(join(tmpdir(), 'interchange-'))
// Each run starts a Node process on a shared machine: allow it time.
const SLOW = { timeout: 60_000 }
afterAll(() => rmSync(work, { recursive: true, force: true }))

function run(script: string, ...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(tsx, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })
}

const content = readContent(root)
if (!content.ok)
  throw new Error('content does not validate: run npm run validate')
const { quizzes } = content.value

describe('npm run export:lms', () => {
  const out = join(work, 'lms')
  let result: SpawnSyncReturns<string>
  beforeAll(() => {
    result = run('export-lms.ts', out)
  }, SLOW.timeout)

  it('writes a .gift, a .qti.zip and a .canvas.zip for every quiz', () => {
    expect(result.status, result.stderr).toBe(0)
    expect(readdirSync(out).sort()).toEqual(quizzes.flatMap(q => [`${q.id}.gift`, `${q.id}.qti.zip`, `${q.id}.canvas.zip`]).sort())
  })

  it.each(quizzes.map(q => [q.id, q] as const))('%s.qti.zip holds the manifest, the test and one item per question', (id, quiz) => {
    const files = unzipSync(readFileSync(join(out, `${id}.qti.zip`)))
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'assessment.xml', ...quiz.questions.map(q => `items/${q.id}.xml`)].sort())
    expect(strFromU8(files['imsmanifest.xml'] as Uint8Array)).toContain('type="imsqti_item_xmlv2p1"')
  })

  it.each(quizzes.map(q => [q.id, q] as const))('%s.canvas.zip holds the manifest, the assessment and Canvas\'s quiz settings', (id, quiz) => {
    const files = unzipSync(readFileSync(join(out, `${id}.canvas.zip`)))
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', `quiz_${id}/quiz_${id}.xml`, `quiz_${id}/assessment_meta.xml`].sort())
    expect(strFromU8(files[`quiz_${id}/quiz_${id}.xml`] as Uint8Array).match(/<item /g)).toHaveLength(quiz.questions.length)
  })

  it('warns on stderr about every question left out of a GIFT file', () => {
    const left = quizzes.flatMap(quiz => quiz.questions.filter(q => q.kind === 'ordering').map(q => [quiz.id, q.id]))
    expect(left.length).toBeGreaterThan(0)
    for (const [quiz, question] of left)
      expect(result.stderr).toContain(`warning: ${quiz}.gift: question "${question}" (ordering) is NOT in the GIFT file`)
  })

  it('warns on stderr about every question Canvas takes as another type', () => {
    const ordering = quizzes.flatMap(quiz => quiz.questions.filter(q => q.kind === 'ordering').map(q => [quiz.id, q.id]))
    for (const [quiz, question] of ordering)
      expect(result.stderr).toContain(`warning: ${quiz}.canvas.zip: question "${question}": Canvas has no ordering question`)
  })
})

describe('npm run import:gift', SLOW, () => {
  it('writes a quiz YAML with empty evidence and prints validation saying so', () => {
    const gift = join(work, 'bank.gift')
    writeFileSync(gift, '$CATEGORY: $course$/top/A bank\n\n// [tag:concepts]\n::Who::Who issued the order? {=PTA =Pakistan Telecommunications Authority ####The PTA.}\n')
    const target = join(work, 'bank.yaml')
    const result = run('import-gift.ts', gift, '--out', target)
    expect(result.status, result.stderr).toBe(0)
    const yaml = readFileSync(target, 'utf8')
    expect(yaml).toContain('title: A bank')
    expect(yaml).toContain('accept:\n      - PTA\n      - Pakistan Telecommunications Authority')
    expect(yaml).toContain('evidence: []')
    expect(result.stdout).toContain(`${target}: question who: evidence: needs at least one {source, quote} entry`)
  })

  it('refuses malformed GIFT, naming the file and line, and writes nothing', () => {
    const gift = join(work, 'broken.gift')
    writeFileSync(gift, 'Fine? {T}\n\nWho? {=PTA\n')
    const target = join(work, 'broken.yaml')
    const result = run('import-gift.ts', gift, '--out', target)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`${gift}:3: "{" is never closed`)
    expect(readdirSync(work)).not.toContain('broken.yaml')
  })
})
