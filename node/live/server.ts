// The live class server: Fastify serving the live pages, the WebSocket endpoint, the lecturer's results and — to the
// lecturer only — the built deck; nothing else (404). It answers only to its own addresses (Host) and pages (Origin),
// caps connections, and closes sockets that never say hello, stall mid-frame or stop reading. Logic lives in LiveRoom and logic/live.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AddressInfo } from 'node:net'
import type { WebSocket } from 'ws'
import type { Content } from '../../logic/content/compile.ts'
import type { WordFilter } from '../../logic/live/moderation.ts'
import type { AskId, JoinResponse, ServerMessage } from '../../logic/live/protocol.ts'
import type { RateLimits } from './rate-limit.ts'
import type { Connection, RoomLimits, RoomOptions } from './room.ts'
import type { LiveStore } from './store.ts'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import fastifyWebsocket from '@fastify/websocket'
import Fastify from 'fastify'
import * as v from 'valibot'
import { csvText } from '../../logic/csv.ts'
import { joinLinkWithCode } from '../../logic/live/join-code.ts'
import { LIVE_DECK_PATH, LIVE_GRADEBOOK_PATH, LIVE_INFO_PATH, LIVE_JOIN_PATH, LIVE_MODE_HEADER, LIVE_PAGES, LIVE_POLL_ROOM_PATH, LIVE_POLLS_CSV_PATH, LIVE_QR_PATH, LIVE_REPORT_CSV_PATH, LIVE_REPORT_PATH, LIVE_RESULTS_PATH, LIVE_WS_PATH } from '../../logic/live/paths.ts'
import { clientMessageSchema, MAX_FRAME_BYTES } from '../../logic/live/protocol.ts'
import { reportCsv } from '../../logic/live/report-format.ts'
import { sessionLine } from '../../logic/live/session-label.ts'
import { GRADE_PROBLEMS_HEADER, gradebookDownload } from './gradebook-download.ts'
import { servedHostnames, urlHost } from './network.ts'
import { qrSvg } from './qr-svg.ts'
import { defaultRateLimits, KeyedBuckets, TokenBucket } from './rate-limit.ts'
import { compareSessions } from './report.ts'
import { LiveRoom } from './room.ts'
import { openSqliteStore } from './sqlite-store.ts'
import { bearerToken, createToken, tokenChecker } from './token.ts'

/** Connection limits: sized so that the load test's 1,000 students beside hostile clients stay under 200 ms (docs/live.md). */
export interface ConnectionLimits {
  /** WebSocket connections open at once, all clients together. */
  maxConnections: number
  /** A socket that has not said hello by then is closed. */
  helloTimeoutMs: number
  /** A socket that leaves a frame half sent this long is closed. */
  frameTimeoutMs: number
  /** Bytes queued for a client that does not read: above it the socket is closed (it reconnects and gets a fresh view). */
  maxBufferedBytes: number
}

export const defaultConnectionLimits: ConnectionLimits = {
  maxConnections: 5000,
  helloTimeoutMs: 10_000,
  frameTimeoutMs: 10_000,
  maxBufferedBytes: 2 * 1024 * 1024,
}

export interface LiveServerOptions {
  port: number
  host: string
  dbPath: string
  /** Resume this session (it must exist in the database); a new one is started when omitted. */
  sessionId?: string
  /** The built deck (dist/), served to the lecturer only. */
  distDir: string
  /** The built live pages (dist-live/: student.html, control.html, projector.html, assets/). */
  liveDistDir: string
  content: Content
  rateLimits?: RateLimits
  roomLimits?: RoomLimits
  /** Peer instruction and the commonest mistake at reveal (`--marked-round`, `--mistake-share`). */
  rounds?: Pick<RoomOptions, 'markedRound' | 'mistakeShare'>
  connectionLimits?: Partial<ConnectionLimits>
  /** Further names this server answers to (e.g. a reverse proxy's), beside its own addresses. */
  allowedHosts?: string[]
  /** A store instead of SQLite at dbPath (tests). */
  store?: LiveStore
  /** Where storage failures are reported; the terminal (stderr) by default. */
  log?: (message: string) => void
  /** The session's label (see RoomOptions.label). */
  label?: string | null
  /** The moderation word list (`--words`); the default list when omitted. */
  wordFilter?: WordFilter
  /** Ask new participants for their email address or ID number (`--ask-id`), for the LMS gradebooks. */
  askId?: AskId
}

