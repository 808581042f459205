// Whether the deck came from the live server (`npm run live`): a HEAD of the page it was loaded from carries its
// header, so a static host or the dev server is never asked for an API it lacks. Used by the join slide and the
// opinion scales.
import { LIVE_MODE_HEADER } from '../../logic/live/paths.ts'

export async function servedLive(): Promise<boolean> {
  try {
    const response = await fetch(location.pathname, { method: 'HEAD', cache: 'no-store' })
    return response.headers.get(LIVE_MODE_HEADER) === 'on'
  }
  catch {
    return false
  }
}
