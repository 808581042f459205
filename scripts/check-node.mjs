// Stops a command with one line when this Node.js is not one `engines` allows
// (run before `npm run dev`, `build`, `export`, `live` and `test`; `npm install`
// refuses by itself through .npmrc's engine-strict). Plain JavaScript with no
// imports beyond Node's own, so it runs on any Node, however old.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const LEADING_V = /^v/
const CLAUSE = /^(\^|>=)\s*(\d+(?:\.\d+){0,2})$/

/** [major, minor, patch] of "v24.1.0" or "24.1.0". */
function parse(version) {
  return version.replace(LEADING_V, '').split('.').map(part => Number.parseInt(part, 10) || 0)
}

function atLeast(version, floor) {
  for (let i = 0; i < 3; i++) {
    if (version[i] !== floor[i])
      return version[i] > floor[i]
  }
  return true
}

/** Whether `version` satisfies `range`, a list of `^X.Y.Z` and `>=X.Y.Z` joined by `||` (the only forms package.json uses). */
export function satisfies(version, range) {
  const v = parse(version)
  return range.split('||').map(clause => clause.trim()).some((clause) => {
    const match = CLAUSE.exec(clause)
    if (!match)
      throw new Error(`engines.node: "${clause}" is not of the form ^X.Y.Z or >=X.Y.Z`)
    const floor = parse(match[2])
    return atLeast(v, floor) && (match[1] === '>=' || v[0] === floor[0])
  })
}

/** The line to print when `version` is not supported, or undefined when it is. */
export function unsupportedMessage(version, range) {
  if (satisfies(version, range))
    return undefined
  return `This module needs Node.js ${range.split('||').map(c => c.trim()).join(' or ')} (an LTS line: 22, 24 or 26), and this is Node ${version}: install Node 24 LTS (from nodejs.org, or \`nvm install 24\`) and run the command again.`
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const range = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node
  const message = unsupportedMessage(process.version, range)
  if (message) {
    console.error(message)
    process.exit(1)
  }
}
