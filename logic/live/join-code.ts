// The live session's typed join code (issue #16 item 4): six characters from an alphabet without
// look-alikes, made with crypto randomness, typed case-insensitively with spaces or dashes anywhere;
// and the join link that carries it (in the URL's fragment, which browsers never send to a server).
// Shared by the server, the student page, the projector and the deck's join slide.

/**
 * 28 symbols: A–Z and 2–9 without the letters read as digits or as each other
 * (I, L, O, S, Z, U: 1/I/l, 0/O, 5/S, 2/Z, U/V), and without 0 and 1.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRTVWXY23456789'
export const JOIN_CODE_LENGTH = 6
/** The fragment that carries the code in the join link: `…/live/#code=K7MQ4X`. */
export const JOIN_CODE_FRAGMENT = 'code'

const SEPARATORS = /[\s\u2010-\u2015\u2212_.-]/g
const HASH = /^#/

/** The code as typed, made comparable: upper case, spaces, dashes, underscores and dots taken out. */
export function normaliseJoinCode(typed: string): string {
  return typed.normalize('NFKC').replace(SEPARATORS, '').toUpperCase()
}

/** What is wrong with a typed code before it is sent (undefined when it has the right shape). */
export function joinCodeProblem(typed: string): string | undefined {
  const code = normaliseJoinCode(typed)
  if (code === '')
    return 'Enter the join code shown on the projector.'
  const strange = [...code].filter(c => !JOIN_CODE_ALPHABET.includes(c))
  if (strange.length)
    return `A join code has only the letters and digits shown on the projector; it never holds ${Array.from(new Set(strange), c => `"${c}"`).join(', ')}.`
  if (code.length !== JOIN_CODE_LENGTH)
    return `A join code has ${JOIN_CODE_LENGTH} characters; that was ${code.length}.`
  return undefined
}

/** A new code: each character chosen uniformly (bytes ≥ 252 are drawn again, so no symbol is likelier). */
export function newJoinCode(randomBytes: (n: number) => Uint8Array = n => crypto.getRandomValues(new Uint8Array(n))): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length)
  let code = ''
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH)
        code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]
    }
  }
  return code
}

/** The code as it is shown: two groups of three (`K7M Q4X`), easier to read from the back and to type. */
export function spacedJoinCode(code: string): string {
  const half = Math.ceil(code.length / 2)
  return `${code.slice(0, half)} ${code.slice(half)}`
}

/** The join link with the code in its fragment: a scanned QR code joins without typing it. */
export function joinLinkWithCode(joinUrl: string, code: string): string {
  return `${joinUrl.split('#')[0]}#${JOIN_CODE_FRAGMENT}=${code}`
}

/** The code a join link's fragment carries (`#code=…`), normalised; undefined when there is none. */
export function joinCodeFromFragment(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(HASH, '')).get(JOIN_CODE_FRAGMENT)
  return value ? normaliseJoinCode(value) : undefined
}
