// `npm run loadtest` as the docs run it, small: 30 students answer 2 questions in two
// peer-instruction rounds each beside the 5 hostile clients of --abuse (port 4142);
// every acknowledged answer is stored (round 2's apart), none is lost, and the report says so.
import { execFile } from 'node:child_process'
import process from 'node:process'
import { describe, expect, it } from 'vitest'

function loadtest(args: string[]): Promise<{ code: number, output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/loadtest.ts', ...args], { cwd: process.cwd(), timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr })
    })
  })
}

describe('npm run loadtest', () => {
  it('with --abuse, a small class loses no acknowledged answer and sees no error', async () => {
    const { code, output } = await loadtest(['--students', '30', '--questions', '2', '--spread', '300', '--abuse', '--port', '4142'])
    expect(output).toMatch(/2 rounds each/)
    expect(output).toMatch(/answers sent 120, acked 120, stored 120, acked but not stored 0/)
    expect(output).toMatch(/^errors 0/m)
    expect(output).toMatch(/hostile: join flood/)
    expect(code, output).toBe(0)
  }, 150_000)

  it('with --polls, every word-cloud entry sent beside the answers is acknowledged and stored, one per student', async () => {
    const { code, output } = await loadtest(['--students', '30', '--questions', '2', '--spread', '300', '--polls', '--port', '4208'])
    expect(output).toMatch(/answers sent 60, acked 60, stored 60, acked but not stored 0/)
    expect(output).toMatch(/word-cloud entries sent (\d+), acked \1, stored 30 \(one per student, each the last sent\)/)
    expect(code, output).toBe(0)
  }, 150_000)
})
