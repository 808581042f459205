// Text and number normalisation for marking typed answers: case, spacing,
// punctuation, typographic quotes and dashes, articles, possessives, bracketed
// abbreviations, and the ways people write numbers (hedges, words, scales, units).

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g
const SPACES = /[\s\u200B]+/g
/** Dropped without a trace: "U.S." = "US". */
const JOINING_MARKS = /['".]/g
const COMBINING_MARKS = /\p{M}/gu
const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/gu

/** Folds typographic quotes and dashes to their ASCII forms and collapses spaces. */
export function foldTypography(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTES, '\'')
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim()
}

/** Possessive endings: "Pakistan's" reads as "Pakistan", "officials'" as "officials". */
const POSSESSIVE = /(?<=\p{L})'s?(?=\s|$|\p{P})/gu
/** Words that do not change a short answer: articles and a person's title. */
const FILLER_WORDS = new Set(['the', 'a', 'an', 'ms', 'mr', 'mrs', 'miss', 'dr'])

/**
 * The form two short answers are compared in: case, accents, punctuation,
 * possessive endings, articles and titles do not count ("U.K." = "uk",
 * "the country's Telecommunications-Authority" = "country telecommunications
 * authority", "Ms Pillay" = "pillay").
 */
export function normaliseAnswer(text: string): string {
  return foldTypography(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(POSSESSIVE, '')
    .replace(JOINING_MARKS, '')
    .replace(PUNCTUATION_OR_SYMBOL, ' ')
    .split(' ')
    .filter(word => word !== '' && !FILLER_WORDS.has(word))
    .join(' ')
}

/** normaliseAnswer without the spaces: "section38" = "Section 38", "blackhole" = "black hole". */
export function compactAnswer(text: string): string {
  return normaliseAnswer(text).replaceAll(' ', '')
}

const PARENTHESISED = /^([^()]+)\(([^()]+)\)$/

/**
 * Whether a typed short answer is one of the accepted ones, compared in their
 * compact form. "X (Y)", a name with its abbreviation or expansion in brackets,
 * is right when X and Y are each accepted ("Pakistan Telecommunications
 * Authority (PTA)", "PTA (Pakistan Telecommunications Authority)").
 */
export function isAcceptedAnswer(answer: string, accept: readonly string[]): boolean {
  const accepted = new Set(accept.map(compactAnswer))
  if (accepted.has(compactAnswer(answer)))
    return true
  const parts = PARENTHESISED.exec(foldTypography(answer))
  return parts !== null && [parts[1] ?? '', parts[2] ?? ''].every(part => compactAnswer(part) !== '' && accepted.has(compactAnswer(part)))
}

const COMMAS = /,/g
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/
/** Digits as typed: "5 000" (groups of three), "5,000", "1,5", "1.5", ".5". */
const DIGITS = /^[+-]?(?:\d{1,3}(?:[ _]\d{3})+(?:[.,]\d+)?|\d[\d,]*(?:\.\d*)?|\.\d+)/
/** Words that only say the number is approximate, before it: "about 5,000". */
const HEDGE = /^(?:(?:only|about|around|approximately|approx|roughly|circa|ca|some)\b\.?|[~≈])\s*/

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const NUMBER_WORD = new RegExp(`^(${[...TENS, ...SMALL_NUMBERS].join('|')})(?:[- ](${SMALL_NUMBERS.slice(1, 10).join('|')}))?\\b`)

/** Scale words and suffixes, by the factor they multiply by. */
const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 }
const SCALE = /^(thousand|million|billion|bn|mn|k|m)(?![\p{L}\d])/u
/** What may follow the number: unit words ("BES users", "organizations"), nothing that is another number or a bound. */
const UNIT_WORDS = /^[\p{L}' -]*$/u
const STARTS_WITH_LETTER = /^\p{L}/u
const WORD_BREAK = /[\s-]+/
const DIGIT_SEPARATORS = /[ _]/g
const NOT_A_UNIT = new Set([...SMALL_NUMBERS, ...TENS, ...Object.keys(SCALES), 'hundred', 'more', 'fewer', 'less', 'over', 'under', 'than', 'least', 'most', 'plus', 'or', 'to'])

function readDigits(digits: string): number | null {
  let text = digits.replace(DIGIT_SEPARATORS, '')
  if (GROUPED_THOUSANDS.test(text))
    text = text.replace(COMMAS, '')
  else if (DECIMAL_COMMA.test(text))
    text = text.replace(',', '.')
  if (!PLAIN.test(text))
    return null
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}

function readWords(words: RegExpExecArray): number {
  const first = words[1] ?? ''
  const tens = TENS.indexOf(first)
  return (tens >= 0 ? (tens + 2) * 10 : SMALL_NUMBERS.indexOf(first)) + Math.max(0, SMALL_NUMBERS.indexOf(words[2] ?? ''))
}

/** The factor of a question's unit when it is a scale word ("billion" → 1e9), else 1. */
function unitScale(unit: string | undefined): number {
  const first = unit ? foldTypography(unit).toLowerCase().split(' ')[0] ?? '' : ''
  return SCALES[first] ?? 1
}

/**
 * Reads a number as a person types it, in the question's unit: "5,000",
 * "5 000", "1,5" (decimal comma), "−3"; after a hedge ("about 5,000", "~5000");
 * in words ("four", "eleven", "twenty-one", "five thousand"); with a scale word
 * or suffix, read against the unit ("1.5bn" and "1.5 billion people" are 1.5
 * when the unit is "billion", "1.5 million" is 0.0015); followed by any unit
 * words ("5,000 BES users", "11 organizations"). Returns null when the text is
 * not one number (a range, a bound such as "over 5000", a second number), so
 * the caller can say so instead of marking it wrong silently.
 */
export function parseNumber(raw: string, unit?: string): number | null {
  let text = foldTypography(raw).toLowerCase()
  for (let hedge = HEDGE.exec(text); hedge && hedge[0] !== ''; hedge = HEDGE.exec(text))
    text = text.slice(hedge[0].length)
  let value: number | null
  const digits = DIGITS.exec(text)
  const words = digits ? null : NUMBER_WORD.exec(text)
  if (digits) {
    value = readDigits(digits[0])
    text = text.slice(digits[0].length)
  }
  else if (words) {
    value = readWords(words)
    text = text.slice(words[0].length)
  }
  else {
    return null
  }
  const attached = STARTS_WITH_LETTER.test(text)
  text = text.trimStart()
  const scale = SCALE.exec(text)
  if (scale) {
    value = value === null ? null : value * (SCALES[scale[1] ?? ''] ?? 1) / unitScale(unit)
    text = text.slice(scale[0].length)
  }
  else if (attached) {
    return null
  }
  if (value === null || !UNIT_WORDS.test(text))
    return null
  if (text.split(WORD_BREAK).some(word => NOT_A_UNIT.has(word)))
    return null
  return value
}
