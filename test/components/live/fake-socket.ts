import type { ConnectionStatus, LiveSocketOptions, StateType } from '../../../live/src/useLiveSocket.ts'
// A stand-in for live/src/useLiveSocket.ts in component tests: records what a page sends and lets a test deliver server messages.
import type { ClientMessage, ServerMessage } from '../../../logic/live/protocol.ts'
import { ref, shallowRef } from 'vue'

export const socket = {
  status: ref<ConnectionStatus>('open'),
  state: shallowRef<ServerMessage>(),
  welcome: shallowRef<ServerMessage>(),
  error: shallowRef<ServerMessage>(),
  sent: [] as ClientMessage[],
  connects: 0,
  stops: 0,
  options: undefined as LiveSocketOptions<StateType> | undefined,
  send(message: ClientMessage) {
    socket.sent.push(message)
    return true
  },
  connect() {
    socket.connects++
  },
  stop() {
    socket.stops++
  },
}

export function useLiveSocket(options: LiveSocketOptions<StateType>) {
  socket.options = options
  return socket
}

/** Delivers a message as the real composable does: the page's state or the error first, then onMessage. */
export function receive(message: ServerMessage): void {
  if (message.type === socket.options?.stateType)
    socket.state.value = message
  else if (message.type === 'error')
    socket.error.value = message
  socket.options?.onMessage?.(message)
}

export function resetSocket(): void {
  Object.assign(socket, { sent: [], connects: 0, stops: 0, options: undefined })
  socket.status.value = 'open'
  socket.state.value = undefined
  socket.welcome.value = undefined
  socket.error.value = undefined
}
