// CSV as spreadsheets read it (RFC 4180: quoted fields, CRLF line ends), with
// text that a spreadsheet would run as a formula defused, also where a
// semicolon-separator locale splits a cell at its `;`: for the student's
// results download and the live session's gradebook alike.

/** Text starting with one of these runs as a formula in a spreadsheet; it gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/
/**
 * The same after a `;` (then spaces), where a spreadsheet in a semicolon-separator locale
 * splits the cell: an apostrophe goes after it. (After a `,` the quotes protect the cell.)
 */
const FORMULA_AFTER_SEPARATOR = /(;\s*)(?=[=+\-@\t\r])/g
const NEEDS_QUOTES = /[",;\r\n]/
const QUOTE = /"/g

/** One cell: empty for null, formula-like text defused, quoted (quotes doubled) when it holds a comma, semicolon, quote or line break. */
export function csvCell(value: string | number | null): string {
  if (value === null)
    return ''
  let text = String(value)
  if (typeof value === 'string') {
    text = text.replace(FORMULA_AFTER_SEPARATOR, '$1\'')
    if (FORMULA_START.test(text))
      text = `'${text}`
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text
}

/** Rows of cells as CSV text, each line ended with CRLF. */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return rows.map(row => `${row.map(csvCell).join(',')}\r\n`).join('')
}
