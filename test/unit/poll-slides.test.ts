// Every <OpinionScale> in the deck and the handout names an opinion scale of
// polls/*.yaml, with a run the store knows, and the deck opens and closes with it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runs } from '../../logic/polls/own-answers.ts'
import { readContent } from '../../node/read-content.ts'

const root = join(import.meta.dirname, '../..')
const content = readContent(root)
const SCALE_TAG = /<OpinionScale\s+poll="([^"]+)"\s+run="([^"]+)"\s*\/>/g

describe('<OpinionScale> in slides.md and handout.md', () => {
  it.each(['slides.md', 'handout.md'])('%s names existing scales and runs', (file) => {
    const tags = Array.from(readFileSync(join(root, file), 'utf8').matchAll(SCALE_TAG), m => [m[1], m[2]])
    expect(tags).toEqual([['where-you-stand', 'before'], ['where-you-stand', 'after']])
    const polls = content.ok ? content.value.polls : []
    for (const [poll, run] of tags) {
      expect(polls.find(p => p.id === poll)?.kind, poll).toBe('scale')
      expect(runs).toContain(run)
    }
  })

  it('opens the deck with the scale after the agenda, and closes with it before the sources', () => {
    const slides = readFileSync(join(root, 'slides.md'), 'utf8')
    const at = (text: string) => slides.indexOf(text)
    expect(at('# Agenda')).toBeLessThan(at('run="before"'))
    expect(at('run="before"')).toBeLessThan(at('# Learning objectives'))
    expect(at('routeAlias: results')).toBeLessThan(at('run="after"'))
    expect(at('run="after"')).toBeLessThan(at('routeAlias: sources'))
  })
})
