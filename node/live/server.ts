// The live class server: Fastify serving the built deck, the live pages, the WebSocket endpoint and the lecturer's results; nothing else (404). Logic lives in LiveRoom and logic/live.
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AddressInfo } from 'node:net'
import type { WebSocket } from 'ws'
import type { Content } from '../../logic/content/compile.ts'
import type { ServerMessage } from '../../logic/live/protocol.ts'
import type { RateLimits } from './rate-limit.ts'
import type { Connection } from './room.ts'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import fastifyWebsocket from '@fastify/websocket'
import Fastify from 'fastify'
import * as v from 'valibot'
import { gradebookFile } from '../../logic/live/gradebook.ts'
import { LIVE_GRADEBOOK_PATH, LIVE_INFO_PATH, LIVE_MODE_HEADER, LIVE_PAGES, LIVE_QR_PATH, LIVE_RESULTS_PATH, LIVE_WS_PATH } from '../../logic/live/paths.ts'
import { clientMessageSchema, MAX_FRAME_BYTES } from '../../logic/live/protocol.ts'
import { urlHost } from './network.ts'
import { qrSvg } from './qr-svg.ts'
import { defaultRateLimits, KeyedBuckets, TokenBucket } from './rate-limit.ts'
import { LiveRoom } from './room.ts'
import { openSqliteStore } from './sqlite-store.ts'
import { bearerToken, createToken, tokenChecker } from './token.ts'

export interface LiveServerOptions {
  port: number
  host: string
  dbPath: string
  /** Resume this session; a new one is started when omitted. */
  sessionId?: string
  /** The built deck (dist/). */
  distDir: string
  /** The built live pages (dist-live/: student.html, control.html, projector.html, assets/). */
  liveDistDir: string
  content: Content
  rateLimits?: RateLimits
}

export interface LiveServer {
  url: string
  joinUrl: string
  controlUrl: string
  projectorUrl: string
  token: string
  sessionId: string
  close: () => Promise<void>
}

export const SESSION_ID = /^[\w-]{1,64}$/
/** A connection that sends this many refused messages is closed. */
const MAX_STRIKES = 20
const HEARTBEAT_MS = 30_000
/** Frames up to this size are read and answered `too-large` before the close; ws drops larger ones unread (1009 too). */
const HARD_FRAME_LIMIT = 4 * MAX_FRAME_BYTES
const DATE_PUNCTUATION = /[-:]/g

/** e.g. `20261123-1733-a1b2c3`: sortable, and short enough to type after --session. */
function newSessionId(): string {
  const stamp = new Date().toISOString().slice(0, 16).replace(DATE_PUNCTUATION, '').replace('T', '-')
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

/** Each live page's file in dist-live/. */
const PAGE_FILES: Record<string, string> = { [LIVE_PAGES.student]: 'student.html', [LIVE_PAGES.control]: 'control.html', [LIVE_PAGES.projector]: 'projector.html' }
const LIVE_PAGE_CSP = 'default-src \'self\'; connect-src \'self\'; img-src \'self\' data:; style-src \'self\' \'unsafe-inline\'; frame-ancestors \'none\'; base-uri \'none\'; form-action \'none\''

export async function createLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const sessionId = options.sessionId ?? newSessionId()
  if (!SESSION_ID.test(sessionId))
    throw new Error(`The session id "${sessionId}" may only have letters, digits, "-" and "_".`)
  const limits = options.rateLimits ?? defaultRateLimits
  const token = createToken()
  const checkToken = tokenChecker(token)
  const store = openSqliteStore(options.dbPath)
  let joinUrl = ''
  let qrCode: string | undefined
  const room = await LiveRoom.open({ store, content: options.content, sessionId, joinUrl: () => joinUrl, checkToken })
  const ipMessages = new KeyedBuckets(limits.ipMessages)
  const ipConnections = new KeyedBuckets(limits.ipConnections)

  const app = Fastify({ logger: false, bodyLimit: 1024 })
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

  await app.register(fastifyWebsocket, { options: { maxPayload: HARD_FRAME_LIMIT } })
  await app.register(fastifyStatic, { root: options.distDir, prefix: '/', index: 'index.html', list: false, dotfiles: 'ignore' })
  await app.register(fastifyStatic, { root: join(options.liveDistDir, 'assets'), prefix: '/live/assets/', decorateReply: false, index: false, list: false, dotfiles: 'ignore', allowedPath: path => !path.endsWith('/') })

  for (const [path, file] of Object.entries(PAGE_FILES))
    app.get(path, (_request, reply) => reply.header('content-security-policy', LIVE_PAGE_CSP).sendFile(file, options.liveDistDir))
  app.get('/live', (_request, reply) => reply.redirect(LIVE_PAGES.student))

  app.get(LIVE_INFO_PATH, { onRequest: limitIp }, () => room.info())
  app.get(LIVE_QR_PATH, { onRequest: limitIp }, (_request, reply) => reply.type('image/svg+xml').send(qrCode ??= qrSvg(joinUrl)))
  app.get(LIVE_RESULTS_PATH, { onRequest: [limitIp, lecturerOnly] }, () => room.results())
  app.get(LIVE_GRADEBOOK_PATH, { onRequest: [limitIp, lecturerOnly] }, (_request, reply) => reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="gradebook-${sessionId}.csv"`)
    .send(gradebookFile(room.results())))

  // Cross-site pages may not open the socket in a visitor's name.
  const sameOrigin = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin
    if (origin !== undefined && URL.canParse(origin) && new URL(origin).host !== request.headers.host)
      return reply.code(403).send({ error: 'forbidden' })
  }
  app.get(LIVE_WS_PATH, { websocket: true, onRequest: [limitIp, sameOrigin] }, (socket, request) => {
    serveSocket(room, socket, new TokenBucket(limits.connection), () => ipMessages.take(request.ip))
  })

  await app.listen({ port: options.port, host: options.host })
  const { port } = app.server.address() as AddressInfo
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

  return {
    url,
    joinUrl,
    controlUrl: `${roomOrigin}${LIVE_PAGES.control}#token=${token}`,
    projectorUrl: `${roomOrigin}${LIVE_PAGES.projector}`,
    token,
    sessionId,
    async close() {
      clearInterval(heartbeat)
      room.stop()
      await app.close()
      await store.close()
    },
  }
}

/** One WebSocket: rate limits, frame and JSON checks, schema validation, then the room. */
function serveSocket(room: LiveRoom, socket: WebSocket, bucket: TokenBucket, ipAllows: () => boolean): void {
  let strikes = 0
  let handled = Promise.resolve()
  const connection: Connection = {
    send(message: ServerMessage) {
      if (socket.readyState !== socket.OPEN)
        return
      socket.send(JSON.stringify(message))
      if (message.type === 'error' && ++strikes >= MAX_STRIKES)
        socket.close(1008, 'too many refused messages')
    },
    sendText(text: string) {
      if (socket.readyState === socket.OPEN)
        socket.send(text)
    },
    close: (code, reason) => socket.close(code, reason),
  }
  const alive = socket as WebSocket & { alive?: boolean }
  alive.alive = true
  socket.on('pong', () => {
    alive.alive = true
  })
  room.connect(connection)
  socket.on('close', () => room.disconnect(connection))
  socket.on('message', (data, isBinary) => {
    alive.alive = true
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
