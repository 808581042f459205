// The live mode's word filter: which entries a student writes (questions to the lecturer now; word clouds and open
// text later) are held for the lecturer before anyone else sees them. Pure: a word list (the default in
// moderation-words.ts, plus the lecturer's own file), a normaliser (case, accents, invisible characters and the
// commonest digit-for-letter swaps, only inside words that also hold letters) and whole-word or word-start matching,
// so "Scunthorpe", "cockpit" or "Pakistan" pass. It holds for review and never rewrites what a student wrote.
import { DEFAULT_WORD_LIST } from './moderation-words.ts'

export interface WordEntry {
  /** Lower case letters, as normalised. */
  word: string
  /** True: any word beginning with it (`word*`); false: the whole word, or its plural in -s/-es. */
  stem: boolean
}

export type WordListResult
  = | { ok: true, entries: WordEntry[], removed: string[] }
    | { ok: false, errors: string[] }

export interface WordFilter {
  readonly whole: ReadonlySet<string>
  readonly stems: readonly string[]
}

const MARKS = /\p{M}/gu
const FORMAT = /\p{Cf}/gu
/** A word: letters and digits, and the `@`/`$` that stand for letters. */
const TOKEN = /[\p{L}\p{N}@$]+/gu
const LETTER = /\p{L}/u
const ONLY_LETTERS = /^\p{L}+$/u
/** Conservative: the swaps people use to get a word past a filter (f4ck, sh1t, $lut), nothing fancier. */
const LOOKALIKES: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's' }
const LOOKALIKE = /[013457@$]/g
const RUN_OF_THREE = /(\p{L})\1{2,}/gu
const COMMENT = /#.*$/
const LINE_BREAK = /\r?\n/

/** Lower case, accents and invisible characters taken out (`Fück` → `fuck`, `fu\u200Bck` → `fuck`). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').replace(FORMAT, '').toLocaleLowerCase('en')
}

/**
 * The forms of each word of a text to match against the list: the word folded, with digit lookalikes read as
 * letters when the word also holds a letter (so "2024" stays a number), and with a letter stretched three
 * times or more read once and twice ("fuuuck" → "fuck", "fuuck").
 */
export function wordForms(text: string): string[][] {
  return Array.from(fold(text).matchAll(TOKEN), ([token]) => {
    const word = LETTER.test(token) ? token.replace(LOOKALIKE, c => LOOKALIKES[c]!) : token
    return [...new Set([word, word.replace(RUN_OF_THREE, '$1'), word.replace(RUN_OF_THREE, '$1$1')])]
  })
}

/** Reads a word list (see moderation-words.ts); errors name the file and line. `-entry` lines say what to take out of the defaults. */
export function parseWordList(text: string, file: string): WordListResult {
  const entries: WordEntry[] = []
  const removed: string[] = []
  const errors: string[] = []
  text.split(LINE_BREAK).forEach((line, i) => {
    const raw = line.replace(COMMENT, '').trim()
    if (!raw)
      return
    const minus = raw.startsWith('-')
    const body = minus ? raw.slice(1).trim() : raw
    const stem = body.endsWith('*')
    const word = fold(stem ? body.slice(0, -1) : body)
    if (!ONLY_LETTERS.test(word) || [...word].length < 2) {
      errors.push(`${file}:${i + 1}: "${raw}" is not a word list entry: write one word of at least two letters, optionally ending in * (any word beginning with it), or -word to take a default entry out.`)
      return
    }
    if (minus)
      removed.push(stem ? `${word}*` : word)
    else
      entries.push({ word, stem })
  })
  return errors.length ? { ok: false, errors } : { ok: true, entries, removed }
}

const entryKey = (entry: WordEntry) => entry.stem ? `${entry.word}*` : entry.word

/** The default list's entries. */
export function defaultEntries(): WordEntry[] {
  const parsed = parseWordList(DEFAULT_WORD_LIST, 'logic/live/moderation-words.ts')
  if (!parsed.ok)
    throw new Error(parsed.errors.join('\n'))
  return parsed.entries
}

/** The filter of the default list, with a lecturer's list (its entries added, its `-entry` lines taken out) when given. */
export function buildFilter(lecturer?: { entries: readonly WordEntry[], removed: readonly string[] }, defaults: readonly WordEntry[] = defaultEntries()): WordFilter {
  const out = new Set(lecturer?.removed ?? [])
  const entries = [...defaults.filter(e => !out.has(entryKey(e))), ...lecturer?.entries ?? []]
  return {
    whole: new Set(entries.filter(e => !e.stem).map(e => e.word)),
    stems: [...new Set(entries.filter(e => e.stem).map(e => e.word))],
  }
}

function matchOf(form: string, filter: WordFilter): string | undefined {
  for (const plural of ['', 's', 'es']) {
    const base = plural && form.endsWith(plural) ? form.slice(0, -plural.length) : plural ? undefined : form
    if (base && filter.whole.has(base))
      return base
  }
  const stem = filter.stems.find(s => form.startsWith(s))
  return stem && `${stem}*`
}

/** The list entries a text matches, in the order they occur (empty: nothing to hold). */
export function matchedWords(text: string, filter: WordFilter): string[] {
  const found = new Set<string>()
  for (const forms of wordForms(text)) {
    for (const form of forms) {
      const hit = matchOf(form, filter)
      if (hit) {
        found.add(hit)
        break
      }
    }
  }
  return [...found]
}
