// `npm run live`: the live class server — serves the built deck and live pages, prints the join URL, a QR code, the lecturer token and the control URL; stops cleanly on Ctrl-C. With --export, writes a stored session's gradebook instead.
import type { LiveServer } from '../node/live/server.ts'
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { renderUnicodeCompact } from 'uqr'
import { formatError } from '../logic/content/errors.ts'
import { exportGradebook } from '../node/live/export-session.ts'
import { JOIN_QR } from '../node/live/qr-svg.ts'
import { createLiveServer, SESSION_ID } from '../node/live/server.ts'
import { openSqliteStore } from '../node/live/sqlite-store.ts'
import { readContent } from '../node/read-content.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    'port': { type: 'string', default: '4000' },
    'host': { type: 'string', default: '127.0.0.1' },
    'db': { type: 'string', default: 'live.sqlite' },
    'session': { type: 'string' },
    'dist': { type: 'string', default: join(root, 'dist') },
    'live-dist': { type: 'string', default: join(root, 'dist-live') },
    'export': { type: 'string' },
  },
})

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a port number, not "${values.port}".`)
if (values.session !== undefined && !SESSION_ID.test(values.session))
  fail('--session takes a session id as printed when that session started (letters, digits, "-", "_").')
const content = readContent(root)
if (!content.ok)
  fail(`The content has errors (npm run validate shows them):\n${content.errors.map(formatError).join('\n')}`)

if (values.export !== undefined) {
  // Export a stored session's gradebook and stop: nothing is served.
  if (values.session === undefined)
    fail('--export needs the --session to export (its id was printed when it started).')
  const dbPath = resolve(values.db)
  if (!existsSync(dbPath))
    fail(`There is no database at ${dbPath} (give its path with --db).`)
  const store = openSqliteStore(dbPath)
  const csv = await exportGradebook(store, content.value, values.session)
  await store.close()
  if (csv === undefined)
    fail(`There is no session "${values.session}" in ${dbPath}.`)
  writeFileSync(values.export, csv)
  console.log(`Wrote the gradebook of session ${values.session} to ${resolve(values.export)}.`)
  process.exit(0)
}

const distDir = resolve(values.dist)
const liveDistDir = resolve(values['live-dist'])
if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(liveDistDir, 'student.html')))
  fail(`The built pages are missing (${join(distDir, 'index.html')}, ${join(liveDistDir, 'student.html')}).\nBuild them first: npm run build && npm run build:live`)

let server: LiveServer
try {
  server = await createLiveServer({ port, host: values.host, dbPath: resolve(values.db), sessionId: values.session, distDir, liveDistDir, content: content.value })
}
catch (error) {
  fail(`The live server could not start: ${error instanceof Error ? error.message : String(error)}`)
}

console.log(`
Live class: students join at

  ${server.joinUrl}

${renderUnicodeCompact(server.joinUrl, { ...JOIN_QR, border: 2 })}
Session:        ${server.sessionId}  (resume later with --session ${server.sessionId})
Database:       ${resolve(values.db)}
Deck:           ${server.url}/
Lecturer token: ${server.token}   (keep it to yourself: it controls the session)
Control page:   ${server.controlUrl}
Projector page: ${server.projectorUrl}
${values.host === '127.0.0.1' ? '\nOnly this computer can connect. For phones on the room\'s network: npm run live -- --host 0.0.0.0\n' : ''}
Stop with Ctrl-C.`)

let stopping = false
async function stop(signal: string) {
  if (stopping)
    return
  stopping = true
  console.log(`\n${signal}: closing connections and the database …`)
  await server.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
