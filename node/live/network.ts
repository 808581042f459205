// Which address to put in the join URL: the host the server binds, or for 0.0.0.0 / :: the machine's first non-internal IPv4 address (what phones on the room's network can reach); and which names the server answers to.
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

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])

/** The hostnames a server bound to `host` answers to (the Host header's name): its addresses, and `localhost` where this computer can reach it. */
export function servedHostnames(host: string): Set<string> {
  const names = new Set<string>(ANY.has(host) ? [] : [host.toLowerCase()])
  if (ANY.has(host)) {
    for (const addresses of Object.values(networkInterfaces()))
      addresses?.forEach(a => names.add(a.address.toLowerCase()))
  }
  if (ANY.has(host) || LOOPBACK.has(host))
    LOOPBACK.forEach(name => names.add(name))
  return names
}

/** The host part of a URL for `host` (IPv6 in brackets). */
export function urlHost(host: string): string {
  const address = ANY.has(host) ? (firstExternalIPv4() ?? '127.0.0.1') : host
  return address.includes(':') ? `[${address}]` : address
}