export interface LiveServer {
  url: string
  joinUrl: string
  controlUrl: string
  projectorUrl: string
  token: string
  sessionId: string
  /** The session's join code, and the join URL with it in the fragment (what the QR code holds). */
  joinCode: string
  joinLink: string
  room: LiveRoom
  /** WebSocket connections open now. */
  connections: () => number
  close: () => Promise<void>
}

export const SESSION_ID = /^[\w-]{1,64}$/
/** A connection that sends this many refused messages is closed (after what it already sent is answered). */
export const MAX_STRIKES = 20
const HEARTBEAT_MS = 30_000
/** Frames up to this size are read and answered `too-large` before the close; ws drops larger ones unread (1009 too). */
const HARD_FRAME_LIMIT = 4 * MAX_FRAME_BYTES
const DATE_PUNCTUATION = /[-:]/g
/** The cookie that lets the lecturer's browser load the deck (set by POST LIVE_DECK_PATH with the token). */
const DECK_COOKIE = 'live-deck'
const PORT_SUFFIX = /:\d+$/
const BRACKETS = /^\[|\]$/g

/** e.g. `20261123-1733-a1b2c3`: sortable, and short enough to type after --session. */
function newSessionId(): string {
  const stamp = new Date().toISOString().slice(0, 16).replace(DATE_PUNCTUATION, '').replace('T', '-')
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

/** Each live page's file in dist-live/. */
const PAGE_FILES: Record<string, string> = { [LIVE_PAGES.student]: 'student.html', [LIVE_PAGES.control]: 'control.html', [LIVE_PAGES.projector]: 'projector.html' }
const LIVE_PAGE_CSP = 'default-src \'self\'; connect-src \'self\'; img-src \'self\' data:; style-src \'self\' \'unsafe-inline\'; frame-ancestors \'none\'; base-uri \'none\'; form-action \'none\''
const DECK_LOCKED_PAGE = '<!doctype html><meta charset="utf-8"><title>Live class</title><p>The slides are served to the lecturer only, because they hold every quiz\'s answers. Lecturer: open them from the control page. Students: join at <a href="/live/">/live/</a>.</p>'

/** The hostname of a Host header (no port, no brackets), lower case. */
function hostnameOf(host: string | undefined): string | undefined {
  return host?.toLowerCase().replace(PORT_SUFFIX, '').replace(BRACKETS, '')
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=')
    if (key === name)
      return value.join('=')
  }
  return undefined
}

/** Opens the room: resumes `sessionId` when given (an error naming the database and its sessions when it is not there), else starts a new session. */
async function openRoom(store: LiveStore, options: LiveServerOptions, room: RoomOptions): Promise<LiveRoom> {
  if (options.sessionId === undefined)
    return LiveRoom.create(room)
  const resumed = await LiveRoom.resume(room)
  if (resumed)
    return resumed
  const sessions = await store.listSessions()
  const list = sessions.length
    ? `It holds:\n${sessions.map(s => `  ${sessionLine(s)}`).join('\n')}`
    : 'It holds no sessions yet.'
  throw new Error(`There is no session "${options.sessionId}" in ${options.dbPath}. ${list}\nLeave out --session to start a new one.`)
}

