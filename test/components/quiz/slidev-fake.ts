// A stand-in for composables/slidev.ts (@slidev/client) in component tests: navigation flags, the render
// context, shortcut locks and a sync state shared in memory, all settable.
import { reactive, ref } from 'vue'

export const isPrintMode = ref(false)
export const isPresenter = ref(false)
export const renderContext = ref<'slide' | 'presenter' | 'previewNext'>('slide')
export const locks = reactive(new Set<symbol>())
export const syncStates: Array<Record<string, unknown>> = []

/** Each window has its own navigation: a component sees the flags as they were when it was set up. */
export const slideMoves: number[] = []

export function useNav() {
  return {
    isPrintMode: ref(isPrintMode.value),
    isPresenter: ref(isPresenter.value),
    currentSlideNo: ref(5),
    total: ref(9),
    nextSlide: async () => void slideMoves.push(1),
    prevSlide: async () => void slideMoves.push(-1),
  }
}

export function useIsSlideActive() {
  return ref(true)
}

export function useSlideContext() {
  return { $renderContext: ref(renderContext.value) }
}

export function lockShortcuts() {
  const lock = Symbol('lock')
  locks.add(lock)
  return () => locks.delete(lock)
}

export function createSyncState<State extends object>(_server: State, defaults: State) {
  const state = reactive({ ...defaults }) as State
  syncStates.push(state as Record<string, unknown>)
  return {
    init: () => {},
    onPatch: () => {},
    patch<K extends keyof State>(key: K, value: State[K]) {
      state[key] = value
    },
    state,
  }
}

/** Back to a student's slide, no locks, nothing revealed. */
export function resetFake() {
  isPrintMode.value = false
  isPresenter.value = false
  renderContext.value = 'slide'
  locks.clear()
  slideMoves.length = 0
  for (const state of syncStates)
    Object.assign(state, { quizId: null, questionId: null, revealed: false })
}
