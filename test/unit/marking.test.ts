// Marking tables: every question kind, with edge cases (empty answers, every
// option picked, unknown ids, spacing, Unicode quotes and dashes).
import type { Evidence } from '../../logic/content/common.ts'
import type { Answer, Question, QuestionOf } from '../../logic/kinds/registry.ts'
import type { Verdict } from '../../logic/marking/mark.ts'
import { describe, expect, it } from 'vitest'
import { kindNames, kindOf } from '../../logic/kinds/registry.ts'
import { markAnswer, markAttempt } from '../../logic/marking/attempt.ts'

const base = {
  prompt: 'A question',
  explanation: 'Because.',
  objective: 'blackberry-case',
  evidence: [{ source: 'sf-blackberry-exit', quote: 'x' }] as Evidence[],
}

const single: QuestionOf<'single'> = {
  ...base,
  id: 'single',
  kind: 'single',
  points: 2,
  options: [{ id: 'pta', text: 'PTA' }, { id: 'court', text: 'A court' }, { id: 'un', text: 'The U.N.' }],
  answer: 'pta',
}

const multiple: QuestionOf<'multiple'> = {
  ...base,
  id: 'multiple',
  kind: 'multiple',
  points: 4,
  options: ['a', 'b', 'c', 'd', 'e'].map(id => ({ id, text: id.toUpperCase() })),
  answer: ['a', 'b'],
}

const trueFalse: QuestionOf<'truefalse'> = { ...base, id: 'tf', kind: 'truefalse', points: 1, answer: false }

const numeric: QuestionOf<'numeric'> = { ...base, id: 'num', kind: 'numeric', points: 1, answer: 5000, tolerance: 0, unit: 'users' }
const billions: QuestionOf<'numeric'> = { ...base, id: 'bn', kind: 'numeric', points: 1, answer: 1.5, tolerance: 0.05, unit: 'billion' }

const text: QuestionOf<'text'> = {
  ...base,
  id: 'text',
  kind: 'text',
  points: 1,
  accept: ['Pakistan Telecommunications Authority', 'PTA'],
}

const ordering: QuestionOf<'ordering'> = {
  ...base,
  id: 'order',
  kind: 'ordering',
  points: 4,
  items: ['july', 'nov', 'monday', 'dec'].map(id => ({ id, text: id })),
  answer: ['july', 'nov', 'monday', 'dec'],
}

const matching: QuestionOf<'matching'> = {
  ...base,
  id: 'match',
  kind: 'matching',
  points: 3,
  prompts: [{ id: 'q1', text: 'black hole' }, { id: 'q2', text: 'staggering' }, { id: 'q3', text: 'largest violation' }],
  options: [{ id: 'uk', text: 'UK source' }, { id: 'eff', text: 'EFF' }, { id: 'snowden', text: 'Snowden' }, { id: 'bb', text: 'BlackBerry' }],
  answer: { q1: 'uk', q2: 'eff', q3: 'snowden' },
}

type Row = [name: string, question: Question, answer: Answer | undefined, score: number, verdict: Verdict]

