// Loads the room on the opinion-scale slides from the live server at run time (live mode only): it is part of the
// live build (live/src/room-scale.ts), so the deck's bundle carries none of it. Its own module so tests can mock it.
import type { MountRoomScale } from '../../live/src/room-scale.ts'
import { LIVE_ROOM_SCALE_MODULE } from '../../logic/live/paths.ts'

export async function loadRoomScale(): Promise<MountRoomScale> {
  const module = await import(/* @vite-ignore */ LIVE_ROOM_SCALE_MODULE) as { mountRoomScale: MountRoomScale }
  return module.mountRoomScale
}
