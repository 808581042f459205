// A stored session's gradebook without serving it (`npm run live -- --session <id>
// --export <file.csv>`): the same results the control page downloads.
import type { Content } from '../../logic/content/compile.ts'
import type { LiveStore } from './store.ts'
import { gradebookFile } from '../../logic/live/gradebook.ts'
import { LiveRoom } from './room.ts'

/** The session's CSV gradebook, or undefined when the store has no such session. */
export async function exportGradebook(store: LiveStore, content: Content, sessionId: string): Promise<string | undefined> {
  const room = await LiveRoom.resume({ store, content, sessionId, joinUrl: () => '', checkToken: () => false })
  return room && gradebookFile(room.results())
}
