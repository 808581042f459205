// Asks the live server (same origin) for the join code and the link that carries it. Only the lecturer's browser
// gets them (it holds the slides' cookie): the deck's join slide and the projector page opened there.
import type { JoinResponse } from '../../logic/live/protocol.ts'
import { LIVE_JOIN_PATH } from '../../logic/live/paths.ts'

const HTTP_URL = /^https?:\/\//

/** The join code and link, or undefined when this browser may not have them (or the server cannot be asked). */
export async function fetchJoin(): Promise<JoinResponse | undefined> {
  try {
    const response = await fetch(LIVE_JOIN_PATH, { cache: 'no-store', headers: { Accept: 'application/json' } })
    if (!response.ok)
      return undefined
    const body = await response.json() as Partial<JoinResponse> | null
    const { joinUrl, joinCode, joinLink } = body ?? {}
    return typeof joinCode === 'string' && typeof joinUrl === 'string' && typeof joinLink === 'string' && HTTP_URL.test(joinLink) ? { joinUrl, joinCode, joinLink } : undefined
  }
  catch {
    return undefined
  }
}
