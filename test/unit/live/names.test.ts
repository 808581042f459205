// Display names: bidirectional overrides and other format characters are taken out, names that draw nothing or hold a lone surrogate are refused, and names that look the same are the same name.
import { describe, expect, it } from 'vitest'
import { cleanName, nameKey } from '../../../logic/live/names.ts'

describe('cleanName', () => {
  it.each([
    ['Ada', 'Ada'],
    ['  Ada   Lovelace ', 'Ada Lovelace'],
    ['Zoë O’Brien', 'Zoë O’Brien'],
    ['Zoe\u0308', 'Zoë'],
    ['李小龍', '李小龍'],
    ['مريم', 'مريم'],
    // Right-to-left override: "Ann\u202Egnp.exe" would show as "Annexe.png".
    ['Ann\u202Egnp.exe', 'Anngnp.exe'],
    ['\u2067Ben\u2069', 'Ben'],
    ['Ca\u200Bt', 'Cat'],
    ['\uFEFFDee', 'Dee'],
    ['Ed\u00AD', 'Ed'],
  ])('%j is shown as %j', (raw, shown) => {
    expect(cleanName(raw)).toEqual({ ok: true, name: shown })
  })

  it.each([
    ['zero-width only', '\u200B\u200C\u200D', 'Please enter a name with visible letters.'],
    ['a bidi override only', '\u202E', 'Please enter a name with visible letters.'],
    ['Hangul fillers', '\u3164\u115F', 'Please enter a name with visible letters.'],
    ['a braille blank', '\u2800\u2800', 'Please enter a name with visible letters.'],
    ['combining marks only', '\u0301\u0308', 'Please enter a name with visible letters.'],
    ['no-break spaces', '\u00A0\u2003', 'Please enter a name with visible letters.'],
    ['a lone high surrogate', 'Ann\uD83D', 'That name has a broken character in it; please type it again.'],
    ['a lone low surrogate', '\uDE00Ann', 'That name has a broken character in it; please type it again.'],
    ['a control character', 'Ann\u0007', 'Names are plain text on one line.'],
    ['a line break', 'Ann\nBob', 'Names are plain text on one line.'],
    ['41 characters', 'x'.repeat(41), 'Names may be at most 40 characters.'],
  ])('refuses %s', (_, raw, message) => {
    expect(cleanName(raw)).toEqual({ ok: false, message })
  })

  it('counts characters, not UTF-16 units (40 emoji fit)', () => {
    expect(cleanName('😀'.repeat(40)).ok).toBe(true)
  })
})

describe('nameKey', () => {
  it.each([
    ['Ann', 'ann'],
    ['ANN', 'Ann'],
    ['Ann Lee', 'ann lee '],
    ['Ann', 'Ａｎｎ'],
    ['Ann', 'A\u200Bnn'],
    ['Zoë', 'Zoe\u0308'],
  ])('%j and %j are the same name', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b))
  })

  it.each([
    ['Ann', 'Anne'],
    ['Ann L.', 'Ann K.'],
  ])('%j and %j are different names', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b))
  })
})
