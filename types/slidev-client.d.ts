// The part of @slidev/client's API this module uses, declared for the type
// checker only (tsconfig `paths`). @slidev/client ships raw TypeScript that does
// not type-check under this project's strict settings; Vite ignores `paths`, so
// the build uses the real package. Keep this small and true to the installed version.
import type { ComputedRef, Ref, WritableComputedRef } from 'vue'

export function useNav(): {
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
  currentSlideNo: ComputedRef<number>
  total: ComputedRef<number>
  nextSlide: (lastClicks?: boolean) => Promise<void>
  prevSlide: (lastClicks?: boolean) => Promise<void>
}

export function createSyncState<State extends object>(
  serverState: State,
  defaultState: State,
  persist?: boolean,
): { init: (channelKey: string) => void, onPatch: (fn: (state: State) => void) => void, patch: <K extends keyof State>(key: K, value: State[K]) => void, state: State }

export function lockShortcuts(): () => void

export function useDarkMode(): { isDark: WritableComputedRef<boolean>, toggleDark: () => void }

/** Inside a slide: where it is rendered (the presenter's current slide is 'presenter', its next-slide preview 'previewNext'). */
export function useSlideContext(): { $renderContext: Ref<'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'> }

/** Inside a slide: whether it is the slide on screen (Slidev keeps visited slides mounted, hidden). */
export function useIsSlideActive(): ComputedRef<boolean>
