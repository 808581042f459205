// The README's first command as a lecturer runs it: `npm run dev` serves the deck,
// and Chromium shows the title slide and a quiz slide, with no console error and
// no request to another host (port 4112; the dev server optimises dependencies on
// the first visit, so this waits for the slide rather than a fixed time).
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch } from './browser.ts'

const PORT = 4112
const ORIGIN = `http://localhost:${PORT}`
// eslint-disable-next-line no-control-regex
const ANSI = /\u001B\[[\d;]*m/g

let server: ChildProcess
let browser: Browser
let output = ''

/** Resolves once the dev server prints its URL; rejects with what it printed if it exits first. */
function started(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      output += chunk.toString()
      // Colours are on where CI is set: match the URL without them.
      if (output.replace(ANSI, '').includes(`localhost:${PORT}`))
        resolve()
    }
    child.stdout!.on('data', listen)
    child.stderr!.on('data', listen)
    child.once('exit', code => reject(new Error(`npm run dev exited (${code}) before serving:\n${output}`)))
  })
}

beforeAll(async () => {
  // Its own process group, so that npm, the shell and Slidev all stop together.
  server = spawn('npm', ['run', 'dev', '--', '--port', String(PORT)], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  await started(server)
  browser = await launch()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  if (server?.pid)
    process.kill(-server.pid, 'SIGTERM')
})

describe('npm run dev', () => {
  it('serves the deck: the title slide, then a quiz slide, with no console error and nothing from another host', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    const foreign: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error')
        errors.push(message.text())
    })
    page.on('request', (request) => {
      if (!request.url().startsWith(`${ORIGIN}/`) && !request.url().startsWith('ws://') && !request.url().startsWith('data:'))
        foreign.push(request.url())
    })
    await page.goto(`${ORIGIN}/`)
    await page.getByRole('heading', { level: 1, name: 'Privacy versus lawful access' }).first().waitFor({ timeout: 90_000 })
    await page.goto(`${ORIGIN}/#/quiz-blackberry-pakistan`)
    await page.getByText(/Question 1 of \d+/).first().waitFor({ timeout: 60_000 })
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  }, 180_000)
})
