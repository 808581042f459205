// CSV cells and lines as a spreadsheet reads them, with formula-like text defused
// (the student's results download and the live gradebook both use these).
import { describe, expect, it } from 'vitest'
import { csvCell, csvText } from '../../logic/csv.ts'

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['=1+1', '\'=1+1'],
    ['+44 123', '\'+44 123'],
    ['-2', '\'-2'],
    ['@SUM(A1)', '\'@SUM(A1)'],
    ['\tTAB', '\'\tTAB'],
    ['\rCR', '"\'\rCR"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['<script>', '<script>'],
    // A semicolon-separator locale splits at `;`: what follows must not start a formula either.
    ['Ann;=1+1', '"Ann;\'=1+1"'],
    ['Ann; =cmd|calc', '"Ann; \'=cmd|calc"'],
    ['a;+1;-2;@x', '"a;\'+1;\'-2;\'@x"'],
    ['Ann,=1+1', '"Ann,=1+1"'],
    ['5, -3', '"5, -3"'],
    ['Ann;Bob', '"Ann;Bob"'],
    ['=a;=b', '"\'=a;\'=b"'],
    [null, ''],
    [0.5, '0.5'],
    [-2, '-2'],
  ] as Array<[string | number | null, string]>)('%o → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })
})

describe('csvText', () => {
  it('ends every line, the last included, with CRLF', () => {
    expect(csvText([['a', 'b'], [1, null], ['x,y', '=z']])).toBe('a,b\r\n1,\r\n"x,y",\'=z\r\n')
  })

  it('writes nothing for no rows', () => {
    expect(csvText([])).toBe('')
  })
})
