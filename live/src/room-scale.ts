// The live build's entry for the deck's opinion-scale slides in live mode: mounts <RoomScale> as its own Vue app
// into an element of the deck, so the room's UI ships with the live build (dist-live/assets/room-scale.js, a stable
// name the deck imports at run time), never with the deck's bundle. Its stylesheet, room-scale.css beside it, is
// linked once into the page.
import type { ScalePoll } from '../../logic/content/polls.ts'
import type { Run } from '../../logic/polls/own-answers.ts'
import { createApp, h, shallowRef } from 'vue'
import RoomScale from './RoomScale.vue'

export interface RoomScaleOptions { poll: ScalePoll, run: Run, active: boolean }
export interface RoomScaleHandle {
  /** Whether the slide is shown: it refreshes only then. */
  update: (active: boolean) => void
  unmount: () => void
}
export type MountRoomScale = (el: Element, options: RoomScaleOptions) => RoomScaleHandle

const JS_EXTENSION = /\.js$/

/** This module's own stylesheet (room-scale.js → room-scale.css); nothing when it is not a built .js file. */
function linkStylesheet(): void {
  const url = new URL(import.meta.url)
  if (!JS_EXTENSION.test(url.pathname))
    return
  url.pathname = url.pathname.replace(JS_EXTENSION, '.css')
  const href = url.href
  if ([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some(link => link.href === href))
    return
  const link = document.createElement('link')
  link.rel = 'stylesheet'
  link.href = href
  document.head.append(link)
}

export const mountRoomScale: MountRoomScale = (el, { poll, run, active }) => {
  linkStylesheet()
  const shown = shallowRef(active)
  const app = createApp({ render: () => h(RoomScale, { poll, run, active: shown.value }) })
  app.mount(el)
  return {
    update: (value) => { shown.value = value },
    unmount: () => app.unmount(),
  }
}
