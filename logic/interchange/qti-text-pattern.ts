// QTI `patternMatch` patterns (XML Schema regular expressions, which always
// match the whole response) that accept a typed answer when the deck's
// isAcceptedAnswer would: any case, accents on Latin letters, typographic
// quotes, spacing and punctuation around and between the words, no space
// between the words ("blackhole", "Section38"), articles and titles between
// words ("the PTA", "Ms Pillay"), a possessive 's ("Pakistan's"), and
// "X (Y)" where X and Y are each accepted.
// XML Schema patterns have no case-insensitive flag, so each character is a
// class of every Latin character that normalises to it.
import { FILLER_WORDS, foldLetters, normaliseAnswer } from '../text/normalise.ts'

// XML Schema patterns have no \u escapes (these characters are written as
// themselves), no (?: groups (plain groups are used) and no lookaround.
const ch = (...codes: number[]): string => String.fromCharCode(...codes)
const ZERO_WIDTH_SPACE = ch(0x200B)
/** Characters the deck drops inside a word ("U.S." = "US"): ' " . and their typographic forms. */
const JOIN = `['".\`${ch(0x2018)}-${ch(0x201F, 0x2032, 0x2033, 0xB4, 0xAB, 0xBB)}]`
/** JOIN without the apostrophes. */
const JOIN_BUT_APOSTROPHE = `[".${ch(0x201C)}-${ch(0x201F, 0x2033, 0xAB, 0xBB)}]`
/** The apostrophes of a possessive ending ("Pakistan’s"): ' and the forms the deck folds to it. */
const APOSTROPHE = `['\`${ch(0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0xB4, 0xFF07)}]`
/** Brackets the deck reads as "(" and ")" (NFKC). */
const OPEN = `[(${ch(0x207D, 0x208D, 0xFE35, 0xFE59, 0xFF08)}]`
const CLOSE = `[)${ch(0x207E, 0x208E, 0xFE36, 0xFE5A, 0xFF09)}]`

/** The separators around and between words, in full or without brackets (inside "X (Y)"). */
interface Separators {
  /** Anything the deck turns into a space: white space, punctuation, symbols (and the joining marks). */
  any: string
  /** What separates two words: punctuation or a symbol that is not a joining mark, or a space. */
  gap: string
}
const SEPARATORS: Separators = {
  any: `[\\s\\p{Z}\\p{P}\\p{S}${ZERO_WIDTH_SPACE}]`,
  gap: `[\\s\\p{Z}\\p{Pd}\\p{Ps}\\p{Pe}\\p{Pc}\\p{S}${ZERO_WIDTH_SPACE}!#%&*,/:;?@\\\\]`,
}
/**
 * Inside "X (Y)" X and Y hold no parentheses (the deck's rule). XML Schema's
 * class subtraction has no JavaScript equivalent, so of the other brackets
 * only [ ] { } are allowed there.
 */
const UNBRACKETED: Separators = {
  any: `[\\s\\p{Z}\\p{Pd}\\p{Pc}\\p{Po}\\p{Pi}\\p{Pf}\\p{S}${ZERO_WIDTH_SPACE}\\[\\]{}]`,
  gap: `[\\s\\p{Z}\\p{Pd}\\p{Pc}\\p{S}${ZERO_WIDTH_SPACE}!#%&*,/:;?@\\\\\\[\\]{}]`,
}

/** Basic Latin, Latin-1 and Latin Extended-A/B: the characters whose case and accents the pattern folds. */
const RANGES: Array<[number, number]> = [[0x20, 0x24F]]
const CLASS_SPECIAL = /[\\[\]^\-]/
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const LETTER = /\p{L}$/u

let folds: Map<string, string[]> | undefined

/** Folded letter or digit → the characters in RANGES that fold to it. */
function foldMap(): Map<string, string[]> {
  if (folds)
    return folds
  folds = new Map()
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code)
      const key = foldLetters(char)
      if (LETTER_OR_DIGIT.test(key))
        folds.set(key, [...(folds.get(key) ?? []), char])
    }
  }
  return folds
}

const inClass = (char: string): string => (CLASS_SPECIAL.test(char) ? `\\${char}` : char)

function charClass(char: string): string {
  const forms = foldMap().get(char) ?? [char]
  return `[${forms.map(inClass).join('')}]`
}

/**
 * One normalised word, its letters with joining marks between them. Before a
 * final "s" an apostrophe is not allowed: the deck reads "communication's" as
 * a possessive of "communication", not as "communications".
 */
function wordPattern(word: string): string {
  const chars = Array.from(word)
  return chars.map((c, i) => {
    if (i === 0)
      return charClass(c)
    const possessive = i === chars.length - 1 && c === 's' && LETTER.test(chars[i - 1] ?? '')
    return `${possessive ? JOIN_BUT_APOSTROPHE : JOIN}*${charClass(c)}`
  }).join('')
}

/** Articles and titles as the deck drops them, in any case, with accents or joining marks ("Thé", "D.r."). */
const fillerWords = (): string => `(${Array.from(FILLER_WORDS, wordPattern).join('|')})`

/**
 * The core of the pattern for one normalised answer: its words, each as typed
 * or joined to the next, with articles and titles as words between them, a
 * possessive 's after a word that ends in a letter, and the separators around.
 */
function corePattern(normalised: string, { any, gap }: Separators): string {
  const words = normalised.split(' ')
  const filler = fillerWords()
  /** Possessive endings ("Pakistan's"; the deck drops "'s's" too). */
  const possessive = `(${APOSTROPHE}${charClass('s')})*`
  /** Any articles or titles, each a word followed by a break. */
  const fillers = `(${filler}${possessive}${JOIN}*${gap}${any}*)*`
  const wordBreak = `${JOIN}*${gap}${any}*${fillers}`
  const lead = `${any}*${fillers}`
  const trail = `(${JOIN}*${gap}${any}*${filler}${possessive})*${JOIN}*${any}*`
  const last = words.length - 1
  return lead + words.map((word, i) => {
    // A possessive follows a letter, and stands before a break or the end, never inside a joined word.
    const ending = LETTER.test(word) ? possessive : ''
    return wordPattern(word) + (i < last ? `(${JOIN}*|${ending}${wordBreak})` : ending + trail)
  }).join('')
}

/**
 * The pattern for one accepted answer, or undefined when the answer is nothing
 * but punctuation (the deck reads such a response as unanswered).
 */
export function textEntryPattern(accepted: string): string | undefined {
  const normalised = normaliseAnswer(accepted)
  return normalised ? corePattern(normalised, SEPARATORS) : undefined
}

/**
 * The pattern for "X (Y)" where X and Y are each one of the accepted answers
 * ("PTA (Pakistan Telecommunications Authority)"), or undefined when there
 * are none. The deck trims white space, then wants the closing bracket last.
 */
export function bracketedPattern(accept: readonly string[]): string | undefined {
  const cores = Array.from(new Set(accept.map(normaliseAnswer).filter(Boolean)), n => corePattern(n, UNBRACKETED))
  if (!cores.length)
    return undefined
  const either = `(${cores.join('|')})`
  const space = `[\\s\\p{Z}${ZERO_WIDTH_SPACE}]*`
  return `${space}${either}${OPEN}${either}${CLOSE}${space}`
}
