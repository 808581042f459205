// How typed answers are read: numbers in the forms people write them, and text
// compared without case, accents, punctuation or typographic differences.
import { describe, expect, it } from 'vitest'
import { isAcceptedAnswer, normaliseAnswer, parseNumber } from '../../logic/text/normalise.ts'

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
    // any unit word after the number, not only the configured one
    ['11 organizations', 'organisations', 11],
    ['11 groups', 'organisations', 11],
    ['5,000 BES users', 'users', 5000],
    ['1.5 billion people', 'billion', 1.5],
    ['4 people', 'officials', 4],
    // hedges
    ['about 5,000', 'users', 5000],
    ['around 5000', 'users', 5000],
    ['approximately 5 000 users', 'users', 5000],
    ['approx. 5000', 'users', 5000],
    ['~5000', 'users', 5000],
    ['~ 5,000', 'users', 5000],
    ['only about 5,000 BES users', 'users', 5000],
    // number words
    ['four', 'officials', 4],
    ['Four officials', 'officials', 4],
    ['eleven', 'organisations', 11],
    ['one', undefined, 1],
    ['twelve', undefined, 12],
    ['seventeen', undefined, 17],
    ['eighteen', undefined, 18],
    ['twenty', undefined, 20],
    ['twenty-one', undefined, 21],
    ['zero', undefined, 0],
    ['five thousand', 'users', 5000],
    ['about five thousand users', 'users', 5000],
    // scale words and suffixes, against the question's unit
    ['5k', 'users', 5000],
    ['5 thousand', 'users', 5000],
    ['1.5bn', 'billion', 1.5],
    ['1.5 bn', 'billion', 1.5],
    ['1.5 billion', 'billion', 1.5],
    ['1.5', 'billion', 1.5],
    ['1.5 million', 'billion', 0.0015],
    ['1500 million', 'billion', 1.5],
    ['1.5 billion', undefined, 1500000000],
    ['5 million', 'users', 5000000],
    // not one number: a bound, a range, a second number, letters stuck to it
    ['over 5000', 'users', null],
    ['5000 or more', 'users', null],
    ['5000 or fewer users', 'users', null],
    ['4 or 5', 'officials', null],
    ['four or five', 'officials', null],
    ['4-5', 'officials', null],
    ['5000+', 'users', null],
    ['5kusers', 'users', null],
    ['lots', undefined, null],
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
    ['Pakistan\u2019s', 'pakistan'],
    ['Pakistan\'s', 'pakistan'],
    ['the officials\u2019 letter', 'officials letter'],
    ['the PTA', 'pta'],
    ['A black hole', 'black hole'],
    ['an answer', 'answer'],
    ['Ms Pillay', 'pillay'],
    ['Ms. Navi Pillay', 'navi pillay'],
    ['theory', 'theory'],
    ['Privacy\u00A0International', 'privacy international'],
    ['Électronique', 'electronique'],
    ['U.S./U.K.', 'us uk'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseAnswer(raw)).toBe(expected)
  })
})

describe('isAcceptedAnswer', () => {
  const pta = ['Pakistan Telecommunications Authority', 'PTA', 'the country\'s Telecommunications Authority']
  const section = ['Section 38', '38', 'Section 38 of the PECB']
  it.each<[string, readonly string[], string, boolean]>([
    ['exact', pta, 'Pakistan Telecommunications Authority', true],
    ['an article', pta, 'the PTA', true],
    ['the expansion in brackets', pta, 'Pakistan Telecommunications Authority (PTA)', true],
    ['the abbreviation in brackets', pta, 'PTA (Pakistan Telecommunications Authority)', true],
    ['a possessive the document uses', pta, 'the country\u2019s Telecommunications Authority', true],
    ['no space inside a token', section, 'section38', true],
    ['no space inside words', ['black hole'], 'blackhole', true],
    ['an article and a space left out', ['black hole'], 'a blackhole', true],
    ['a longer form the document gives', section, 'Section 38 of the PECB', true],
    ['a title before the name', ['Navi Pillay', 'Pillay'], 'Ms Pillay', true],
    ['a wrong body', pta, 'National Assembly', false],
    ['a wrong body in brackets', pta, 'Pakistan Telecommunications Authority (National Assembly)', false],
    ['a wrong body with the right one in brackets', pta, 'National Assembly (PTA)', false],
    ['the right body with a wrong one in brackets', pta, 'PTA (Pakistan Telecommunication Company)', false],
    ['a wrong number', section, 'section 39', false],
    ['a wrong number run together', section, 'section39', false],
    ['another word run together', ['black hole'], 'black holes', false],
    ['another person', ['Navi Pillay', 'Pillay'], 'Ms Patel', false],
  ])('%s: %j in %j → %s', (_rule, accept, answer, expected) => {
    expect(isAcceptedAnswer(answer, accept)).toBe(expected)
  })
})