const rows: Row[] = [
  // single choice
  ['single: right option', single, 'pta', 2, 'correct'],
  ['single: wrong option', single, 'court', 0, 'wrong'],
  ['single: another wrong option', single, 'un', 0, 'wrong'],
  ['single: nothing chosen', single, undefined, 0, 'unanswered'],
  ['single: empty string', single, '', 0, 'unanswered'],
  ['single: unknown option id', single, 'nasa', 0, 'wrong'],
  ['single: id with different case is not an id', single, 'PTA', 0, 'wrong'],
  ['single: id with spaces is not an id', single, ' pta ', 0, 'wrong'],
  // multiple select: fraction = right/2 − wrong/3, never below 0
  ['multiple: both right', multiple, ['a', 'b'], 4, 'correct'],
  ['multiple: order does not matter', multiple, ['b', 'a'], 4, 'correct'],
  ['multiple: one of two right', multiple, ['a'], 2, 'partial'],
  ['multiple: both right plus one wrong', multiple, ['a', 'b', 'c'], 2.67, 'partial'],
  ['multiple: one right one wrong', multiple, ['a', 'c'], 0.67, 'partial'],
  ['multiple: every option picked scores 0', multiple, ['a', 'b', 'c', 'd', 'e'], 0, 'wrong'],
  ['multiple: only wrong picks, never below 0', multiple, ['c', 'd'], 0, 'wrong'],
  ['multiple: nothing picked', multiple, [], 0, 'unanswered'],
  ['multiple: unknown ids ignored', multiple, ['a', 'b', 'zzz'], 4, 'correct'],
  ['multiple: only unknown ids', multiple, ['zzz'], 0, 'unanswered'],
  ['multiple: repeated pick counts once', multiple, ['a', 'a'], 2, 'partial'],
  // true / false
  ['truefalse: right (false)', trueFalse, false, 1, 'correct'],
  ['truefalse: wrong (true)', trueFalse, true, 0, 'wrong'],
  ['truefalse: unanswered', trueFalse, undefined, 0, 'unanswered'],
  ['truefalse: true key, true answer', { ...trueFalse, answer: true }, true, 1, 'correct'],
  ['truefalse: true key, false answer', { ...trueFalse, answer: true }, false, 0, 'wrong'],
  ['truefalse: 2 points', { ...trueFalse, points: 2 }, false, 2, 'correct'],
  ['truefalse: half a point', { ...trueFalse, points: 0.5 }, false, 0.5, 'correct'],
  ['truefalse: half a point, wrong', { ...trueFalse, points: 0.5 }, true, 0, 'wrong'],
  // numeric
  ['numeric: plain', numeric, '5000', 1, 'correct'],
  ['numeric: thousands comma', numeric, '5,000', 1, 'correct'],
  ['numeric: thousands space', numeric, '5 000', 1, 'correct'],
  ['numeric: narrow no-break space', numeric, '5\u202F000', 1, 'correct'],
  ['numeric: with the unit', numeric, '5,000 users', 1, 'correct'],
  ['numeric: surrounding whitespace', numeric, '  5000\n', 1, 'correct'],
  ['numeric: off by one with zero tolerance', numeric, '5001', 0, 'wrong'],
  ['numeric: a hedge and number words', numeric, 'about five thousand', 1, 'correct'],
  ['numeric: not a number', numeric, 'lots', 0, 'wrong'],
  ['numeric: a bound is not the number', numeric, 'over 5000', 0, 'wrong'],
  ['numeric: empty', numeric, '', 0, 'unanswered'],
  ['numeric: only spaces', numeric, '   ', 0, 'unanswered'],
  ['numeric: any unit word after the number', numeric, '5000 BES users', 1, 'correct'],
  ['numeric: a different number with the unit', numeric, 'about 4,000 users', 0, 'wrong'],
  ['numeric: a scale word in the question\'s unit', billions, '1.5 billion people', 1, 'correct'],
  ['numeric: a scale suffix', billions, '1.5bn', 1, 'correct'],
  ['numeric: million is not billion', billions, '1.5 million', 0, 'wrong'],
  ['numeric: decimal within tolerance', billions, '1.5', 1, 'correct'],
  ['numeric: decimal comma', billions, '1,5', 1, 'correct'],
  ['numeric: at the edge of the tolerance', billions, '1.55', 1, 'correct'],
  ['numeric: just outside the tolerance', billions, '1.56', 0, 'wrong'],
  ['numeric: Unicode minus is negative', billions, '\u22121.5', 0, 'wrong'],
  // short text
  ['text: canonical answer', text, 'Pakistan Telecommunications Authority', 1, 'correct'],
  ['text: accepted abbreviation', text, 'PTA', 1, 'correct'],
  ['text: case does not count', text, 'pakistan telecommunications authority', 1, 'correct'],
  ['text: punctuation does not count', text, 'P.T.A.', 1, 'correct'],
  ['text: extra spaces and a dash', text, '  Pakistan  Telecommunications\u2013Authority ', 1, 'correct'],
  ['text: curly quotes do not count', text, '\u201CPTA\u201D', 1, 'correct'],
  ['text: wrong body', text, 'National Assembly', 0, 'wrong'],
  ['text: partial name is wrong', text, 'Telecommunications Authority', 0, 'wrong'],
  ['text: an article does not count', text, 'the PTA', 1, 'correct'],
  ['text: the abbreviation in brackets', text, 'Pakistan Telecommunications Authority (PTA)', 1, 'correct'],
  ['text: the expansion in brackets', text, 'PTA (Pakistan Telecommunications Authority)', 1, 'correct'],
  ['text: a wrong body in brackets', text, 'PTA (National Assembly)', 0, 'wrong'],
  ['text: a possessive ending does not count', text, 'Pakistan\u2019s Telecommunications Authority', 1, 'correct'],
  ['text: spacing inside a token', text, 'Pakistan Tele communications Authority', 1, 'correct'],
  ['text: empty', text, '', 0, 'unanswered'],
  ['text: only punctuation', text, '...', 0, 'unanswered'],
  ['text: accents folded', { ...text, accept: ['Café'] }, 'cafe', 1, 'correct'],
  // ordering: a share per item in its right place
  ['ordering: all in place', ordering, ['july', 'nov', 'monday', 'dec'], 4, 'correct'],
  ['ordering: last two swapped', ordering, ['july', 'nov', 'dec', 'monday'], 2, 'partial'],
  ['ordering: reversed', ordering, ['dec', 'monday', 'nov', 'july'], 0, 'wrong'],
  ['ordering: shifted by one', ordering, ['dec', 'july', 'nov', 'monday'], 0, 'wrong'],
  ['ordering: one item in place', ordering, ['july', 'dec', 'nov', 'monday'], 1, 'partial'],
  ['ordering: empty', ordering, [], 0, 'unanswered'],
  ['ordering: too short', ordering, ['july', 'nov'], 2, 'partial'],
  ['ordering: unknown ids get no credit', ordering, ['x', 'nov', 'y', 'dec'], 2, 'partial'],
  ['ordering: repeated id', ordering, ['july', 'july', 'july', 'july'], 1, 'partial'],
  // matching: a share per prompt
  ['matching: all right', matching, { q1: 'uk', q2: 'eff', q3: 'snowden' }, 3, 'correct'],
  ['matching: two right', matching, { q1: 'uk', q2: 'eff', q3: 'bb' }, 2, 'partial'],
  ['matching: one left empty', matching, { q1: 'uk', q2: 'eff' }, 2, 'partial'],
  ['matching: empty selects', matching, { q1: '', q2: '', q3: '' }, 0, 'unanswered'],
  ['matching: nothing', matching, {}, 0, 'unanswered'],
  ['matching: all wrong', matching, { q1: 'bb', q2: 'bb', q3: 'bb' }, 0, 'wrong'],
  ['matching: unknown option', matching, { q1: 'nobody', q2: 'eff', q3: 'snowden' }, 2, 'partial'],
  ['matching: unknown prompt ignored', matching, { q1: 'uk', q2: 'eff', q3: 'snowden', q9: 'bb' }, 3, 'correct'],
  ['matching: distractor chosen', matching, { q1: 'uk', q2: 'bb', q3: 'snowden' }, 2, 'partial'],
]

