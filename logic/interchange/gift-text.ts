// GIFT text rules shared by the exporter and the importer: escaping the
// characters GIFT reserves (Moodle's `~ = # { } :`, the backslash itself and
// line breaks), neutralising Moodle's format markers and short-answer
// wildcards, and reading all of them back.

const SPACE = /\s/
const SPACES = /\s+/g
const SLASH = /\//g
const LINE_BREAK = /\s*\n\s*/g

/** Characters that a backslash escapes in GIFT (Moodle's qformat_gift). */
const RESERVED = new Set(['~', '=', '#', '{', '}', ':', '\\'])

/** Escapes text so Moodle reads it back character for character. */
export function escapeGift(text: string): string {
  let out = ''
  for (const char of text) {
    if (RESERVED.has(char))
      out += `\\${char}`
    else if (char === '\n')
      out += '\\n'
    else if (char !== '\r')
      out += char
  }
  return out
}

/**
 * Moodle reads text that starts with `[html]`, `[markdown]`, `[plain]` or
 * `[moodle]` in that format and removes the marker (qformat_gift's
 * parse_text_with_format: question text, feedback, choices, short and numeric
 * answers, matching prompts; not the right-hand side of a pair).
 */
export const FORMAT_MARKER = /^\[(moodle|html|plain|markdown)\]/

/**
 * Text Moodle reads with its format marker, escaped: text that starts like a
 * marker gets `[moodle]` (Moodle's default format) in front, which Moodle
 * removes, so the text stays as written.
 */
export function escapeGiftText(text: string): string {
  return escapeGift(FORMAT_MARKER.test(text.trimStart()) ? `[moodle]${text}` : text)
}

const STAR = /\*/g
const ESCAPED_STAR = /\\\*/g

/** A short answer: `*` is Moodle's wildcard (any text), `\*` a literal star. */
export function escapeShortAnswer(text: string): string {
  return escapeGiftText(text.replace(STAR, '\\*'))
}

/** A short answer as Moodle stores it, back to the text: `\*` is a star; an unescaped `*` a wildcard. */
export function readShortAnswer(text: string): { text: string, wildcard: boolean } {
  const withoutEscaped = text.replace(ESCAPED_STAR, '')
  return { text: text.replace(ESCAPED_STAR, '*'), wildcard: withoutEscaped.includes('*') }
}

/** Category paths use `/` between levels; Moodle reads `//` as a literal slash. */
export function escapeCategory(name: string): string {
  return name.replace(SPACES, ' ').replace(SLASH, '//')
}

/** A comment line's text cannot span lines. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, ' ')
}

/**
 * One character of GIFT source after escapes are read: `escaped` characters are
 * plain text, never syntax. `line` is the 1-based line it is on.
 */
export interface GiftChar {
  char: string
  escaped: boolean
  line: number
}

/** Splits one line of source into characters, reading `\x` escapes (`\n` is a line break). */
export function readEscapes(source: string, line: number): GiftChar[] {
  const chars: GiftChar[] = []
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string
    const next = source[i + 1]
    if (char === '\\' && next !== undefined && (RESERVED.has(next) || next === 'n')) {
      chars.push({ char: next === 'n' ? '\n' : next, escaped: true, line })
      i++
    }
    else {
      chars.push({ char, escaped: false, line })
    }
  }
  return chars
}

/** Unescaped white space (an escaped `\n` is text). */
export function isBlank(c: GiftChar): boolean {
  return !c.escaped && SPACE.test(c.char)
}

/**
 * The text of a run of characters, trimmed. A line break in the source (not an
 * escaped `\n`) and the indentation around it read as one space.
 */
export function textOf(chars: readonly GiftChar[]): string {
  let out = ''
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as GiftChar
    if (c.char === '\n' && !c.escaped) {
      out = `${out.trimEnd()} `
      while (i + 1 < chars.length && isBlank(chars[i + 1] as GiftChar))
        i++
    }
    else {
      out += c.char
    }
  }
  return out.trim()
}
