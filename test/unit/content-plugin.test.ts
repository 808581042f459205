// The Vite plugin: the deck gets exactly the validated content, the build fails
// with the validation messages, and the dev server shows them over the deck (as
// text) instead of a blank page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { readContent } from '../../node/read-content.ts'
import { contentPlugin } from '../../node/vite-plugin-content.ts'

const root = join(import.meta.dirname, '../..')
const broken = mkdtempSync(join(tmpdir(), 'content-plugin-'))
cpSync(join(root, 'data'), join(broken, 'data'), { recursive: true })
cpSync(join(root, 'quizzes'), join(broken, 'quizzes'), { recursive: true })
const quizFile = join(broken, 'quizzes/blackberry-pakistan.yaml')
writeFileSync(quizFile, readFileSync(quizFile, 'utf8').replace('answer: pta', 'answer: nasa'))
afterAll(() => rmSync(broken, { recursive: true, force: true }))

type Hook = (this: unknown, ...args: unknown[]) => unknown
function load(pluginRoot: string, id: string, command: 'serve' | 'build') {
  const plugin = contentPlugin(pluginRoot)
  ;(plugin.configResolved as Hook).call({}, { command })
  const resolved = (plugin.resolveId as Hook).call({}, id) as string
  return (plugin.load as Hook).call({ addWatchFile: () => {} }, resolved)
}

describe('contentPlugin', () => {
  it('serves the validated content as a module that restores every evidence quote', async () => {
    const code = load(root, 'virtual:content', 'build') as string
    const expected = readContent(root)
    if (!expected.ok)
      throw new Error('the real content must be valid')
    const { texts, sources, asks, ...content } = expected.value
    // Quotes travel as offsets into the texts, which the module carries once.
    expect(code).not.toContain(JSON.stringify('the company is estimated to have only about 5,000 BES users in the market'))
    // Keys are written in the list of shapes (once per kind of question), not in every question.
    expect(code.split('"explanation"').length).toBeLessThan(10)
    const file = join(broken, 'content-module.mjs')
    writeFileSync(file, code)
    const module = await import(pathToFileURL(file).href) as { default: unknown, texts: unknown }
    // Everything but the sources' file names, which only Node reads, and the "Ask:" prompts, for the live control page.
    expect(module.default).toEqual({ ...content, sources: sources.map(({ file: _file, ...source }) => source) })
    expect(asks.length).toBeGreaterThan(0)
    expect(code).not.toContain(asks[0]!.prompt.text)
    expect(JSON.stringify(module.default)).not.toContain('.txt')
    expect(module.texts).toEqual(texts)
  })

  it('serves the source texts from the content module', () => {
    expect(load(root, 'virtual:source-texts', 'build')).toBe(`export { texts as default } from 'virtual:content'`)
  })

  it('fails the build with every validation message', () => {
    expect(() => load(broken, 'virtual:content', 'build')).toThrow(
      'quizzes/blackberry-pakistan.yaml: question who-demanded: answer: names option "nasa"',
    )
  })

  it('shows the messages over the deck in the dev server, as text', () => {
    const code = load(broken, 'virtual:content-status', 'serve') as string
    expect(code).toContain('panel.textContent =')
    expect(code).toContain('names option \\"nasa\\"')
    expect(code).not.toContain('innerHTML')
  })

  it('adds nothing to the page when the content is valid or in a build', () => {
    expect(load(root, 'virtual:content-status', 'serve')).toBe('export {}')
    expect(load(broken, 'virtual:content-status', 'build')).toBe('export {}')
  })
})
