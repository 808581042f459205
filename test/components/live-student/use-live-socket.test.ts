import type { LiveSocket } from '../../../live/src/useLiveSocket.ts'
// useLiveSocket: hello on every connect, backoff reconnects, the network and the page's visibility, pings, checked messages.
import type { ServerMessageOf } from '../../../logic/live/protocol.ts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { useLiveSocket } from '../../../live/src/useLiveSocket.ts'
import { FakeSocket } from './fake-socket.ts'

const scope = effectScope()
let live: LiveSocket<'projector-state'>

const projectorState: ServerMessageOf<'projector-state'> = { type: 'projector-state', phase: 'lobby', answeredCount: 0, participantCount: 3, histogram: { buckets: [] }, joinUrl: 'http://h/live/' }

beforeEach(() => {
  vi.useFakeTimers()
  FakeSocket.all = []
  vi.stubGlobal('WebSocket', FakeSocket)
  live = scope.run(() => useLiveSocket({ stateType: 'projector-state', hello: () => ({ type: 'hello', role: 'projector' }) }))!
  live.connect()
})

afterEach(() => {
  live.stop()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('useLiveSocket', () => {
  it('connects to /live/ws on the page\'s own host and says hello once open', () => {
    expect(FakeSocket.latest.url).toBe(`ws://${window.location.host}/live/ws`)
    expect(live.status.value).toBe('connecting')
    FakeSocket.latest.accept()
    expect(live.status.value).toBe('open')
    expect(FakeSocket.latest.sent).toEqual([{ type: 'hello', role: 'projector' }])
  })

  it('reconnects after a drop with a growing delay, saying hello again', () => {
    FakeSocket.latest.accept()
    FakeSocket.latest.drop()
    expect(live.status.value).toBe('reconnecting')
    vi.advanceTimersByTime(1_000)
    expect(FakeSocket.all).toHaveLength(2)
    FakeSocket.latest.drop() // the server is still down
    vi.advanceTimersByTime(999)
    expect(FakeSocket.all).toHaveLength(2)
    vi.advanceTimersByTime(1_001)
    expect(FakeSocket.all).toHaveLength(3)
    FakeSocket.latest.accept()
    expect(live.status.value).toBe('open')
    expect(FakeSocket.latest.sent).toEqual([{ type: 'hello', role: 'projector' }])
  })

  it('never waits more than 10 s between attempts', () => {
    for (let i = 0; i < 8; i++) {
      FakeSocket.latest.drop()
      const before = FakeSocket.all.length
      vi.advanceTimersByTime(10_000)
      expect(FakeSocket.all).toHaveLength(before + 1)
    }
  })

  it('tries at once when the network comes back', () => {
    FakeSocket.latest.drop()
    window.dispatchEvent(new Event('online'))
    expect(FakeSocket.all).toHaveLength(2)
  })

  it('checks an open socket when the page is shown again, and replaces it if it stays silent', () => {
    FakeSocket.latest.accept()
    const first = FakeSocket.latest
    document.dispatchEvent(new Event('visibilitychange'))
    expect(first.sentOf('ping')).toHaveLength(1)
    vi.advanceTimersByTime(5_000)
    expect(FakeSocket.all).toHaveLength(2)
    expect(first.readyState).toBe(FakeSocket.CLOSED)
  })

  it('keeps an open socket that answers the wake-up ping', () => {
    FakeSocket.latest.accept()
    document.dispatchEvent(new Event('visibilitychange'))
    FakeSocket.latest.receive({ type: 'pong' })
    vi.advanceTimersByTime(5_000)
    expect(FakeSocket.all).toHaveLength(1)
  })

  it('pings every 20 s while open', () => {
    FakeSocket.latest.accept()
    vi.advanceTimersByTime(20_000)
    FakeSocket.latest.receive({ type: 'pong' })
    vi.advanceTimersByTime(20_000)
    expect(FakeSocket.latest.sentOf('ping')).toHaveLength(2)
  })

  it('keeps the page\'s state message and ignores a message that fails the protocol\'s schema', () => {
    FakeSocket.latest.accept()
    FakeSocket.latest.receive(projectorState)
    expect(live.state.value).toEqual(projectorState)
    FakeSocket.latest.receive(JSON.stringify({ ...projectorState, phase: 'party' }))
    expect(live.state.value).toEqual(projectorState)
    expect(live.error.value?.code).toBe('bad-message')
  })

  it('sends only while open', () => {
    expect(live.send({ type: 'ping' })).toBe(false)
    FakeSocket.latest.accept()
    expect(live.send({ type: 'ping' })).toBe(true)
  })

  it('stops reconnecting once stopped', () => {
    FakeSocket.latest.accept()
    live.stop()
    vi.advanceTimersByTime(60_000)
    window.dispatchEvent(new Event('online'))
    expect(FakeSocket.all).toHaveLength(1)
  })
})
