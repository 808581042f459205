// Display names in a live session: what a name may hold (no bidirectional overrides, no
// invisible-only names, no lone surrogates) and when two names are the same name, so the
// gradebook never has two rows a lecturer cannot tell apart.

/** Format characters (bidi overrides and isolates, zero-width spaces and joiners, BOM, soft hyphen …): taken out of every name. */
const FORMAT = /\p{Cf}/gu
/** Characters that draw nothing but are not format characters (Hangul fillers, braille blank, combining grapheme joiner). */
const BLANK = /[\s\u034F\u115F\u1160\u2800\u3164\uFFA0]/gu
const SPACES = /\s+/g
const CONTROL = /\p{Cc}/u
const LONE_SURROGATE = /\p{Cs}/u
const MARK = /\p{M}/gu

export const NAME_MAX = 40

export type NameCheck = { ok: true, name: string } | { ok: false, message: string }

/** The name as it will be shown and stored, or why it cannot be used. */
export function cleanName(raw: string): NameCheck {
  if (LONE_SURROGATE.test(raw))
    return { ok: false, message: 'That name has a broken character in it; please type it again.' }
  if (CONTROL.test(raw))
    return { ok: false, message: 'Names are plain text on one line.' }
  const name = raw.normalize('NFC').replace(FORMAT, '').replace(SPACES, ' ').trim()
  if (name.replace(BLANK, '').replace(MARK, '') === '')
    return { ok: false, message: 'Please enter a name with visible letters.' }
  if ([...name].length > NAME_MAX)
    return { ok: false, message: `Names may be at most ${NAME_MAX} characters.` }
  return { ok: true, name }
}

/** Two names are the same when they look the same: compatibility forms, case and spacing aside. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(FORMAT, '').replace(BLANK, '').toLocaleLowerCase('und')
}
