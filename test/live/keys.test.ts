// Issue 12, point 1: while a session is served, nothing a student can fetch from the live server without the token holds a
// key. Requests every file of the real dist/ (the deck) and dist-live/ (the live pages), and the public API routes, and
// searches each answer for every question's explanation, evidence, options' feedback, accepted answers and key fields. The same search over
// dist/ on disk finds every explanation and evidence quote, and over the quizzes written as object literals every key
// field (the deck's content chunk writes each object as its shape and values, so its keys do not sit beside their
// names), so a search that finds nothing means something. Needs `npm run build && npm run build:live`.
import type { Question } from '../../logic/kinds/registry.ts'
import type { LiveServer } from '../../node/live/server.ts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIVE_GRADEBOOK_PATH, LIVE_INFO_PATH, LIVE_PAGES, LIVE_QR_PATH, LIVE_REPORT_CSV_PATH, LIVE_REPORT_PATH, LIVE_RESULTS_PATH, LIVE_ROOM_SCALE_MODULE, livePollRoomPath } from '../../logic/live/paths.ts'
import { createLiveServer } from '../../node/live/server.ts'
import { content, tempSite } from './helpers.ts'

const distDir = join(process.cwd(), 'dist')
const liveDistDir = join(process.cwd(), 'dist-live')
if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(liveDistDir, 'student.html')))
  throw new Error('keys.test.ts searches the built deck and live pages: run npm run build && npm run build:live first.')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(e => e.isFile()).map(e => join(e.parentPath, e.name))
}

const PLAIN_RUN = /[\w ]{20,}/g
const SPECIAL = /[.*+?^${}()|[\]\\]/g
const escape = (text: string) => text.replace(SPECIAL, '\\$&')

/** The longest stretch of letters, digits and spaces (as a bundler writes it unescaped), at most 40 characters. */
function plainRun(text: string): string | undefined {
  const runs = text.match(PLAIN_RUN)?.map(r => r.trim()).filter(r => r.length >= 16) ?? []
  return runs.sort((a, b) => b.length - a.length)[0]?.slice(0, 40)
}

/** A value as a minifier may write it: strings in any quotes, numbers also in exponent form (5000 → 5e3). */
function literal(value: unknown): string | undefined {
  if (typeof value === 'string')
    return `[\`"'\\\\]{1,2}${escape(value)}[\`"'\\\\]`
  if (typeof value === 'number')
    return `(?:${escape(String(value))}|${escape(value.toExponential().replace('+', ''))})\\b`
  return undefined
}

interface Secret { question: string, what: string, pattern: RegExp, kind: 'text' | 'field' }

/** What must not reach a student: explanation, evidence quotes, accepted answers and the key fields, per question. */
function secretsOf(question: Question): Secret[] {
  const secrets: Secret[] = []
  const text = (what: string, value: string) => {
    const run = plainRun(value)
    if (run)
      secrets.push({ question: question.id, what, pattern: new RegExp(escape(run)), kind: 'text' })
  }
  const field = (what: string, name: string, value: unknown) => {
    const first = Array.isArray(value) ? value[0] : (value && typeof value === 'object') ? Object.entries(value)[0] : value
    const pattern = Array.isArray(first) ? `${escape(first[0])}\\W{0,4}${literal(first[1])}` : literal(first)
    if (pattern)
      secrets.push({ question: question.id, what, pattern: new RegExp(`${name}\\W{0,4}[[{]?${pattern}`), kind: 'field' })
  }
  text('explanation', question.explanation)
  question.evidence.forEach((e, i) => text(`evidence ${i + 1}`, e.quote))
  if (question.kind === 'single' || question.kind === 'multiple')
    question.options.forEach(o => o.feedback && text(`option ${o.id} feedback`, o.feedback))
  if (question.kind === 'text')
    field('accept', 'accept', question.accept)
  else if (question.kind !== 'truefalse') // `answer:!0` is too common a shape to tell a key from code; its explanation is searched.
    field('answer', 'answer', question.answer)
  // A tolerance of 0 is every exact question's and tells nothing (code writes `tolerance??0` too).
  if (question.kind === 'numeric' && question.tolerance)
    field('tolerance', 'tolerance', question.tolerance)
  return secrets
}

