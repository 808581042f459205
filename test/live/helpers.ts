import type { ChildProcess } from 'node:child_process'
// Helpers for the live server's integration tests: a server on a temp database with stub pages, and a WebSocket client that waits for messages by type.
import type { ServerMessage, ServerMessageOf } from '../../logic/live/protocol.ts'
import type { LiveServer, LiveServerOptions } from '../../node/live/server.ts'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import WebSocket from 'ws'
import { createLiveServer } from '../../node/live/server.ts'
import { readContent } from '../../node/read-content.ts'

const compiled = readContent(process.cwd())
if (!compiled.ok)
  throw new Error('The content does not compile; run npm run validate.')
export const content = compiled.value

/** A temp folder with stub dist/ and dist-live/ pages, so the tests never need a build. */
export function tempSite(): { dir: string, distDir: string, liveDistDir: string, dbPath: string, remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'live-test-'))
  const distDir = join(dir, 'dist')
  const liveDistDir = join(dir, 'dist-live')
  mkdirSync(join(distDir, 'assets'), { recursive: true })
  mkdirSync(join(liveDistDir, 'assets'), { recursive: true })
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>deck stub</title>')
  writeFileSync(join(distDir, 'assets', 'deck.js'), 'console.log("deck")')
  for (const page of ['student', 'control', 'projector'])
    writeFileSync(join(liveDistDir, `${page}.html`), `<!doctype html><title>${page} stub</title>`)
  writeFileSync(join(liveDistDir, 'assets', 'live.js'), 'console.log("live")')
  return { dir, distDir, liveDistDir, dbPath: join(dir, 'live.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Runs `node <args>` (e.g. scripts/live.ts) as the lecturer does and waits for the end of what it prints at start; `children` collects it for cleanup. */
export function startScript(args: string[], children: ChildProcess[]): Promise<{ child: ChildProcess, output: () => string }> {
  const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe'] })
  children.push(child)
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the script did not start:\n${output}`)), 30_000)
    const read = (chunk: { toString: () => string }) => {
      output += chunk.toString()
      if (output.includes('Stop with Ctrl-C.')) {
        clearTimeout(timer)
        resolve({ child, output: () => output })
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', code => reject(new Error(`the script exited (${code}):\n${output}`)))
  })
}
/** Each running test server's join code, by its URL: joinStudent sends it as a student who typed it would. */
export const joinCodes = new Map<string, string>()

export async function startServer(port: number, site: ReturnType<typeof tempSite>, extra: Partial<LiveServerOptions> = {}): Promise<LiveServer> {
  const server = await createLiveServer({ port, host: '127.0.0.1', dbPath: site.dbPath, distDir: site.distDir, liveDistDir: site.liveDistDir, content, ...extra })
  joinCodes.set(server.url, server.joinCode)
  return server
}

/** A WebSocket client that records every message and can wait for the next one of a type. */
export class TestClient {
  readonly messages: ServerMessage[] = []
  readonly raw: string[] = []
  private cursor = 0
  private waiters: Array<() => void> = []
  closed: { code: number, reason: string } | undefined

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = data.toString()
      this.raw.push(text)
      this.messages.push(JSON.parse(text) as ServerMessage)
      this.wake()
    })
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() }
      this.wake()
    })
  }

  static async connect(url: string, headers: Record<string, string> = {}): Promise<TestClient> {
    const socket = new WebSocket(`${url.replace('http', 'ws')}/live/ws`, { headers })
    const client = new TestClient(socket)
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
    })
    return client
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    waiters.forEach(wake => wake())
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message))
  }

  /** The next message of this type (and passing `test`) after the ones already taken; the others are skipped. */
  async next<T extends ServerMessage['type']>(type: T, test: (message: ServerMessageOf<T>) => boolean = () => true, timeoutMs = 5000): Promise<ServerMessageOf<T>> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      while (this.cursor < this.messages.length) {
        const message = this.messages[this.cursor++]!
        if (message.type === type && test(message as ServerMessageOf<T>))
          return message as ServerMessageOf<T>
      }
      if (this.closed)
        throw new Error(`closed (${this.closed.code}) while waiting for ${type}`)
      const left = deadline - Date.now()
      if (left <= 0)
        throw new Error(`no ${type} within ${timeoutMs} ms; got ${JSON.stringify(this.messages.map(m => m.type))}`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  async waitClosed(timeoutMs = 5000): Promise<{ code: number, reason: string }> {
    const deadline = Date.now() + timeoutMs
    while (!this.closed && Date.now() < deadline)
      await new Promise(resolve => setTimeout(resolve, 20))
    if (!this.closed)
      throw new Error('still open')
    return this.closed
  }

  close(): void {
    this.socket.close()
  }
}

let counter = 0
/** A clientId as a browser makes one. */
export function newClientId(): string {
  return `client-${process.pid}-${Date.now()}-${++counter}`.padEnd(16, 'x')
}

/** A student who has joined: hello, welcome, first state. */
export async function joinStudent(url: string, name: string, clientId = newClientId(), extra: { code?: string, identifier?: string } = {}): Promise<{ client: TestClient, clientId: string, welcome: ServerMessageOf<'welcome'>, state: ServerMessageOf<'state'> }> {
  const client = await TestClient.connect(url)
  client.send({ type: 'hello', role: 'student', clientId, name, code: joinCodes.get(url), ...extra })
  const welcome = await client.next('welcome')
  const state = await client.next('state')
  return { client, clientId, welcome, state }
}

export async function joinLecturer(url: string, token: string): Promise<TestClient> {
  const client = await TestClient.connect(url)
  client.send({ type: 'hello', role: 'lecturer', token })
  await client.next('welcome')
  await client.next('lecturer-state')
  return client
}

/** Steps run after each test, last first (`afterEach(runCleanup(steps))`). */
export type Cleanup = Array<() => Promise<void> | void>

/**
 * A server on `site` with its lecturer connected; `cleanup` stops both and removes the site after the test, and
 * `close` stops them early (to restart on the same database).
 */
export async function serveWithLecturer(port: number, cleanup: Cleanup, site = tempSite(), extra: Partial<LiveServerOptions> = {}) {
  cleanup.push(() => site.remove())
  const server = await startServer(port, site, extra)
  let closed = false
  cleanup.push(() => closed ? undefined : server.close())
  const lecturer = await joinLecturer(server.url, server.token)
  cleanup.push(() => lecturer.socket.terminate())
  return { server, site, lecturer, close: async () => {
    closed = true
    lecturer.socket.terminate()
    await server.close()
  } }
}

/** A student joined to `server`, once their first `first` message has come; their socket is closed after the test. */
export async function studentAwaiting(server: LiveServer, cleanup: Cleanup, first: ServerMessage['type'], name: string, clientId?: string) {
  const joined = await joinStudent(server.url, name, clientId)
  cleanup.push(() => joined.client.socket.terminate())
  await joined.client.next(first)
  return joined
}

/** A projector connected to `server`, once its first `first` message has come; closed after the test. */
export async function projectorAwaiting(server: LiveServer, cleanup: Cleanup, first: ServerMessage['type']): Promise<TestClient> {
  const client = await TestClient.connect(server.url)
  cleanup.push(() => client.socket.terminate())
  client.send({ type: 'hello', role: 'projector' })
  await client.next(first)
  return client
}
