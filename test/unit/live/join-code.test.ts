// The typed join code: its alphabet (no look-alikes), how a typed code is normalised and checked, that new codes
// are uniform over the alphabet and not made from the session id, and the join link that carries one.
import { describe, expect, it } from 'vitest'
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, joinCodeFromFragment, joinCodeProblem, joinLinkWithCode, newJoinCode, normaliseJoinCode, spacedJoinCode } from '../../../logic/live/join-code.ts'
import { JoinGate, settleJoinSettings } from '../../../node/live/join-gate.ts'

describe('the alphabet', () => {
  it('has 28 distinct symbols, upper-case letters and digits', () => {
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(28)
    expect(JOIN_CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/)
  })

  it.each(['0', 'O', '1', 'I', 'L', 'S', 'Z', 'U'])('leaves out %s, which reads like another symbol', (c) => {
    expect(JOIN_CODE_ALPHABET.toUpperCase()).not.toContain(c)
    expect(JOIN_CODE_ALPHABET).not.toContain(c.toLowerCase())
  })
})

describe('normaliseJoinCode', () => {
  it.each([
    ['K7MQ4X', 'K7MQ4X'],
    ['k7mq4x', 'K7MQ4X'],
    ['K7M Q4X', 'K7MQ4X'],
    ['k7m-q4x', 'K7MQ4X'],
    ['  k 7 m – q 4 x  ', 'K7MQ4X'],
    ['K7M—Q4X', 'K7MQ4X'],
    ['K7M_Q4X', 'K7MQ4X'],
    ['K7M.Q4X', 'K7MQ4X'],
    ['Ｋ７ＭＱ４Ｘ', 'K7MQ4X'],
    ['K7M\tQ4X\n', 'K7MQ4X'],
    ['', ''],
  ])('reads %o as %o', (typed, code) => {
    expect(normaliseJoinCode(typed)).toBe(code)
  })
})

describe('joinCodeProblem', () => {
  it.each([
    ['K7MQ4X', undefined],
    ['k7m-q4x', undefined],
    ['', 'Enter the join code shown on the projector.'],
    ['  - ', 'Enter the join code shown on the projector.'],
    ['K7MQ4', 'A join code has 6 characters; that was 5.'],
    ['K7MQ4XA', 'A join code has 6 characters; that was 7.'],
    ['K0MQ4X', 'A join code has only the letters and digits shown on the projector; it never holds "0".'],
    ['KOMQIX', 'A join code has only the letters and digits shown on the projector; it never holds "O", "I".'],
    ['k1mq4l', 'A join code has only the letters and digits shown on the projector; it never holds "1", "L".'],
    ['K7M?Q4', 'A join code has only the letters and digits shown on the projector; it never holds "?".'],
  ])('%o: %o', (typed, problem) => {
    expect(joinCodeProblem(typed)).toBe(problem)
  })
})

describe('newJoinCode', () => {
  it('makes six symbols of the alphabet, a different code each time', () => {
    const codes: string[] = []
    for (let i = 0; i < 200; i++)
      codes.push(newJoinCode())
    for (const code of codes) {
      expect(code).toHaveLength(JOIN_CODE_LENGTH)
      expect(joinCodeProblem(code)).toBeUndefined()
    }
    expect(new Set(codes).size).toBe(200)
  })

  it.each([
    ['bytes 0–27 map to the alphabet in order', [0, 1, 2, 3, 26, 27], 'ABCD89'],
    ['28 wraps to the first symbol', [28, 55, 56, 251, 3, 4], 'A9A9DE'],
  ])('%s', (_, bytes, code) => {
    expect(newJoinCode(() => Uint8Array.from(bytes))).toBe(code)
  })

  it('draws again for bytes 252–255, so no symbol is likelier than another', () => {
    const draws = [[252, 253, 254, 255, 0, 1], [2, 3, 4, 5, 6, 7]]
    expect(newJoinCode(() => Uint8Array.from(draws.shift()!))).toBe('ABCDEF')
  })

  it('is uniform over the alphabet (every symbol within 20 % of its share in 6,000 codes)', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 6000; i++) {
      for (const c of newJoinCode())
        counts.set(c, (counts.get(c) ?? 0) + 1)
    }
    const share = 6000 * JOIN_CODE_LENGTH / JOIN_CODE_ALPHABET.length
    expect([...counts.keys()].sort().join('')).toBe([...JOIN_CODE_ALPHABET].sort().join(''))
    for (const count of counts.values())
      expect(Math.abs(count - share) / share).toBeLessThan(0.2)
  })

  it('is not made from the session id: two sessions with the same id get different codes', () => {
    const a = settleJoinSettings('20261127-2000-abcdef', undefined, undefined).settings.joinCode
    const b = settleJoinSettings('20261127-2000-abcdef', undefined, undefined).settings.joinCode
    expect(a).not.toBe(b)
  })
})

