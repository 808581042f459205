// A QTI `patternMatch` pattern (XML Schema regular expression, which always
// matches the whole response) that accepts a typed answer when the deck's
// normaliseAnswer would: any case, accents on Latin letters, typographic
// quotes, and spacing and punctuation around and between the words.
// XML Schema patterns have no case-insensitive flag, so each character is a
// class of every Latin character that normalises to it.
import { normaliseAnswer } from '../text/normalise.ts'

// XML Schema patterns have no \u escapes: these characters are written as themselves.
const ch = (...codes: number[]): string => String.fromCharCode(...codes)
const ZERO_WIDTH_SPACE = ch(0x200B)
/** Characters the deck drops inside a word ("U.S." = "US"): ' " . and their typographic forms. */
const JOIN = `['".\`${ch(0x2018)}-${ch(0x201F, 0x2032, 0x2033, 0xB4, 0xAB, 0xBB)}]`
/** Anything the deck turns into a space: white space, punctuation, symbols (and the joining marks). */
const ANY = `[\\s\\p{Z}\\p{P}\\p{S}${ZERO_WIDTH_SPACE}]`
/** What separates two words: punctuation or a symbol that is not a joining mark, or a space. */
const BREAK = `[\\s\\p{Z}\\p{Pd}\\p{Ps}\\p{Pe}\\p{Pc}\\p{S}${ZERO_WIDTH_SPACE}!#%&*,/:;?@\\\\]`

/** Basic Latin, Latin-1 and Latin Extended-A/B: the characters whose case and accents the pattern folds. */
const RANGES: Array<[number, number]> = [[0x20, 0x24F]]
const CLASS_SPECIAL = /[\\[\]^\-]/

let folds: Map<string, string[]> | undefined

/** Normalised character → the characters in RANGES that normalise to it. */
function foldMap(): Map<string, string[]> {
  if (folds)
    return folds
  folds = new Map()
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code)
      const key = normaliseAnswer(char)
      if ([...key].length === 1)
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
 * The pattern for one accepted answer, or undefined when the answer is nothing
 * but punctuation (the deck reads such a response as unanswered).
 */
export function textEntryPattern(accepted: string): string | undefined {
  const normalised = normaliseAnswer(accepted)
  if (!normalised)
    return undefined
  const words = normalised.split(' ').map(word => Array.from(word, charClass).join(`${JOIN}*`))
  return `${ANY}*${words.join(`${JOIN}*${BREAK}${ANY}*`)}${ANY}*`
}
