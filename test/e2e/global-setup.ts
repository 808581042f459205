// Serves the built deck (dist/) on port 4111 for the browser tests. `npm test`
// builds it first; run `npm run build` before `vitest run --project e2e` alone.
import type { Server } from 'node:http'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { cwd } from 'node:process'
import sirv from 'sirv'

export const PORT = 4111
export const ORIGIN = `http://localhost:${PORT}`

export default async function setup() {
  const dist = join(cwd(), 'dist')
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('The browser tests need the built site, and dist/index.html is missing: run `npm run build` first (`npm test` does).')
  const server: Server = createServer(sirv(dist, { dev: true }))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(PORT, 'localhost', resolve)
  })
  return () => new Promise<void>(resolve => server.close(() => resolve()))
}
