// Text and number normalisation for marking typed answers: case, spacing,
// punctuation, typographic quotes and dashes, and the ways people write numbers.

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g
const SPACES = /[\s\u200B]+/g
/** Dropped without a trace: "U.S." = "US", "Pakistan's" = "Pakistans". */
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

/**
 * The form two short answers are compared in: case, accents, punctuation and
 * spacing do not count ("U.K." = "uk", "Pakistan  Telecommunications-Authority"
 * = "pakistan telecommunications authority").
 */
export function normaliseAnswer(text: string): string {
  return foldTypography(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(JOINING_MARKS, '')
    .replace(PUNCTUATION_OR_SYMBOL, ' ')
    .replace(SPACES, ' ')
    .trim()
}

const SEPARATORS = /[ _]/g
const COMMAS = /,/g
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/

/**
 * Reads a number as a person types it: "5,000", "5000", "5 000", "1.5",
 * "1,5" (decimal comma), "−3" (Unicode minus). A trailing unit is allowed when
 * it is the question's unit ("5,000 users"). Returns null when the text is not
 * a number, so the caller can say so instead of marking it wrong silently.
 */
export function parseNumber(raw: string, unit?: string): number | null {
  let text = foldTypography(raw)
  if (unit) {
    const folded = foldTypography(unit).toLowerCase()
    if (folded && text.toLowerCase().endsWith(folded))
      text = text.slice(0, text.length - folded.length).trim()
  }
  text = text.replace(SEPARATORS, '')
  if (text === '')
    return null
  if (GROUPED_THOUSANDS.test(text))
    text = text.replace(COMMAS, '')
  else if (DECIMAL_COMMA.test(text))
    text = text.replace(',', '.')
  if (!PLAIN.test(text))
    return null
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}
