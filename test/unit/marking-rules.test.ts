// The marking rubric printed in the answer key and the README says what the
// marker does: each claim in a rule is checked against markAnswer, and the
// rubric in docs/presenting.md carries the same texts.
import type { Question } from '../../logic/kinds/registry.ts'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { questionSchemas } from '../../logic/content/questions/index.ts'
import { kindNames } from '../../logic/kinds/registry.ts'
import { markAnswer } from '../../logic/marking/attempt.ts'
import { markingRules } from '../../logic/print/marking-rules.ts'

const base = { prompt: 'Q?', points: 4, explanation: 'Because.', objective: 'concepts', evidence: [{ source: 'open-letter', quote: 'q' }] }
const abcd = ['a', 'b', 'c', 'd'].map(id => ({ id, text: id.toUpperCase() }))

function question(raw: Record<string, unknown>): Question {
  const kind = raw.kind as Question['kind']
  return questionSchemas[kind].schema.parse({ id: 'q', ...base, ...raw }) as Question
}

const single = question({ kind: 'single', options: abcd, answer: 'a' })
const multiple = question({ kind: 'multiple', options: abcd, answer: ['a', 'b'] })
const numeric = question({ kind: 'numeric', answer: 5000, tolerance: 0, unit: 'users' })
const decimal = question({ kind: 'numeric', answer: 1.5, tolerance: 0 })
const billion = question({ kind: 'numeric', answer: 1.5, tolerance: 0, unit: 'billion' })
const text = question({ kind: 'text', accept: ['Pakistan Telecommunications Authority', 'PTA'] })
const ordering = question({ kind: 'ordering', items: abcd, answer: ['a', 'b', 'c', 'd'] })
const matching = question({ kind: 'matching', prompts: abcd.slice(0, 2), options: abcd, answer: { a: 'c', b: 'd' } })

describe('markingRules', () => {
  it.each([
    ['single: all or nothing', single, 'b', 0],
    ['multiple: right ticks ÷ right options', multiple, ['a'], 2],
    ['multiple: minus wrong ticks ÷ wrong options', multiple, ['a', 'b', 'c'], 2],
    ['multiple: never below 0', multiple, ['c', 'd'], 0],
    ['multiple: ticking every option scores 0', multiple, ['a', 'b', 'c', 'd'], 0],
    ['numeric: "5 000" reads as 5000', numeric, '5 000', 4],
    ['numeric: "about 5,000" reads as 5000', numeric, 'about 5,000', 4],
    ['numeric: "~5000" reads as 5000', numeric, '~5000', 4],
    ['numeric: "five thousand" reads as 5000', numeric, 'five thousand', 4],
    ['numeric: "5k" reads as 5000', numeric, '5k', 4],
    ['numeric: "5000 BES users" reads as 5000', numeric, '5000 BES users', 4],
    ['numeric: number words up to ninety-nine', question({ kind: 'numeric', answer: 99, tolerance: 0 }), 'ninety-nine', 4],
    ['numeric: "1.5 million" is not 1.5 billion', billion, '1.5 million', 0],
    ['numeric: "bn" in the question\'s unit', billion, '1.5bn', 4],
    ['numeric: a bound scores 0', numeric, 'over 5,000', 0],
    ['numeric: a range scores 0', numeric, '5000 to 6000', 0],
    ['numeric: a decimal comma counts as a point', decimal, '1,5', 4],
    ['text: case, punctuation and spacing do not count', text, ' p.t.a ', 4],
    ['text: spacing inside a word does not count', text, 'Pakistan Telecommunications Author ity', 4],
    ['text: articles do not count', text, 'the PTA', 4],
    ['text: possessive endings do not count', text, 'Pakistan\'s Telecommunications Authority', 4],
    ['text: titles do not count', question({ kind: 'text', accept: ['Pillay'] }), 'Ms Pillay', 4],
    ['text: an abbreviation in brackets, both parts accepted', text, 'Pakistan Telecommunications Authority (PTA)', 4],
    ['text: an expansion in brackets, both parts accepted', text, 'PTA (Pakistan Telecommunications Authority)', 4],
    ['text: a bracketed part that is not accepted scores 0', text, 'PTA (National Assembly)', 0],
    ['ordering: 2 of 4 in place earn half', ordering, ['a', 'b', 'd', 'c'], 2],
    ['matching: an empty pair earns nothing', matching, { a: 'c', b: '' }, 2],
  ] as const)('%s', (_claim, q, answer, score) => {
    expect(markAnswer(q, answer).score).toBe(score)
  })

  it.each(kindNames)('has the same %s rule in docs/presenting.md', (kind) => {
    const readme = readFileSync('docs/presenting.md', 'utf8')
    const section = readme.slice(readme.indexOf('### Marking rubric'))
    expect(section).toContain(markingRules[kind])
  })
})
