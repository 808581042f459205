// The join form's checks, with the same rules as the server (names: logic/live/names.ts cleanName; the join code:
// logic/live/join-code.ts; the identifier: logic/live/identifier.ts), and what the page learns before joining.
import type { AskId, InfoResponse } from '../../../logic/live/protocol.ts'
import { cleanName } from '../../../logic/live/names.ts'
import { LIVE_INFO_PATH } from '../../../logic/live/paths.ts'

/** What is wrong with a display name, in words; undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  if (name.trim() === '')
    return 'Enter a display name.'
  const check = cleanName(name)
  return check.ok ? undefined : check.message
}

/** The identifier this session asks for (`--ask-id`), from the public info; undefined when none or unknown. */
export async function fetchAskId(): Promise<AskId | undefined> {
  try {
    const response = await fetch(LIVE_INFO_PATH, { cache: 'no-store', headers: { Accept: 'application/json' } })
    const askId = response.ok ? (await response.json() as Partial<InfoResponse>).askId : undefined
    return askId === 'email' || askId === 'number' ? askId : undefined
  }
  catch {
    return undefined
  }
}
