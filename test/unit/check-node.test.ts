// The Node.js version check that stops `npm run dev`, `test`, `live` … on a Node the module does not support.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { satisfies, unsupportedMessage } from '../../scripts/check-node.mjs'

const RANGE = '^22.22.2 || ^24.15.0 || >=26.0.0'

describe('satisfies', () => {
  it.each([
    ['v20.20.2', false],
    ['v22.12.0', false],
    ['v22.22.1', false],
    ['v22.22.2', true],
    ['v22.23.3', true],
    ['v23.11.0', false],
    ['v24.14.9', false],
    ['v24.15.0', true],
    ['v24.21.0', true],
    ['v25.9.0', false],
    ['v26.0.0', true],
    ['v27.1.0', true],
  ])('%s is supported: %s', (version, expected) => {
    expect(satisfies(version, RANGE)).toBe(expected)
  })

  it('refuses a range form it cannot read instead of passing every version', () => {
    expect(() => satisfies('v24.21.0', '~24.1.0')).toThrow(/"~24.1.0" is not of the form/)
  })
})

describe('unsupportedMessage', () => {
  it('says nothing on a supported Node', () => {
    expect(unsupportedMessage('v24.21.0', RANGE)).toBeUndefined()
  })

  it('names the needed and the running versions and how to get Node 24, on one line', () => {
    const message = unsupportedMessage('v20.20.2', RANGE)!
    expect(message).toContain('^22.22.2 or ^24.15.0 or >=26.0.0')
    expect(message).toContain('this is Node v20.20.2')
    expect(message).toContain('nvm install 24')
    expect(message).not.toContain('\n')
  })

  it('checks the range package.json declares', () => {
    const { engines } = JSON.parse(readFileSync('package.json', 'utf8'))
    expect(engines.node).toBe(RANGE)
    expect(unsupportedMessage(process.version, engines.node)).toBeUndefined()
  })
})
