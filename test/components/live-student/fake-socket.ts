// A stand-in for the browser's WebSocket in happy-dom: records what the page sends and lets a test play the server.
import type { ServerMessage } from '../../../logic/live/protocol.ts'

export class FakeSocket {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  static all: FakeSocket[] = []

  readyState = FakeSocket.CONNECTING
  sent: any[] = []
  onopen: (() => void) | null = null
  onmessage: ((event: { data: string }) => void) | null = null
  onclose: (() => void) | null = null

  constructor(readonly url: string) {
    FakeSocket.all.push(this)
  }

  static get latest(): FakeSocket {
    const socket = FakeSocket.all.at(-1)
    if (!socket)
      throw new Error('No socket was opened')
    return socket
  }

  send(data: string) {
    this.sent.push(JSON.parse(data))
  }

  close() {
    this.readyState = FakeSocket.CLOSED
  }

  /** The server accepts the connection. */
  accept() {
    this.readyState = FakeSocket.OPEN
    this.onopen?.()
  }

  /** The server sends a message (raw text is passed through as is). */
  receive(message: ServerMessage | string) {
    this.onmessage?.({ data: typeof message === 'string' ? message : JSON.stringify(message) })
  }

  /** The connection drops. */
  drop() {
    this.readyState = FakeSocket.CLOSED
    this.onclose?.()
  }

  sentOf(type: string) {
    return this.sent.filter(m => m.type === type)
  }
}
