// The part of @slidev/client this module uses, in one place, imported from the
// files that define it rather than the package's index: the index also brings
// in the drawing code, which then costs an extra chunk in the deck's build.
// Pinned to @slidev/cli 53.0.0; types in types/slidev-client.d.ts.
export { useNav } from '@slidev/client/composables/useNav.ts'
export { useSlideContext } from '@slidev/client/context.ts'
export { useIsSlideActive } from '@slidev/client/logic/slides.ts'
export { lockShortcuts } from '@slidev/client/state/storage.ts'
export { createSyncState } from '@slidev/client/state/syncState.ts'
