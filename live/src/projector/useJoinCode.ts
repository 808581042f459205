// The projector's join code: asked of the server when the page opens and, until the server gives it (the control page
// in this browser has not unlocked the slides yet), again every few seconds.
import type { JoinResponse } from '../../../logic/live/protocol.ts'
import { onMounted, onUnmounted, shallowRef } from 'vue'
import { fetchJoin } from '../../../components/live/fetch-join.ts'

export function useJoinCode(retryMs = 5000) {
  const join = shallowRef<JoinResponse>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  async function load() {
    join.value = await fetchJoin()
    if (!join.value && !stopped)
      timer = setTimeout(load, retryMs)
  }

  onMounted(load)
  onUnmounted(() => {
    stopped = true
    clearTimeout(timer)
  })
  return join
}