describe('the join link', () => {
  it.each([
    ['http://192.168.1.20:4000/live/', 'K7MQ4X', 'http://192.168.1.20:4000/live/#code=K7MQ4X'],
    ['http://[fe80::1]:4000/live/', 'ABCDEF', 'http://[fe80::1]:4000/live/#code=ABCDEF'],
    ['http://h/live/#old', 'ABCDEF', 'http://h/live/#code=ABCDEF'],
  ])('%s with %s is %s', (url, code, link) => {
    expect(joinLinkWithCode(url, code)).toBe(link)
    expect(joinCodeFromFragment(new URL(link).hash)).toBe(code)
  })

  it.each([
    ['', undefined],
    ['#', undefined],
    ['#token=abc', undefined],
    ['#code=k7m-q4x', 'K7MQ4X'],
    ['#code=K7M%20Q4X', 'K7MQ4X'],
  ])('reads the fragment %o as %o', (hash, code) => {
    expect(joinCodeFromFragment(hash)).toBe(code)
  })

  it('is shown in two groups of three', () => {
    expect(spacedJoinCode('K7MQ4X')).toBe('K7M Q4X')
  })
})

describe('joinGate.checkCode', () => {
  const settings = { joinCode: 'K7MQ4X' }

  it.each([
    [undefined, 'code-required'],
    ['', 'code-required'],
    [' - ', 'code-required'],
    ['K7MQ4X', undefined],
    ['k7m q4x', undefined],
    ['K7M-Q4X', undefined],
    ['K7MQ4Y', 'code-refused'],
    ['K7MQ4', 'code-refused'],
  ])('%o: %o', (typed, refusal) => {
    expect(new JoinGate(settings).checkCode('10.0.0.1', typed)?.code).toBe(refusal)
  })

  it('after 3 wrong codes from one address refuses even the right one for a minute; other addresses are not affected', () => {
    let now = 0
    const gate = new JoinGate(settings, { capacity: 2, perSecond: 0.5 }, () => now)
    expect(gate.checkCode('10.0.0.1', 'AAAAAA')?.message).toContain('not this session\'s join code')
    expect(gate.checkCode('10.0.0.1', 'AAAAAB')?.code).toBe('code-refused')
    expect(gate.checkCode('10.0.0.1', 'AAAAAC')?.code).toBe('code-refused')
    expect(gate.checkCode('10.0.0.1', 'K7MQ4X')?.message).toContain('Too many wrong join codes')
    expect(gate.checkCode('10.0.0.2', 'K7MQ4X')).toBeUndefined()
    now = 59_000
    expect(gate.checkCode('10.0.0.1', 'K7MQ4X')?.message).toContain('Too many wrong join codes')
    now = 60_001
    expect(gate.checkCode('10.0.0.1', 'K7MQ4X')).toBeUndefined()
  })
})

describe('settleJoinSettings', () => {
  it.each([
    ['a new session gets a code and --ask-id', undefined, 'email', { askId: 'email' }, true],
    ['a resumed session keeps its code and identifier', { joinCode: 'ABCDEF', askId: 'number' }, undefined, { joinCode: 'ABCDEF', askId: 'number' }, false],
    ['--ask-id as stored is fine', { joinCode: 'ABCDEF', askId: 'number' }, 'number', { joinCode: 'ABCDEF', askId: 'number' }, false],
    ['a session stored before join codes gets one', {}, undefined, {}, true],
  ] as const)('%s', (_, stored, askId, expected, changed) => {
    const settled = settleJoinSettings('s1', stored, askId)
    expect(settled.settings).toMatchObject(expected)
    expect(joinCodeProblem(settled.settings.joinCode)).toBeUndefined()
    expect(settled.changed).toBe(changed)
  })

  it.each([
    [{ joinCode: 'ABCDEF' }, 'email', 'Session "s1" was started with no --ask-id, and that cannot change on resume. Resume it without --ask-id, or start a new session with --ask-id email.'],
    [{ joinCode: 'ABCDEF', askId: 'email' }, 'number', 'Session "s1" was started with --ask-id email, and that cannot change on resume. Resume it with --ask-id email or without --ask-id, or start a new session with --ask-id number.'],
  ] as const)('refuses to change --ask-id on resume (%o, %s)', (stored, askId, message) => {
    expect(() => settleJoinSettings('s1', stored, askId)).toThrow(message)
  })
})