describe('markAnswer', () => {
  it.each(rows)('%s', (_name, question, answer, score, verdict) => {
    const mark = markAnswer(question, answer)
    expect(mark.score).toBe(score)
    expect(mark.verdict).toBe(verdict)
    expect(mark.max).toBe(question.points)
  })

  it.each(kindNames)('has at least 8 cases for the %s kind', (kind) => {
    expect(rows.filter(([, question]) => question.kind === kind).length).toBeGreaterThanOrEqual(8)
  })

  it.each<[string, Question, unknown]>([
    ['a number for a single choice', single, 3],
    ['a string for a multiple select', multiple, 'a'],
    ['a string for true/false', trueFalse, 'false'],
    ['an array for a matching', matching, ['uk']],
  ])('treats %s (a stored answer of the wrong shape) as unanswered, with a note', (_name, question, answer) => {
    const mark = markAnswer(question, answer)
    expect(mark).toMatchObject({ score: 0, verdict: 'unanswered' })
    expect(mark.note).toMatch(/wrong shape/)
  })

  it('says why a numeric answer could not be read', () => {
    expect(markAnswer(numeric, 'lots').note).toBe('"lots" is not a number we could read.')
  })

  it('says which ids it ignored in a multiple select', () => {
    expect(markAnswer(multiple, ['a', 'zzz']).note).toBe('Ignored "zzz": not among the options.')
  })

  it.each<[string, Question, Answer, Record<string, string>]>([
    ['single, wrong pick', single, 'court', { pta: 'missed', court: 'wrong' }],
    ['multiple, mixed', multiple, ['a', 'c'], { a: 'correct', b: 'missed', c: 'wrong', d: 'neutral', e: 'neutral' }],
    ['truefalse, wrong', trueFalse, true, { true: 'wrong', false: 'missed' }],
    ['ordering, swapped', ordering, ['july', 'nov', 'dec', 'monday'], { july: 'correct', nov: 'correct', monday: 'wrong', dec: 'wrong' }],
    ['matching, one empty', matching, { q1: 'uk', q2: 'bb' }, { q1: 'correct', q2: 'wrong', q3: 'missed' }],
  ])('gives per-part verdicts for feedback: %s', (_name, question, answer, parts) => {
    expect(markAnswer(question, answer).parts).toEqual(parts)
  })
})

