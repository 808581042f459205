// The Vite plugin: the build fails with the validation messages, and the dev
// server shows them over the deck (as text) instead of a blank page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
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
  it('serves the validated content as a module', () => {
    const code = load(root, 'virtual:content', 'build') as string
    expect(code).toMatch(/^export default \{"sources":\[/)
    expect(code).toContain('"id":"blackberry-pakistan"')
    expect(code).not.toContain('Katie Collins Senior European Correspondent\\nKatie a UK-based') // texts load separately
  })

  it('serves the source texts as their own module', () => {
    const code = load(root, 'virtual:source-texts', 'build') as string
    expect(code).toContain('"cnet-blackberry":"BlackBerry to leave Pakistan')
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
