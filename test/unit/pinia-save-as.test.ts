// Pinia's FileSaver copy is made droppable only when its code is exactly as
// expected; otherwise the module is left alone (and the build warns).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { markSaveAsPure } from '../../node/vite-plugin-pinia-save-as.ts'

const pinia = readFileSync(join(import.meta.dirname, '../../node_modules/pinia/dist/pinia.mjs'), 'utf8')
const choice = `const saveAs = !IS_CLIENT
    ? () => { }
    : 'msSaveOrOpenBlob' in _navigator
                    ? msSaveAs
                    : // Fallback
                        fileSaverSaveAs;
function next() {}`

describe('markSaveAsPure', () => {
  it('wraps the choice in the installed Pinia in a pure IIFE and changes nothing else', () => {
    const pure = markSaveAsPure(pinia)!
    expect(pure).toContain('const saveAs = /*#__PURE__*/ (() => !IS_CLIENT')
    expect(pure).toContain('fileSaverSaveAs)();')
    expect(pure.replace('const saveAs = /*#__PURE__*/ (() => !IS_CLIENT', 'const saveAs = !IS_CLIENT').replace('fileSaverSaveAs)();', 'fileSaverSaveAs;')).toBe(pinia)
  })

  it.each([
    ['the expected shape', choice, true],
    ['no saveAs', 'const x = 1', false],
    ['saveAs defined otherwise', choice.replace('!IS_CLIENT', 'IS_SERVER'), false],
    ['no fallback at the end', choice.replace('fileSaverSaveAs;', 'other;'), false],
    ['two definitions', `${choice}\n${choice}`, false],
  ])('%s → transformed: %s', (_name, code, transformed) => {
    const pure = markSaveAsPure(code)
    expect(pure !== null).toBe(transformed)
    if (pure)
      expect(runInNewContext(`${pure}\nsaveAs`, { IS_CLIENT: true, _navigator: {}, msSaveAs: 'ms', fileSaverSaveAs: 'fs' })).toBe('fs')
  })
})
