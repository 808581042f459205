// Which modules go into the deck's one chunk: the shared top-level components
// and logic/deck/, but not what slide 2 uses (Slidev preloads it with the first
// slide), the source viewer (loaded on first use), quiz/print/live components (but the live glue top-level ones import)
// or dependencies; slides 3 onwards in one chunk; and Slidev's own chunk names are kept.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckChunkPlugin, isDeckModule, isLaterSlide } from '../../node/vite-plugin-deck-chunk.ts'

const root = join(import.meta.dirname, '../..')

describe('isDeckModule', () => {
  it.each([
    ['components/ActorMap.vue', true],
    ['components/ActorMap.vue?vue&type=style&index=0&scoped=1&lang.css', true],
    ['components/KeyTermCard.vue?vue&type=script&setup=true&lang.ts', true],
    ['logic/deck/citations.ts', true],
    ['components/SourceRef.vue', false],
    ['components/SourceRef.vue?vue&type=script&setup=true&lang.ts', false],
    ['components/VoiceBadge.vue?vue&type=style&index=0&scoped=1&lang.css', false],
    ['logic/deck/lookup.ts', false],
    ['logic/deck/voices.ts', false],
    ['components/SourceViewer.vue', false],
    ['components/quiz/Quiz.vue', false],
    ['components/print/PrintPages.vue', false],
    ['components/live/JoinCode.vue', false],
    ['components/live/served-live.ts', true],
    ['components/live/load-room-scale.ts', true],
    ['components/live/fetch-join.ts', true],
    ['logic/live/paths.ts', true],
    ['logic/live/protocol.ts', false],
    ['stores/poll-answers.ts', true],
    ['logic/polls/movement.ts', true],
    ['stores/quiz.ts', false],
    ['components/live/RoomHost.vue?vue&type=script&setup=true&lang.ts', true],
    ['logic/content/facts.ts', false],
    ['node_modules/vue/dist/vue.runtime.esm-bundler.js', false],
  ])('%s → %s', (file, expected) => {
    expect(isDeckModule(join(root, file))).toBe(expected)
  })

  it('is false for a component of another project with the same layout', () => {
    expect(isDeckModule('/elsewhere/components/ActorMap.vue')).toBe(false)
  })
})

describe('isLaterSlide', () => {
  it.each([
    ['slides.md__slidev_1.md', false],
    ['slides.md__slidev_2.md', false],
    ['slides.md__slidev_2.md?vue&type=style&index=0&lang.css', false],
    ['slides.md__slidev_3.md', true],
    ['slides.md__slidev_12.md?vue&type=style&index=0&lang.css', true],
    ['slides.md__slidev_40.md', true],
    ['slides.md__slidev_12.frontmatter', false],
    ['components/ActorMap.vue', false],
  ])('%s → %s', (file, expected) => {
    expect(isLaterSlide(join(root, file))).toBe(expected)
  })
})

describe('deckChunkPlugin', () => {
  it('keeps Slidev\'s manual chunks as the first group and adds the deck group', () => {
    const slidev = (id: string) => id.includes('/shiki/') ? 'modules/shiki' : undefined
    const hook = deckChunkPlugin().config as (config: object) => any
    const groups = hook({ build: { rollupOptions: { output: { manualChunks: slidev } } } }).build.rolldownOptions.output.codeSplitting.groups
    expect(groups[0].name).toBe(slidev)
    expect(groups[1]).toMatchObject({ name: 'deck', includeDependenciesRecursively: false })
    expect(groups[1].test(join(root, 'components/ActorMap.vue'))).toBe(true)
    expect(groups[2]).toMatchObject({ name: 'slides', test: isLaterSlide, includeDependenciesRecursively: false })
  })
})
