// `npm run live` as the lecturer runs it (scripts/live.ts as a child process on port 4137): the terminal shows the students' part
// and never the token (that is in a file only this user can read, gone after Ctrl-C); a second server on the same database, a
// --session the database does not hold and a database it cannot write each stop it with a message naming the file.
import type { ChildProcess } from 'node:child_process'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { startScript, tempSite } from './helpers.ts'

const PORT = 4137
const site = tempSite()
const tokenFile = `${site.dbPath}.lecturer.txt`
const children: ChildProcess[] = []
afterAll(() => {
  children.forEach(child => child.kill('SIGKILL'))
  site.remove()
})

const args = (db: string, extra: string[] = []) => ['--import', 'tsx', 'scripts/live.ts', '--port', String(PORT), '--db', db, '--dist', site.distDir, '--live-dist', site.liveDistDir, ...extra]

/** Starts the script and waits for the end of what it prints at start. */
function start(): Promise<{ child: ChildProcess, output: () => string }> {
  return startScript(args(site.dbPath), children)
}

function run(db: string, extra: string[] = []): Promise<{ code: number | null, output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args(db, extra), { cwd: process.cwd() }, (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, output: stdout + stderr }))
  })
}

describe('npm run live', () => {
  it('prints the join URL and QR code but not the token, which is in a file for the lecturer only and printed on request', async () => {
    const { child, output } = await start()
    const lecturer = readFileSync(tokenFile, 'utf8')
    const token = /Lecturer token: (\S+)/.exec(lecturer)?.[1]
    expect(token).toMatch(/^[\w-]{22}$/)
    expect(lecturer).toContain(`/live/control#token=${token}`)
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600)
    expect(output()).toContain(`http://127.0.0.1:${PORT}/live/`)
    expect(output()).toContain(tokenFile)
    expect(output()).toContain('Peer instruction: round 2 of a two-round question is marked')
    expect(output()).not.toContain(token)
    expect(output()).not.toContain('#token=')
    // Node 22 flags node:sqlite as experimental; the lecturer's terminal does not get that warning (other warnings pass).
    expect(output()).not.toContain('ExperimentalWarning')

    // Printed when asked: `t` and Enter.
    const before = output().length
    child.stdin!.write('t\n')
    await expect.poll(() => output().slice(before)).toContain(`Lecturer token: ${token}`)
    expect(output().slice(before)).toContain(`/live/control#token=${token}`)

    // 5. A second server on the same database stops with a clear error.
    const second = await run(site.dbPath, ['--port', String(PORT + 1)])
    expect(second.code).toBe(1)
    expect(second.output).toContain(`Another live server is using the database ${site.dbPath}`)

    child.kill('SIGINT')
    await new Promise(resolve => child.once('exit', resolve))
    expect(existsSync(tokenFile)).toBe(false)
  })

  it('6. refuses a --session the database does not hold, naming the file and listing its sessions', async () => {
    const result = await run(site.dbPath, ['--session', 'typo-session'])
    expect(result.code).toBe(1)
    expect(result.output).toContain(`There is no session "typo-session" in ${site.dbPath}. It holds:\n  `)
    expect(result.output).toMatch(/\n {2}\d{8}-\d{4}-[0-9a-f]{6} {2}\(started \d{4}-\d\d-\d\d \d\d:\d\d UTC, 0 participants\)/)
  })

  it.each([
    [['--marked-round', '3'], '--marked-round must be 1 or 2 (which round of a peer-instruction question is marked), not "3".'],
    [['--mistake-share', '15'], '--mistake-share must be a share from 0 to 1 (e.g. 0.15), not "15".'],
  ])('refuses %j, saying what it takes', async (extra, message) => {
    const result = await run(site.dbPath, extra)
    expect(result.code).toBe(1)
    expect(result.output).toContain(message)
  })

  it('4. refuses to start on a database it cannot write, naming the file', async () => {
    const broken = `${site.dir}/broken.sqlite`
    writeFileSync(broken, 'not a database '.repeat(100))
    const result = await run(broken)
    expect(result.code).toBe(1)
    expect(result.output).toContain(`Cannot write the database ${broken}: file is not a database`)
  })
})
