// The projector's legibility rules (logic/live/projector-legibility.ts): sizes per role scaled by screen height, WCAG
// contrast, and a page that must not scroll.
import type { ProjectorMeasure, ProjectorText } from '../../../logic/live/projector-legibility.ts'
import { describe, expect, it } from 'vitest'
import { contrastRatio, judgeProjector, minimumSize, parseColor } from '../../../logic/live/projector-legibility.ts'

describe('contrast', () => {
  it.each<[string, string, string, number]>([
    ['black on white', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)', 21],
    ['white on white', 'rgb(255, 255, 255)', 'rgb(255, 255, 255)', 1],
    ['the module\'s muted grey on white', 'rgb(75, 85, 99)', 'rgb(255, 255, 255)', 7.56],
    ['the dark theme\'s text on its page', 'rgb(241, 245, 249)', 'rgb(15, 23, 42)', 16.3],
    ['#767676 on white, the AA edge', 'rgb(118, 118, 118)', 'rgb(255, 255, 255)', 4.54],
    ['half-transparent black on white blends to grey', 'rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)', 3.95],
    ['space-separated syntax', 'rgb(0 0 0 / 100%)', 'rgb(255 255 255)', 21],
  ])('%s', (_name, color, background, ratio) => {
    expect(contrastRatio(color, background)).toBeCloseTo(ratio, 1)
  })

  it.each(['red', '#fff', 'color(srgb 1 0 0)', ''])('does not guess at %j', (css) => {
    expect(parseColor(css)).toBeUndefined()
  })
})

describe('minimumSize', () => {
  it.each<[ProjectorText['role'], number, number]>([
    ['text', 1080, 32],
    ['text', 720, 21.33],
    ['prompt', 1080, 40],
    ['count', 1080, 48],
    ['count', 720, 32],
    ['detail', 1080, 24],
    ['detail', 720, 16],
  ])('%s at %i px high: %f px', (role, height, size) => {
    expect(minimumSize(role, height)).toBeCloseTo(size, 2)
  })
})

describe('judgeProjector', () => {
  const text = (extra: Partial<ProjectorText>): ProjectorText => ({ role: 'text', size: 32, color: 'rgb(17, 24, 39)', background: 'rgb(255, 255, 255)', where: '<p> "x"', ...extra })
  const page = (texts: ProjectorText[], extra: Partial<ProjectorMeasure> = {}): ProjectorMeasure => ({ texts, scrollWidth: 1920, scrollHeight: 1080, width: 1920, height: 1080, ...extra })
  it.each<[string, ProjectorMeasure, string[]]>([
    ['all at their sizes, dark on white', page([text({}), text({ role: 'count', size: 48 }), text({ role: 'prompt', size: 40 }), text({ role: 'detail', size: 24 })]), []],
    ['body text at 31 px', page([text({ size: 31 })]), ['text text at 31px (under 32px): <p> "x"']],
    ['a count at 40 px', page([text({ role: 'count', size: 40 })]), ['count text at 40px (under 48px): <p> "x"']],
    ['22 px is enough at 720 p', page([text({ size: 22 })], { height: 720, width: 1280, scrollHeight: 720, scrollWidth: 1280 }), []],
    ['21 px is not', page([text({ size: 21 })], { height: 720, width: 1280, scrollHeight: 720, scrollWidth: 1280 }), ['text text at 21px (under 21.3px): <p> "x"']],
    ['grey on white at 3.9:1', page([text({ color: 'rgb(128, 128, 128)' })]), ['contrast 3.9:1 (under 4.5:1), rgb(128, 128, 128) on rgb(255, 255, 255): <p> "x"']],
    ['a page taller than the screen', page([], { scrollHeight: 1200 }), ['the page scrolls down: 1200px tall on a 1080px screen']],
    ['a page wider than the screen', page([], { scrollWidth: 2000 }), ['the page scrolls across: 2000px wide on a 1920px screen']],
    ['the same text twice is one problem', page([text({ size: 20 }), text({ size: 20 })]), ['text text at 20px (under 32px): <p> "x"']],
  ])('%s', (_name, measure, problems) => {
    expect(judgeProjector(measure)).toEqual(problems)
  })
})
