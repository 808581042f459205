import type { Ref, ShallowRef } from 'vue'
// The live pages' connection to the server: one WebSocket to /live/ws on the page's own origin
// that says hello on every (re)connect, reconnects with backoff when it drops, when the network
// returns or when the page is shown again, pings every 20 s, and validates every message it receives.
import type { ClientMessage, Hello, ServerMessage, ServerMessageOf } from '../../logic/live/protocol.ts'
import * as v from 'valibot'
import { getCurrentScope, onScopeDispose, ref, shallowRef } from 'vue'
import { LIVE_WS_PATH } from '../../logic/live/paths.ts'
import { PING_INTERVAL_MS, serverMessageSchema } from '../../logic/live/protocol.ts'
import { backoffDelay } from './backoff.ts'

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting'
/** The message that carries a page's view of the session: one per role. */
export type StateType = 'state' | 'lecturer-state' | 'projector-state'

/** A socket that has heard nothing for this long (two missed pongs and then some) is treated as dead. */
export const SILENCE_LIMIT_MS = 2 * PING_INTERVAL_MS + 5_000
/** After the page is shown again, an open socket must answer a ping within this time. */
export const WAKE_PROBE_MS = 5_000

export interface LiveSocketOptions<T extends StateType> {
  /** The hello to send on every connect (read each time, so it can change, e.g. once a name is known). */
  hello: () => Hello
  /** Which message type is this page's state (kept in `state`). */
  stateType: T
  /** Called with every valid message, after the refs are updated. */
  onMessage?: (message: ServerMessage) => void
  /** Called whenever a connection opens, right after the hello is sent. */
  onOpen?: () => void
  /** Defaults to ws(s)://<this page's host>/live/ws. */
  url?: string
}

export interface LiveSocket<T extends StateType> {
  status: Ref<ConnectionStatus>
  /** The last state message of this page's kind. */
  state: ShallowRef<ServerMessageOf<T> | undefined>
  welcome: ShallowRef<ServerMessageOf<'welcome'> | undefined>
  /** The last error the server sent (or a message this page could not read). */
  error: ShallowRef<ServerMessageOf<'error'> | undefined>
  /** Sends now if the socket is open; returns false (and sends nothing) otherwise. */
  send: (message: ClientMessage) => boolean
  /** Starts connecting (does nothing if already started). */
  connect: () => void
  /** Closes the socket and stops reconnecting, until `connect` is called again. */
  stop: () => void
}

export function liveSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${LIVE_WS_PATH}`
}

export function useLiveSocket<T extends StateType>(options: LiveSocketOptions<T>): LiveSocket<T> {
  const status = ref<ConnectionStatus>('connecting')
  const state = shallowRef<ServerMessageOf<T>>()
  const welcome = shallowRef<ServerMessageOf<'welcome'>>()
  const error = shallowRef<ServerMessageOf<'error'>>()

  let socket: WebSocket | undefined
  let started = false
  let attempt = 0
  let lastHeard = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let probeTimer: ReturnType<typeof setTimeout> | undefined
  let pingTimer: ReturnType<typeof setInterval> | undefined

  function open() {
    clearTimers()
    const ws = new WebSocket(options.url ?? liveSocketUrl())
    socket = ws
    ws.onopen = () => {
      if (socket !== ws)
        return
      attempt = 0
      lastHeard = Date.now()
      status.value = 'open'
      ws.send(JSON.stringify(options.hello()))
      pingTimer = setInterval(ping, PING_INTERVAL_MS)
      options.onOpen?.()
    }
    ws.onmessage = (event: MessageEvent) => {
      if (socket === ws)
        receive(event.data)
    }
    // A failed connect fires error then close; close alone decides what happens next.
    ws.onclose = () => {
      if (socket === ws)
        dropped()
    }
  }

  function receive(data: unknown) {
    lastHeard = Date.now()
    clearTimeout(probeTimer)
    const message = parseServerMessage(data)
    if (!message) {
      error.value = { type: 'error', code: 'bad-message', message: 'The server sent a message this page cannot read.' }
      return
    }
    if (message.type === options.stateType)
      state.value = message as ServerMessageOf<T>
    else if (message.type === 'welcome')
      welcome.value = message
    else if (message.type === 'error')
      error.value = message
    options.onMessage?.(message)
  }

  function ping() {
    if (Date.now() - lastHeard > SILENCE_LIMIT_MS)
      reconnectNow()
    else
      send({ type: 'ping' })
  }

  /** The socket closed (or was given up on): try again after the backoff delay. */
  function dropped() {
    clearTimers()
    socket = undefined
    if (!started)
      return
    status.value = 'reconnecting'
    retryTimer = setTimeout(open, backoffDelay(attempt++))
  }

  function reconnectNow() {
    const old = socket
    socket = undefined
    if (old) {
      detach(old)
      old.close()
    }
    status.value = 'reconnecting'
    open()
  }

  function onOnline() {
    if (started && status.value !== 'open')
      reconnectNow()
  }

  function onVisibility() {
    if (!started || document.visibilityState !== 'visible')
      return
    if (status.value !== 'open') {
      reconnectNow()
      return
    }
    // A phone that slept may hold a socket that looks open but is dead: it must answer a ping soon.
    send({ type: 'ping' })
    clearTimeout(probeTimer)
    probeTimer = setTimeout(reconnectNow, WAKE_PROBE_MS)
  }

  function send(message: ClientMessage): boolean {
    if (!socket || socket.readyState !== WebSocket.OPEN)
      return false
    socket.send(JSON.stringify(message))
    return true
  }

  function connect() {
    if (started)
      return
    started = true
    attempt = 0
    status.value = 'connecting'
    window.addEventListener('online', onOnline)
    document.addEventListener('visibilitychange', onVisibility)
    open()
  }

  function stop() {
    started = false
    clearTimers()
    window.removeEventListener('online', onOnline)
    document.removeEventListener('visibilitychange', onVisibility)
    const old = socket
    socket = undefined
    if (old) {
      detach(old)
      old.close()
    }
  }

  function clearTimers() {
    clearTimeout(retryTimer)
    clearTimeout(probeTimer)
    clearInterval(pingTimer)
  }

  if (getCurrentScope())
    onScopeDispose(stop)

  return { status, state, welcome, error, send, connect, stop }
}

/** Parses and validates one frame; undefined when it is not a message of the protocol. */
export function parseServerMessage(data: unknown): ServerMessage | undefined {
  if (typeof data !== 'string')
    return undefined
  try {
    const result = v.safeParse(serverMessageSchema, JSON.parse(data))
    return result.success ? result.output : undefined
  }
  catch {
    return undefined
  }
}

function detach(ws: WebSocket) {
  ws.onopen = null
  ws.onmessage = null
  ws.onclose = null
}
