// Scoring tables: every exported QTI 2.1 item, run through a QTI interpreter
// (qti-engine.ts), gives the deck's mark for the same answer, for every kind
// and every quiz, including the sums of shares (3 ÷ 7 seven times) that used to
// fall short of MAXSCORE. Text entries accept what the deck accepts.
import type { Quiz } from '../../logic/content/quiz.ts'
import type { Question } from '../../logic/kinds/registry.ts'
import type { QtiValue } from './qti-engine.ts'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { compileContent } from '../../logic/content/compile.ts'
import { questionToQtiItem } from '../../logic/interchange/qti-item.ts'
import { quizToQtiPackage } from '../../logic/interchange/qti-package.ts'
import { TEST_HREF } from '../../logic/interchange/qti-test.ts'
import { markAnswer, markAttempt } from '../../logic/marking/attempt.ts'
import { readContentFiles } from '../../node/read-content.ts'
import { everyKind, nastyQuiz } from './interchange-fixture.ts'
import { scoreItem, scoreTest } from './qti-engine.ts'

const compiled = compileContent(readContentFiles(process.cwd()))
if (!compiled.ok)
  throw new Error('content does not validate: run npm run validate')
const quizzes: Quiz[] = [...compiled.value.quizzes, nastyQuiz]

/** One answer as the deck stores it and as a QTI response. */
interface Response {
  deck: unknown
  qti: QtiValue
}

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map(s => [...s, item])], [[]])
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1)
    return [[...items]]
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map(rest => [item, ...rest]))
}

/** Every prompt → option assignment (or none), up to `limit` of them. */
function assignments(prompts: string[], options: string[], limit = 5000): Array<Record<string, string>> {
  let all: Array<Record<string, string>> = [{}]
  for (const prompt of prompts) {
    all = all.flatMap(a => [a, ...options.map(o => ({ ...a, [prompt]: o }))])
    if (all.length > limit)
      all = all.filter((_, i) => i % 7 === 0)
  }
  return all
}

