// How typed answers are read: numbers in the forms people write them, and text
// compared without case, accents, punctuation or typographic differences.
import { describe, expect, it } from 'vitest'
import { normaliseAnswer, parseNumber } from '../../logic/text/normalise.ts'

describe('parseNumber', () => {
  it.each<[string, string | undefined, number | null]>([
    ['5000', undefined, 5000],
    ['5,000', undefined, 5000],
    ['5 000', undefined, 5000],
    ['5\u00A0000', undefined, 5000],
    ['1,500,000', undefined, 1500000],
    ['1.5', undefined, 1.5],
    ['1,5', undefined, 1.5],
    ['.5', undefined, 0.5],
    ['-3', undefined, -3],
    ['\u22123', undefined, -3],
    ['11 organisations', 'organisations', 11],
    ['11 Organisations', 'organisations', 11],
    ['11 groups', 'organisations', null],
    ['five', undefined, null],
    ['', undefined, null],
    ['5,00', undefined, 5],
    ['1e3', undefined, null],
    ['12abc', undefined, null],
  ])('reads %j (unit %s) as %s', (raw, unit, expected) => {
    expect(parseNumber(raw, unit)).toBe(expected)
  })
})

describe('normaliseAnswer', () => {
  it.each<[string, string]>([
    ['PTA', 'pta'],
    ['P.T.A.', 'pta'],
    ['  Pakistan   Telecommunications Authority ', 'pakistan telecommunications authority'],
    ['Telecommunications-Authority', 'telecommunications authority'],
    ['\u201CBlack hole\u201D', 'black hole'],
    ['Pakistan\u2019s', 'pakistans'],
    ['Pakistan\'s', 'pakistans'],
    ['Privacy\u00A0International', 'privacy international'],
    ['Électronique', 'electronique'],
    ['U.S./U.K.', 'us uk'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseAnswer(raw)).toBe(expected)
  })
})
