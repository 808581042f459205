// Which address to put in the join URL: the host the server binds, or for 0.0.0.0 / :: the machine's first non-internal IPv4 address (what phones on the room's network can reach).
import { networkInterfaces } from 'node:os'

const ANY = new Set(['0.0.0.0', '::', ''])

export function firstExternalIPv4(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    const found = addresses?.find(a => a.family === 'IPv4' && !a.internal)
    if (found)
      return found.address
  }
  return undefined
}

/** The host part of a URL for `host` (IPv6 in brackets). */
export function urlHost(host: string): string {
  const address = ANY.has(host) ? (firstExternalIPv4() ?? '127.0.0.1') : host
  return address.includes(':') ? `[${address}]` : address
}