export async function createLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const sessionId = options.sessionId ?? newSessionId()
  if (!SESSION_ID.test(sessionId))
    throw new Error(`The session id "${sessionId}" may only have letters, digits, "-" and "_".`)
  const limits = options.rateLimits ?? defaultRateLimits
  const connectionLimits = { ...defaultConnectionLimits, ...options.connectionLimits }
  const log = options.log ?? (message => console.error(message))
  const token = createToken()
  const checkToken = tokenChecker(token)
  const deckSecret = createToken()
  const store = options.store ?? openSqliteStore(options.dbPath)
  let joinUrl = ''
  let qrCode: string | undefined
  /** The QR code of the join link with the code, for the lecturer's browser only. */
  let qrWithCode: string | undefined
  let room: LiveRoom
  try {
    room = await openRoom(store, options, { store, content: options.content, sessionId, joinUrl: () => joinUrl, checkToken, log, limits: options.roomLimits, label: options.label, wordFilter: options.wordFilter, ...(options.askId ? { askId: options.askId } : {}), ...options.rounds })
  }
  catch (error) {
    await store.close()
    throw error
  }
  const ipMessages = new KeyedBuckets(limits.ipMessages)
  const ipConnections = new KeyedBuckets(limits.ipConnections)
  let allowedHostnames = new Set<string>()

  const app = Fastify({ logger: false, bodyLimit: 1024, requestTimeout: 10_000, connectionTimeout: 30_000 })
  // DNS rebinding: a page on another name that resolves here gets nothing.
  const ownHost = async (request: FastifyRequest, reply: FastifyReply) => {
    const hostname = hostnameOf(request.headers.host)
    if (!hostname || !allowedHostnames.has(hostname))
      return reply.code(421).type('text/plain').send(`This live server answers only to ${[...allowedHostnames].join(', ')}.`)
  }
  // (The WebSocket route checks it itself: a reply from a server-wide hook leaves an upgrade's socket open.)
  app.addHook('onRequest', async (request, reply) => request.url === LIVE_WS_PATH ? undefined : ownHost(request, reply))
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff')
    reply.header(LIVE_MODE_HEADER, 'on')
    reply.header('referrer-policy', 'no-referrer')
    if (request.url.startsWith('/live/api/'))
      reply.header('cache-control', 'no-store')
  })
  /** New connections and API calls per client IP. */
  const limitIp = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!ipConnections.take(request.ip))
      return reply.code(429).send({ error: 'rate-limited' })
  }
  const lecturerOnly = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!checkToken(bearerToken(request.headers.authorization)))
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorised' })
  }
  const deckCheck = tokenChecker(deckSecret)
  /** The browser that shows the slides (it holds their cookie), or a caller with the token: it may see the join code. */
  const isLecturerBrowser = (request: FastifyRequest) => deckCheck(cookieValue(request.headers.cookie, DECK_COOKIE)) || checkToken(bearerToken(request.headers.authorization))

  await app.register(fastifyWebsocket, { options: { maxPayload: HARD_FRAME_LIMIT } })
  // The deck holds every key: only a browser that has shown the token (the control page does) may load it.
  await app.register(async (deck) => {
    deck.addHook('onRequest', async (request, reply) => {
      if (request.url.startsWith('/live/'))
        return reply.callNotFound()
      if (!deckCheck(cookieValue(request.headers.cookie, DECK_COOKIE)))
        return reply.code(401).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(DECK_LOCKED_PAGE)
    })
    deck.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store')
    })
    await deck.register(fastifyStatic, { root: options.distDir, prefix: '/', decorateReply: false, index: 'index.html', list: false, dotfiles: 'ignore' })
  })
  await app.register(fastifyStatic, { root: join(options.liveDistDir, 'assets'), prefix: '/live/assets/', index: false, list: false, dotfiles: 'ignore', allowedPath: path => !path.endsWith('/') })

  for (const [path, file] of Object.entries(PAGE_FILES))
    app.get(path, (_request, reply) => reply.header('content-security-policy', LIVE_PAGE_CSP).sendFile(file, options.liveDistDir))
  app.get('/live', (_request, reply) => reply.redirect(LIVE_PAGES.student))

  app.get(LIVE_INFO_PATH, { onRequest: limitIp }, () => room.info())
  // The join code only to the lecturer's browser (the deck's join slide, the projector page opened there): anyone else
  // on the network gets the QR code of the plain join address, which asks for the code.
  app.get(LIVE_QR_PATH, { onRequest: limitIp }, (request, reply) => reply.type('image/svg+xml').send(isLecturerBrowser(request)
    ? qrWithCode ??= qrSvg(joinLinkWithCode(joinUrl, room.joinCode))
    : qrCode ??= qrSvg(joinUrl)))
  app.get(LIVE_JOIN_PATH, { onRequest: limitIp }, (request, reply): JoinResponse | FastifyReply => isLecturerBrowser(request)
    ? { joinUrl, joinCode: room.joinCode, joinLink: joinLinkWithCode(joinUrl, room.joinCode) }
    : reply.code(401).send({ error: 'unauthorised' }))
  app.get(LIVE_RESULTS_PATH, { onRequest: [limitIp, lecturerOnly] }, () => room.results())
  app.get<{ Querystring: { format?: string } }>(LIVE_GRADEBOOK_PATH, { onRequest: [limitIp, lecturerOnly] }, (request, reply) => {
    const download = gradebookDownload(room.results(), options.content, room.askId, request.query.format)
    if (!download.ok)
      return reply.code(download.status).type('text/plain; charset=utf-8').send(download.message)
    if (download.problems.length)
      reply.header(GRADE_PROBLEMS_HEADER, encodeURIComponent(JSON.stringify(download.problems)))
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${download.filename}"`)
      .send(download.body)
  })
  app.get(LIVE_REPORT_PATH, { onRequest: [limitIp, lecturerOnly] }, () => compareSessions(store, options.content, [], options.dbPath))
  app.get(LIVE_REPORT_CSV_PATH, { onRequest: [limitIp, lecturerOnly] }, async (_request, reply) => reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', 'attachment; filename="sessions-compared.csv"')
    .send(reportCsv(await compareSessions(store, options.content, [], options.dbPath))))
  app.get(LIVE_POLLS_CSV_PATH, { onRequest: [limitIp, lecturerOnly] }, (_request, reply) => reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="polls-${sessionId}.csv"`)
    .send(`\uFEFF${csvText(room.pollRows())}`))
  // The deck's scale slides show the room (lecturer's browser only); no tally while a run is open.
  app.get<{ Params: { pollId: string } }>(LIVE_POLL_ROOM_PATH, { onRequest: limitIp }, (request, reply) => {
    if (!isLecturerBrowser(request))
      return reply.code(401).send({ error: 'unauthorised' })
    const result = room.pollRoom(request.params.pollId)
    return result.ok ? result.room : reply.code(404).send({ error: 'not-found', message: result.message })
  })
  app.post(LIVE_DECK_PATH, { onRequest: [limitIp, lecturerOnly] }, (_request, reply) => reply
    .header('set-cookie', `${DECK_COOKIE}=${deckSecret}; Path=/; HttpOnly; SameSite=Strict`)
    .code(204)
    .send())

  // Cross-site pages may not open the socket in a visitor's name; a browser always sends Origin here.
  const sameOrigin = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin
    if (origin === undefined)
      return
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined
    if (!parsed || parsed.origin === 'null' || parsed.host !== request.headers.host)
      return reply.code(403).send({ error: 'forbidden' })
  }
  const roomForMore = async (_request: FastifyRequest, reply: FastifyReply) => {
    if (app.websocketServer.clients.size >= connectionLimits.maxConnections)
      return reply.code(503).send({ error: 'full' })
  }
  app.get(LIVE_WS_PATH, { websocket: true, onRequest: [ownHost, limitIp, sameOrigin, roomForMore] }, (socket, request) => {
    serveSocket(room, socket, request.ip, connectionLimits, new TokenBucket(limits.connection), () => ipMessages.take(request.ip))
  })

  try {
    await app.listen({ port: options.port, host: options.host })
  }
  catch (error) {
    room.stop()
    await store.close()
    throw error
  }
  const { port } = app.server.address() as AddressInfo
  allowedHostnames = new Set([...servedHostnames(options.host), ...(options.allowedHosts ?? []).map(h => h.toLowerCase())])
  const url = `http://${urlHost(options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host)}:${port}`
  // The address the room's devices use (`url` above is this computer's own).
  const roomOrigin = `http://${urlHost(options.host)}:${port}`
  joinUrl = `${roomOrigin}${LIVE_PAGES.student}`

  const heartbeat = setInterval(() => {
    for (const client of app.websocketServer.clients) {
      const alive = client as WebSocket & { alive?: boolean }
      if (alive.alive === false)
        client.terminate()
      alive.alive = false
      client.ping()
    }
  }, HEARTBEAT_MS)
  // A frame left half sent is not a message the room will ever see: close it rather than hold its buffer.
  const frameWatch = setInterval(() => {
    const now = Date.now()
    for (const client of app.websocketServer.clients) {
      const watched = client as WebSocket & { partialSince?: number, _receiver?: { _bufferedBytes?: number } }
      if (!(watched._receiver?._bufferedBytes)) {
        watched.partialSince = undefined
        continue
      }
      watched.partialSince ??= now
      if (now - watched.partialSince >= connectionLimits.frameTimeoutMs)
        client.terminate()
    }
  }, Math.max(50, connectionLimits.frameTimeoutMs / 4))

  return {
    url,
    joinUrl,
    controlUrl: `${roomOrigin}${LIVE_PAGES.control}#token=${token}`,
    projectorUrl: `${roomOrigin}${LIVE_PAGES.projector}`,
    token,
    sessionId,
    joinCode: room.joinCode,
    joinLink: joinLinkWithCode(joinUrl, room.joinCode),
    room,
    connections: () => app.websocketServer.clients.size,
    async close() {
      clearInterval(heartbeat)
      clearInterval(frameWatch)
      room.stop()
      await app.close()
      await store.close()
    },
  }
}

