// The docs cannot go stale: every `npm run <script>` (and `npm test`, `npm ci`,
// `npm install`) written in README.md or docs/*.md is a script package.json
// defines, and something runs it — the chain `npm test` runs (or a script file
// in that chain), .ci/run, or a test that starts the script or the file it runs.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'

const DOCS = ['README.md', ...readdirSync('docs').filter(f => f.endsWith('.md')).map(f => join('docs', f))]
const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts
const ci = readFileSync('.ci/run', 'utf8')
const NPM_RUN = /\bnpm run ([\w:-]+)/g
const SCRIPT_FILE = /\bscripts\/[\w/-]+\.ts\b/
const RUN_P = /\brun-p\b([^&]*)/
const LOCAL_IMPORT = /from '(\.\/[\w/-]+\.ts)'/g

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}
const read = (file: string) => ({ file, text: readFileSync(file, 'utf8') })
const tests = files('test').filter(f => f.endsWith('.ts')).map(read)
/** `npm run <name>` and nothing longer (`build` is not `build:live`). */
const npmRun = (name: string) => new RegExp(`\\bnpm (run )?${name}(?![\\w:-])`)
const scriptFile = (name: string) => SCRIPT_FILE.exec(scripts[name] ?? '')?.[0]

/** Where each documented command appears: `npm run dev` → ["README.md", …]. */
function documented(): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const add = (name: string, doc: string) => found.set(name, [...new Set([...(found.get(name) ?? []), doc])])
  for (const doc of DOCS) {
    const text = readFileSync(doc, 'utf8')
    for (const match of text.matchAll(NPM_RUN))
      add(match[1]!, doc)
    for (const bare of ['test', 'ci', 'install']) {
      if (new RegExp(`\\bnpm ${bare}\\b`).test(text))
        add(bare, doc)
    }
  }
  return found
}

/** A script file and the files of scripts/ it imports (`./slidev-export.ts`). */
function withImports(file: string): string[] {
  const imported = Array.from(readFileSync(file, 'utf8').matchAll(LOCAL_IMPORT), m => join(dirname(file), m[1]!))
  return [file, ...imported]
}

/** The scripts `npm test` runs, directly or through `run-p`. */
function testChain(): Set<string> {
  const chain = new Set<string>(Array.from(scripts.test!.matchAll(NPM_RUN), m => m[1]!))
  for (const name of RUN_P.exec(scripts.test!)?.[1]?.trim().split(/\s+/).filter(word => !word.startsWith('-')) ?? [])
    chain.add(name)
  return chain
}

/** What runs `name`: the test chain, .ci/run, a script file the chain runs, or a test that starts the script or its file. */
const chain = testChain()
/** The script files `npm test` runs, with what they import: they may start other scripts. */
const chainFiles = Array.from(chain, scriptFile).filter(f => f !== undefined).flatMap(withImports).map(read)

function runners(name: string): string[] {
  const found: string[] = []
  if (chain.has(name))
    found.push('npm test')
  if (npmRun(name).test(ci))
    found.push('.ci/run')
  const file = scriptFile(name)
  for (const { file: runner, text } of [...tests, ...chainFiles]) {
    const startsIt = text.includes(`'run', '${name}'`)
      || (file !== undefined && (text.includes(`'${file}'`) || text.includes(`'${basename(file)}'`)))
    if (startsIt)
      found.push(runner)
  }
  return found
}

const commands = [...documented()]

describe('every command in the docs', () => {
  it('finds the commands the README opens with', () => {
    expect(commands.map(([name]) => name)).toEqual(expect.arrayContaining(['install', 'dev', 'ci', 'test']))
  })

  it.each(commands.filter(([name]) => !['install', 'ci'].includes(name)))('npm run %s (in %j) is a script of package.json', (name) => {
    expect(Object.keys(scripts)).toContain(name)
  })

  it.each(commands)('npm %s (in %j) is run by the test chain, .ci/run or a test', (name) => {
    expect(runners(name), `nothing runs \`npm run ${name}\``).not.toEqual([])
  })
})
