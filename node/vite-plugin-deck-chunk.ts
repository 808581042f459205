// Puts the deck's own components and the logic only they use into one chunk
// (with one CSS file), loaded with the first slide that uses any of them, and
// slides 3 onwards into another, instead of a small chunk each: every chunk
// costs its own import and export code and compresses on its own. Rolldown's
// `codeSplitting` replaces `manualChunks`, so Slidev's function stays as the
// first group, unchanged (Shiki, Vue, icons …), and the two groups capture only
// their own modules: their dependencies (Vue, the content) stay where they were.
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/**
 * Top-level components and their parts (`X.vue?vue&type=…`), not quiz/, print/ or live/ (chunks of their own), and logic/deck/;
 * of live/, only the glue the top-level components import (is the deck live, the join code's request, the room scale's host and loader)
 * and the paths they ask the live server for (logic/live/paths.ts), and the opinion scale's store and rules (stores/poll-answers.ts,
 * logic/polls/): nothing else in the deck imports them, so apart they would only be small chunks of their own.
 */
const DECK = new RegExp(`^${ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:components/[^/]+\\.vue|components/live/(?:served-live\\.ts|fetch-join\\.ts|load-room-scale\\.ts|RoomHost\\.vue)|logic/live/paths\\.ts|stores/poll-answers\\.ts|logic/polls/|logic/deck/)`)

type NameOf = (id: string, meta: unknown) => string | null | undefined

/**
 * Left out: the source viewer (loaded on first use), and what slide 2 uses
 * (SourceRef, VoiceBadge and their lookups): Slidev preloads slide 2 while the
 * first slide loads, so those stay small chunks of their own.
 */
const APART = /(?:SourceViewer|SourceRef|VoiceBadge)\.vue(?:\?|$)|logic\/deck\/(?:lookup|voices)\.ts$/

export function isDeckModule(id: string): boolean {
  return DECK.test(id) && !APART.test(id)
}

/** Slidev's module of slide `n` (`slides.md__slidev_<n>.md`, and its parts). */
const SLIDE = /__slidev_(\d+)\.md(?:\?|$)/

/**
 * Slides 3 onwards. Slidev loads the current, previous and next slide, and all
 * slides 3 s after the deck opens: one chunk for them all instead of one per
 * slide repeats no chunk's import code, and the first slide still loads slides 1
 * and 2 on their own.
 */
export function isLaterSlide(id: string): boolean {
  const match = SLIDE.exec(id)
  return match !== null && Number(match[1]) >= 3
}

export function deckChunkPlugin(): Plugin {
  return {
    name: 'privacy-module:deck-chunk',
    enforce: 'post',
    config(config) {
      const output = config.build?.rollupOptions?.output
      if (!output || Array.isArray(output))
        return
      const slidev = output.manualChunks as NameOf | undefined
      // Rolldown ignores it beside `codeSplitting` (with a warning): it is the first group below.
      delete output.manualChunks
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  ...(slidev ? [{ name: slidev }] : []),
                  { name: 'deck', test: isDeckModule, includeDependenciesRecursively: false },
                  { name: 'slides', test: isLaterSlide, includeDependenciesRecursively: false },
                ],
              },
            },
          },
        },
      }
    },
  }
}
