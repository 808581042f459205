// Keeps Slidev's print route (/#/print) in every build, as Slidev's own
// `download: true` does, so the PDFs are exported from the static builds
// (scripts/slidev-export.ts) instead of a dev server whose dependency optimiser
// can reload the page while it prints. The route is its own lazy chunk: the
// deck's first slide does not load it.
import type { Plugin } from 'vite'

export function printRoutePlugin(): Plugin {
  return {
    name: 'privacy-module:print-route',
    // After Slidev's own config plugin, whose define this entry overrides.
    enforce: 'post',
    config: () => ({ define: { __SLIDEV_FEATURE_PRINT__: 'true' } }),
  }
}