const secrets = content.quizzes.flatMap(quiz => quiz.questions.flatMap(secretsOf))

function leaks(body: string): string[] {
  return secrets.filter(s => s.pattern.test(body)).map(s => `${s.question} ${s.what}`)
}

const site = tempSite()
let server: LiveServer
beforeAll(async () => {
  server = await createLiveServer({ port: 0, host: '127.0.0.1', dbPath: site.dbPath, distDir, liveDistDir, content })
})
afterAll(async () => {
  await server.close()
  site.remove()
})

/** Each file's URL on the live server. */
function urlOf(dir: string, file: string): string {
  const path = relative(dir, file).split('\\').join('/')
  if (dir === distDir)
    return `/${path}`
  const page = Object.entries(LIVE_PAGES).find(([name]) => path === `${name}.html`)
  return page ? page[1] : `/live/${path}`
}

describe('no key without the lecturer token', () => {
  it('the search finds every question\'s explanation and evidence in the deck as built, and every key field in the quizzes written out (so finding nothing below means something)', () => {
    expect(secrets.length).toBeGreaterThan(content.quizzes.flatMap(q => q.questions).length * 2)
    const deck = files(distDir).map(file => readFileSync(file, 'utf8')).join('\n')
    const written = JSON.stringify(content.quizzes)
    expect(secrets.filter(s => !s.pattern.test(s.kind === 'text' ? deck : written)).map(s => `${s.question} ${s.what}: ${s.pattern}`)).toEqual([])
  })

  it.each([
    ...files(distDir).map(file => [urlOf(distDir, file)]),
    ...files(liveDistDir).map(file => [urlOf(liveDistDir, file)]),
    [LIVE_INFO_PATH],
    [LIVE_QR_PATH],
    [LIVE_RESULTS_PATH],
    [LIVE_GRADEBOOK_PATH],
    [LIVE_REPORT_PATH],
    [LIVE_REPORT_CSV_PATH],
    [livePollRoomPath('where-you-stand')],
  ])('GET %s without the token holds no key', async (path) => {
    const response = await fetch(`${server.url}${path}`)
    const body = await response.text()
    expect(leaks(body)).toEqual([])
    if (path.startsWith('/live/assets/') || Object.values(LIVE_PAGES).includes(path as never))
      expect(response.status).toBe(200)
  })

  it('serves the deck to a browser that has shown the token (the control page does), and to no other', async () => {
    const index = `${server.url}/`
    expect((await fetch(index)).status).toBe(401)
    const unlock = await fetch(`${server.url}/live/api/deck`, { method: 'POST', headers: { authorization: `Bearer ${server.token}` } })
    const cookie = unlock.headers.get('set-cookie')!.split(';')[0]!
    const deck = await fetch(index, { headers: { cookie } })
    expect(deck.status).toBe(200)
    expect(await deck.text()).toContain('<div id="app">')
  })

  it('serves the room on the deck\'s opinion scales from the live build by the stable names the deck imports', async () => {
    const module = await fetch(`${server.url}${LIVE_ROOM_SCALE_MODULE}`)
    expect(module.status).toBe(200)
    expect(module.headers.get('content-type')).toMatch(/^(?:text|application)\/javascript/)
    expect(await module.text()).toMatch(/export\s*\{[^}]*\bas mountRoomScale\b/)
    const stylesheet = await fetch(`${server.url}${LIVE_ROOM_SCALE_MODULE.replace(/\.js$/, '.css')}`)
    expect(stylesheet.status).toBe(200)
    expect(await stylesheet.text()).toContain('.pm-room')
  })
})