describe('markAttempt', () => {
  const questions: Question[] = [single, multiple, trueFalse, numeric]

  it.each<[string, Record<string, unknown>, number, number, boolean, number]>([
    ['everything right', { single: 'pta', multiple: ['a', 'b'], tf: false, num: '5,000' }, 8, 100, true, 4],
    ['nothing answered', {}, 0, 0, false, 0],
    ['half the points', { single: 'pta', multiple: ['a'], tf: true, num: '' }, 4, 50, false, 3],
    ['exactly the pass mark', { single: 'pta', multiple: ['a', 'b'], tf: true, num: '1' }, 6, 75, true, 4],
    ['unknown question ids ignored', { ghost: 'x', single: 'pta' }, 2, 25, false, 1],
    ['partial credit summed', { multiple: ['a', 'b', 'c'] }, 2.67, 33.4, false, 1],
  ])('%s', (_name, answers, score, percentage, passed, answered) => {
    const result = markAttempt(questions, answers, 75)
    expect(result).toMatchObject({ score, max: 8, percentage, passed, answered })
    expect(Object.keys(result.marks)).toEqual(questions.map(q => q.id))
  })

  it('is deterministic', () => {
    const answers = { single: 'court', multiple: ['a', 'd'], tf: false, num: '5 000' }
    expect(markAttempt(questions, answers, 50)).toEqual(markAttempt(questions, answers, 50))
  })
})

describe('describeKey', () => {
  it.each<[string, Question, string]>([
    ['single', single, 'PTA'],
    ['multiple', multiple, 'A; B'],
    ['truefalse', trueFalse, 'False'],
    ['numeric', numeric, '5,000 users'],
    ['text', text, 'Pakistan Telecommunications Authority (also accepted: PTA)'],
    ['ordering', ordering, '1. july; 2. nov; 3. monday; 4. dec'],
    ['matching', matching, 'black hole → UK source; staggering → EFF; largest violation → Snowden'],
  ])('says the key of a %s question in words, on one line that reads in HTML', (_kind, question, words) => {
    expect(kindOf(question).describeKey(question)).toBe(words)
  })
})
