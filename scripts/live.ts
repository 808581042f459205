// `npm run live`: the live class server — serves the live pages (and the deck to the lecturer only), prints the students' part (join
// URL, QR code) apart from the lecturer's (token, control URL: in a file, and on this terminal only when asked); stops cleanly on
// Ctrl-C. With --export, writes a stored session's gradebook instead (--format moodle|canvas: an LMS's grade import); with
// --report, compares stored sessions (node/live/report.ts).
import type { LiveServer } from '../node/live/server.ts'
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { renderUnicodeCompact } from 'uqr'
import { formatError } from '../logic/content/errors.ts'
import { IDENTIFIER_LABELS } from '../logic/interchange/grade-csv.ts'
import { ASK_ID_KINDS } from '../logic/live/identifier.ts'
import { spacedJoinCode } from '../logic/live/join-code.ts'
import { GRADEBOOK_FORMATS } from '../logic/live/lms-gradebook.ts'
import { DEFAULT_MIN_SHARE } from '../logic/live/misconception.ts'
import { buildFilter, parseWordList } from '../logic/live/moderation.ts'
import { DEFAULT_MARKED_ROUND } from '../logic/live/rounds.ts'
import { cleanLabel } from '../logic/live/session-label.ts'
import { exportGradebook } from '../node/live/export-session.ts'
import { JOIN_QR } from '../node/live/qr-svg.ts'
import { writeReport } from '../node/live/report.ts'
import { defaultRoomLimits } from '../node/live/room.ts'
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
    'max-participants': { type: 'string', default: String(defaultRoomLimits.maxParticipants) },
    'allow-host': { type: 'string', multiple: true },
    'label': { type: 'string' },
    'report': { type: 'boolean' },
    'report-csv': { type: 'string' },
    'words': { type: 'string' },
    'ask-id': { type: 'string' },
    'format': { type: 'string' },
    'marked-round': { type: 'string', default: String(DEFAULT_MARKED_ROUND) },
    'mistake-share': { type: 'string', default: String(DEFAULT_MIN_SHARE) },
  },
})

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a port number, not "${values.port}".`)
const maxParticipants = Number(values['max-participants'])
if (!Number.isInteger(maxParticipants) || maxParticipants < 1)
  fail(`--max-participants must be a whole number of at least 1, not "${values['max-participants']}".`)
const markedRound = Number(values['marked-round'])
if (markedRound !== 1 && markedRound !== 2)
  fail(`--marked-round must be 1 or 2 (which round of a peer-instruction question is marked), not "${values['marked-round']}".`)
const mistakeShare = Number(values['mistake-share'])
if (!(mistakeShare >= 0 && mistakeShare <= 1))
  fail(`--mistake-share must be a share from 0 to 1 (e.g. 0.15), not "${values['mistake-share']}".`)
if (values.session !== undefined && !SESSION_ID.test(values.session))
  fail('--session takes a session id as printed when that session started (letters, digits, "-", "_").')
const askId = ASK_ID_KINDS.find(kind => kind === values['ask-id'])
if (values['ask-id'] !== undefined && !askId)
  fail(`--ask-id takes email (students give their university email address) or number (their student ID number), not "${values['ask-id']}".`)
if (values.format !== undefined && !GRADEBOOK_FORMATS.includes(values.format as typeof GRADEBOOK_FORMATS[number]))
  fail(`--format takes moodle or canvas (the grade import of that LMS), or plain (the session's own CSV, the default), not "${values.format}".`)
if (values.format !== undefined && values.export === undefined)
  fail('--format goes with --export (the file to write).')
const content = readContent(root)
if (!content.ok)
  fail(`The content has errors (npm run validate shows them):\n${content.errors.map(formatError).join('\n')}`)
const dbPath = resolve(values.db)
const label = values.label === undefined ? undefined : cleanLabel(values.label)
if (label && !label.ok)
  fail(label.message)

if (values.report || values['report-csv'] !== undefined) {
  // Compare stored sessions and stop: read-only, nothing is served. --session may be given several times.
  if (values.label !== undefined || values.export !== undefined)
    fail('--report only reads: leave out --label and --export (relabel a session with --session <id> --label "…" when you serve it).')
  const sessionIds = parseArgs({ options: { session: { type: 'string', multiple: true } }, strict: false }).values.session as string[] | undefined ?? []
  const badId = sessionIds.find(id => !SESSION_ID.test(id))
  if (badId !== undefined)
    fail(`--session takes a session id as printed when that session started (letters, digits, "-", "_"), not "${badId}".`)
  try {
    process.stdout.write(await writeReport({ dbPath, content: content.value, sessionIds, csvPath: values['report-csv'] === undefined ? undefined : resolve(values['report-csv']) }))
  }
  catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
  process.exit(0)
}

if (values.export !== undefined) {
  // Export a stored session's gradebook and stop: nothing is served.
  if (values.session === undefined)
    fail('--export needs the --session to export (its id was printed when it started).')
  if (!existsSync(dbPath))
    fail(`There is no database at ${dbPath} (give its path with --db).`)
  const store = openSqliteStore(dbPath, { readOnly: true })
  const download = await exportGradebook(store, content.value, values.session, values.format)
  const sessions = await store.listSessions()
  await store.close()
  if (download === undefined)
    fail(`There is no session "${values.session}" in ${dbPath}. ${sessions.length ? `It holds: ${sessions.map(s => s.sessionId).join(', ')}.` : 'It holds no sessions.'}`)
  if (!download.ok)
    fail(download.message)
  writeFileSync(values.export, download.body)
  console.log(`Wrote the ${values.format && values.format !== 'plain' ? `${values.format} grade import` : 'gradebook'} of session ${values.session} to ${resolve(values.export)}.`)
  for (const problem of download.problems)
    console.error(`  Left out or changed: ${problem}`)
  process.exit(0)
}

/** The moderation word list: the default one, with the lecturer's file (--words) added and its -entries taken out. */
function wordFilter(file: string | undefined) {
  if (file === undefined)
    return buildFilter()
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  }
  catch (error) {
    fail(`--words: cannot read ${resolve(file)}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = parseWordList(text, resolve(file))
  if (!parsed.ok)
    fail(`The word list has errors:\n${parsed.errors.join('\n')}`)
  return buildFilter(parsed)
}

const distDir = resolve(values.dist)
const liveDistDir = resolve(values['live-dist'])
if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(liveDistDir, 'student.html')))
  fail(`The built pages are missing (${join(distDir, 'index.html')}, ${join(liveDistDir, 'student.html')}).\nBuild them first: npm run build && npm run build:live`)

let server: LiveServer
try {
  server = await createLiveServer({
    port,
    host: values.host,
    dbPath,
    sessionId: values.session,
    distDir,
    liveDistDir,
    content: content.value,
    roomLimits: { ...defaultRoomLimits, maxParticipants },
    rounds: { markedRound, mistakeShare },
    allowedHosts: values['allow-host'],
    label: label?.ok ? label.label ?? null : undefined,
    wordFilter: wordFilter(values.words),
    ...(askId ? { askId } : {}),
    log: message => console.error(`${new Date().toISOString()} ${message}`),
  })
}
catch (error) {
  fail(`The live server could not start: ${error instanceof Error ? error.message : String(error)}`)
}

/** The lecturer's part, never printed under the students' QR code. */
const lecturerPart = `Lecturer token: ${server.token}
Control page:   ${server.controlUrl}`
/** Next to the database, readable by this user only; deleted on Ctrl-C. */
const tokenFile = `${dbPath}.lecturer.txt`
writeFileSync(tokenFile, `${lecturerPart}\n`, { mode: 0o600 })
chmodSync(tokenFile, 0o600)

console.log(`
Live class: students scan the code, or open

  ${server.joinUrl.replace(/\/$/, '')}

and type the join code

  Join code:      ${[...spacedJoinCode(server.joinCode)].join(' ')}

${renderUnicodeCompact(server.joinLink, { ...JOIN_QR, border: 2 })}
Join link with the code (what the QR code holds): ${server.joinLink}
${askId ? `Students are asked for their ${IDENTIFIER_LABELS[askId]} (--ask-id ${askId}).\n` : ''}Projector page: ${server.projectorUrl}  (open it from the control page, in the same browser, to show the join code)
Session:        ${server.sessionId}${server.room.label === undefined ? '' : `  "${server.room.label}"`}  (resume later with --session ${server.sessionId})
Database:       ${dbPath}
Peer instruction: round ${server.room.markedRound} of a two-round question is marked${values.session !== undefined && server.room.markedRound !== markedRound ? ' (as when this session started)' : ''}
${values.host === '127.0.0.1' ? '\nOnly this computer can connect. For phones on the room\'s network: npm run live -- --host 0.0.0.0\n' : ''}
Lecturer: the control page's address (it holds the token; keep it off the projector) is in
  ${tokenFile}
or type t and Enter here to print it (switch the projector away first).

Stop with Ctrl-C.`)
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim().toLowerCase() === 't')
    console.log(`\n${lecturerPart}\n`)
})

let stopping = false
async function stop(signal: string) {
  if (stopping)
    return
  stopping = true
  console.log(`\n${signal}: closing connections and the database …`)
  await server.close()
  rmSync(tokenFile, { force: true })
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