/** One WebSocket: hello and frame timeouts, a bounded send buffer, rate limits, frame and JSON checks, schema validation, then the room. */
function serveSocket(room: LiveRoom, socket: WebSocket, address: string, limits: ConnectionLimits, bucket: TokenBucket, ipAllows: () => boolean): void {
  let strikes = 0
  /** Set when the socket has had too many refusals: later messages are not applied, earlier ones are still answered. */
  let closing = false
  let handled = Promise.resolve()
  const write = (text: string) => {
    if (socket.readyState !== socket.OPEN)
      return
    if (socket.bufferedAmount > limits.maxBufferedBytes)
      return socket.terminate()
    socket.send(text)
  }
  const connection: Connection = {
    address,
    send(message: ServerMessage) {
      write(JSON.stringify(message))
      if (message.type === 'error' && ++strikes >= MAX_STRIKES && !closing) {
        closing = true
        // Answer (or refuse) everything already accepted, then close.
        void handled.then(() => socket.close(1008, 'too many refused messages'))
      }
    },
    sendText: write,
    close: (code, reason) => socket.close(code, reason),
  }
  const alive = socket as WebSocket & { alive?: boolean }
  alive.alive = true
  socket.on('pong', () => {
    alive.alive = true
  })
  const helloTimer = setTimeout(() => {
    if (!connection.role && socket.readyState === socket.OPEN) {
      write(JSON.stringify({ type: 'error', code: 'bad-message', message: `Say hello within ${limits.helloTimeoutMs / 1000} s of connecting.` }))
      socket.close(1008, 'no hello')
    }
  }, limits.helloTimeoutMs)
  room.connect(connection)
  socket.on('close', () => {
    clearTimeout(helloTimer)
    room.disconnect(connection)
  })
  socket.on('message', (data, isBinary) => {
    alive.alive = true
    if (closing)
      return
    const size = Array.isArray(data) ? data.reduce((sum, part) => sum + part.byteLength, 0) : data.byteLength
    if (size > MAX_FRAME_BYTES) {
      connection.send({ type: 'error', code: 'too-large', message: `Messages may be at most ${MAX_FRAME_BYTES} bytes.` })
      return socket.close(1009, 'message too large')
    }
    if (!bucket.take() || !ipAllows())
      return connection.send({ type: 'error', code: 'rate-limited', message: 'Too many messages; slow down.' })
    let json: unknown
    try {
      json = isBinary ? undefined : JSON.parse(data.toString())
    }
    catch {}
    const parsed = v.safeParse(clientMessageSchema, json)
    if (!parsed.success) {
      const path = v.getDotPath(parsed.issues[0])
      return connection.send({ type: 'error', code: 'bad-message', message: json === undefined ? 'Messages must be JSON text.' : `That message is not valid${path ? ` (at ${path})` : ''}.` })
    }
    // One message at a time per connection, in order: an answer sent right after a hello waits for the welcome.
    handled = handled
      .then(() => room.handle(connection, parsed.output))
      .catch(() => connection.send({ type: 'error', code: 'bad-message', message: 'That message could not be handled.' }))
  })
}
