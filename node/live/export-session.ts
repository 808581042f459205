// A stored session's gradebook without serving it (`npm run live -- --session <id>
// --export <file.csv> [--format moodle|canvas]`): the same files the control page downloads.
import type { Content } from '../../logic/content/compile.ts'
import type { GradebookDownload } from './gradebook-download.ts'
import type { LiveStore } from './store.ts'
import { gradebookDownload } from './gradebook-download.ts'
import { LiveRoom } from './room.ts'

/** The session's gradebook in `format` (plain when left out), or undefined when the store has no such session. */
export async function exportGradebook(store: LiveStore, content: Content, sessionId: string, format?: string): Promise<GradebookDownload | undefined> {
  const room = await LiveRoom.resume({ store, content, sessionId, joinUrl: () => '', checkToken: () => false, readOnly: true })
  return room && gradebookDownload(room.results(), content, room.askId, format)
}