/** Ways people type an accepted answer (and a few near misses): the deck's marker decides which count. */
function textVariants(accepted: string): string[] {
  return [
    accepted,
    accepted.toUpperCase(),
    accepted.toLowerCase(),
    `  ${accepted}  `,
    `${accepted}.`,
    `${accepted}!`,
    accepted.replace(/ /g, '  '),
    accepted.replace(/ /g, '-'),
    accepted.replace(/ /g, ''),
    accepted.replace(/'/g, '’'),
    accepted.replace(/e/g, 'é'),
    `"${accepted}"`,
    `the ${accepted}`,
    accepted.slice(0, -1),
    accepted.split('').join('.'),
  ]
}

/** The key as an answer. */
function keyResponse(q: Question): Response {
  switch (q.kind) {
    case 'single': return { deck: q.answer, qti: `C_${q.answer}` }
    case 'truefalse': return { deck: q.answer, qti: `C_${q.answer}` }
    case 'multiple': return { deck: q.answer, qti: q.answer.map(id => `C_${id}`) }
    case 'numeric': return { deck: String(q.answer), qti: q.answer }
    case 'text': return { deck: q.accept[0], qti: q.accept[0] ?? null }
    case 'ordering': return { deck: q.answer, qti: q.answer.map(id => `I_${id}`) }
    case 'matching': return { deck: q.answer, qti: Object.entries(q.answer).map(([p, o]) => `P_${p} O_${o}`) }
  }
}

function responses(q: Question): Response[] {
  switch (q.kind) {
    case 'single':
      return q.options.map(o => ({ deck: o.id, qti: `C_${o.id}` }))
    case 'truefalse':
      return [true, false].map(b => ({ deck: b, qti: `C_${b}` }))
    case 'multiple':
      return subsets(q.options.map(o => o.id)).map(ids => ({ deck: ids, qti: ids.map(id => `C_${id}`) }))
    case 'numeric': {
      const t = q.tolerance
      return [q.answer, q.answer + t, q.answer - t, q.answer + t * 1.5 + 0.01, q.answer - t * 1.5 - 0.01, 0, q.answer * 2 + 1]
        .map(n => ({ deck: String(n), qti: n }))
    }
    case 'text':
      return q.accept.flatMap(textVariants).map(s => ({ deck: s, qti: s }))
    case 'ordering':
      return permutations(q.items.map(i => i.id)).slice(0, 5040).map(ids => ({ deck: ids, qti: ids.map(id => `I_${id}`) }))
    case 'matching':
      return assignments(q.prompts.map(p => p.id), q.options.map(o => o.id)).map(a => ({ deck: a, qti: Object.entries(a).map(([p, o]) => `P_${p} O_${o}`) }))
  }
}

const rows = quizzes.flatMap(quiz => quiz.questions.map(q => [`${quiz.id}/${q.id} (${q.kind}, ${q.points} points)`, quiz, q] as [string, Quiz, Question]))

describe('QTI 2.1 scoring against the deck\'s marker', () => {
  let compared = 0
  it.each(rows)('%s: every response scores the deck\'s mark', (_, quiz, q) => {
    const { xml } = questionToQtiItem(quiz.id, q)
    for (const { deck, qti } of responses(q)) {
      const expected = markAnswer(q, deck).score
      const outcomes = scoreItem(xml, qti)
      expect({ answer: deck, score: outcomes.get('SCORE') }).toEqual({ answer: deck, score: expected })
      compared++
    }
    expect(compared).toBeGreaterThan(0)
  })

  it('a full answer to the 3-point question of seven 3/7 shares scores exactly MAXSCORE', () => {
    const quote = compiled.value.quizzes.find(quiz => quiz.id === 'final-review')?.questions.find(q => q.id === 'quote-speaker')
    expect(quote?.kind).toBe('matching')
    if (quote?.kind !== 'matching')
      return
    const outcomes = scoreItem(questionToQtiItem('final-review', quote).xml, Object.entries(quote.answer).map(([p, o]) => `P_${p} O_${o}`))
    expect(outcomes.get('SCORE')).toBe(3)
    expect(outcomes.get('SCORE')).toBe(outcomes.get('MAXSCORE'))
  })

  it.each([
    ['the key', ['order', 'deadline', 'exit'], 4],
    ['two of three in place', ['order', 'exit', 'deadline'], 1.33],
    ['none in place', ['exit', 'order', 'deadline'], 0],
    ['unanswered', [], 0],
  ])('ordering: %s scores %s, rounded to two decimals as in the deck', (_, ids, score) => {
    const outcomes = scoreItem(questionToQtiItem('nasty', everyKind.ordering).xml, ids.map(id => `I_${id}`))
    expect(outcomes.get('SCORE')).toBe(score)
    expect(markAnswer(everyKind.ordering, ids).score).toBe(score)
  })

  it.each([
    ['Pakistan Telecommunications Authority', 1],
    ['pakistan telecommunications authority', 1],
    ['  Pakistan   Telecommunications Authority. ', 1],
    ['Pakistan Telecommunications-Authority', 1],
    ['Pakistän Telecommunications Authority', 1],
    ['P.T.A.', 1],
    ['“pta”', 1],
    ['PTA short 1', 1],
    ['P T A', 0],
    ['Pakistan Telecommunication Authority', 0],
    ['the PTA', 0],
    ['', 0],
  ])('short text: "%s" scores %s in QTI and in the deck', (answer, score) => {
    const outcomes = scoreItem(questionToQtiItem('nasty', everyKind.text).xml, answer === '' ? null : answer)
    expect(outcomes.get('SCORE')).toBe(score)
    expect(markAnswer(everyKind.text, answer).score).toBe(score)
  })
})

describe('QTI 2.1 assessmentTest outcome processing against the deck\'s attempt marking', () => {
  it.each(quizzes.map(quiz => [quiz.id, quiz] as [string, Quiz]))('%s: total and pass as the deck works them out', (_, quiz) => {
    const files = quizToQtiPackage(quiz)
    // All right, all unanswered, every other question right, and the first answers tried above.
    const attempts = [
      (q: Question) => keyResponse(q),
      () => undefined,
      (q: Question, i: number) => (i % 2 === 0 ? keyResponse(q) : undefined),
      (q: Question) => responses(q)[1],
    ]
    for (const pick of attempts) {
      const chosen = quiz.questions.map((q, i) => pick(q, i))
      const items = quiz.questions.map((q, i) => scoreItem(files.get(`items/${q.id}.xml`) as string, chosen[i]?.qti ?? null))
      const outcomes = scoreTest(files.get(TEST_HREF) as string, items)
      const deck = markAttempt(quiz.questions, Object.fromEntries(quiz.questions.map((q, i) => [q.id, chosen[i]?.deck])), quiz.passMark)
      expect({ score: outcomes.get('SCORE'), max: outcomes.get('MAXSCORE'), pass: outcomes.get('PASS') }).toEqual({ score: deck.score, max: deck.max, pass: deck.passed })
    }
  })
})
