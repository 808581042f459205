// The screenshots check's rules (logic/deck/legibility.ts): text under 16 px on the
// slide canvas fails unless marked data-small-ok; the shares under 16 and 20 px are
// counted by characters; rules apply only to their viewports.
import type { Rule, SlideMeasure, TextSample, Viewport } from '../../logic/deck/legibility.ts'
import { describe, expect, it } from 'vitest'
import { judge, percent, rules, sidewaysOverflow, smallTargets, smallText, textShares } from '../../logic/deck/legibility.ts'

const sample = (size: number, chars = 10, exempt = false, where = `<p> "${size}"`): TextSample => ({ size, chars, exempt, where })
const projector: Viewport = { name: '1920x1080', width: 1920, height: 1080, dark: false, kind: 'projection' }
const phone: Viewport = { name: 'phone-390x844', width: 390, height: 844, dark: false, kind: 'phone' }

describe('smallText', () => {
  it.each([
    ['20 px body text', [sample(20)], []],
    ['exactly 16 px', [sample(16)], []],
    ['a computed 15.98 px (rounding)', [sample(15.98)], []],
    ['15.9 px', [sample(15.9)], ['text at 15.9px (under 16px): <p> "15.9"']],
    ['11.5 px card text', [sample(11.5)], ['text at 11.5px (under 16px): <p> "11.5"']],
    ['a slide number marked data-small-ok', [sample(12, 2, true)], []],
  ])('%s', (_, samples, expected) => {
    expect(smallText(samples, 16)).toEqual(expected)
  })

  it('names each place once, at its smallest size, smallest first', () => {
    const samples = [sample(14, 5, false, '<cite> "a"'), sample(12, 5, false, '<cite> "a"'), sample(10, 5, false, '<code> "b"')]
    expect(smallText(samples, 16)).toEqual([
      'text at 10px (under 16px): <code> "b"',
      'text at 12px (under 16px): <cite> "a"',
    ])
  })
})

describe('textShares', () => {
  it.each([
    ['no text at all', [], { chars: 0, underMinimum: 0, underBody: 0 }],
    ['all body text', [sample(20, 100)], { chars: 100, underMinimum: 0, underBody: 0 }],
    ['a 16–20 px caption', [sample(20, 75), sample(16, 25)], { chars: 100, underMinimum: 0, underBody: 0.25 }],
    ['small text, exempt or not, counts', [sample(24, 50), sample(12, 30), sample(12, 20, true)], { chars: 100, underMinimum: 0.5, underBody: 0.5 }],
  ])('%s', (_, samples, expected) => {
    expect(textShares(samples)).toEqual(expected)
  })
})

describe('smallTargets', () => {
  it.each([
    [{ width: 44, height: 44 }, 0],
    [{ width: 120, height: 43 }, 1],
    [{ width: 7, height: 7 }, 1],
  ])('%o against 44 px: %i problem(s)', (box, count) => {
    expect(smallTargets([{ ...box, where: '<input>' }], 44)).toHaveLength(count)
  })
})

describe('judge', () => {
  const slide: SlideMeasure = { no: 7, layout: ['overflows the slide by 20px: <table>'], text: [sample(11.5)], targets: [] }

  it('applies the projection text rule on a projector and the layout rule everywhere', () => {
    expect(judge(slide, projector)).toEqual([
      '1920x1080 slide 7: overflows the slide by 20px: <table>',
      '1920x1080 slide 7: text at 11.5px (under 16px): <p> "11.5"',
    ])
    expect(judge(slide, phone)).toEqual(['phone-390x844 slide 7: overflows the slide by 20px: <table>'])
  })

  it('takes further rules as a list (the phone rules join it)', () => {
    const tapRule: Rule = { name: 'tap targets', appliesTo: v => v.kind === 'phone', check: s => smallTargets(s.targets, 44) }
    const tiny: SlideMeasure = { no: 3, layout: [], text: [], targets: [{ width: 7, height: 7, where: '<input>' }] }
    expect(judge(tiny, phone, [...rules, tapRule])).toEqual(['phone-390x844 slide 3: tap target 7×7px (under 44px): <input>'])
    expect(judge(tiny, projector, [...rules, tapRule])).toEqual([])
  })
})

describe('the phone rules (a quiz slide on a phone is a page of its own)', () => {
  const quizOnPhone = (page: SlideMeasure['phonePage']): SlideMeasure => ({ no: 12, layout: [], text: [sample(7)], targets: [{ width: 7, height: 7, where: '<input>' }], phonePage: page })
  const fine = { text: [sample(18), sample(16)], targets: [{ width: 358, height: 44, where: '<button> "Next question"' }], overflowX: 0 }

  it.each([
    ['a page with 16 px text, 44 px targets, as wide as the screen', fine, []],
    ['15 px text', { ...fine, text: [sample(15, 10, false, '<span.pm-points> "(1 point)"')] }, ['phone-390x844 slide 12: quiz page: text at 15px (under 16px): <span.pm-points> "(1 point)"']],
    ['small text marked data-small-ok', { ...fine, text: [sample(12, 3, true)] }, []],
    ['a 24×24 radio label', { ...fine, targets: [{ width: 24, height: 24, where: '<label> "A"' }] }, ['phone-390x844 slide 12: quiz page: tap target 24×24px (under 44px): <label> "A"']],
    ['a button 43 px high', { ...fine, targets: [{ width: 200, height: 43, where: '<button> "Reset"' }] }, ['phone-390x844 slide 12: quiz page: tap target 200×43px (under 44px): <button> "Reset"']],
    ['a page 30 px wider than the screen', { ...fine, overflowX: 30 }, ['phone-390x844 slide 12: quiz page: the page is 30px wider than the screen']],
    ['a page 1 px wider (rounding)', { ...fine, overflowX: 1 }, []],
  ])('%s', (_, page, expected) => {
    expect(judge(quizOnPhone(page), phone)).toEqual(expected)
  })

  it('judge the quiz page, not the scaled slide behind it, and only on a phone', () => {
    expect(judge(quizOnPhone(null), phone)).toEqual([])
    expect(judge({ ...quizOnPhone({ ...fine, overflowX: 30 }), text: [] }, projector)).toEqual([])
  })

  it.each([[0, 0], [1, 0], [1.5, 1], [120, 1]])('sideways overflow of %f px: %i problem(s)', (overflowX, count) => {
    expect(sidewaysOverflow(overflowX)).toHaveLength(count)
  })
})

it('prints a share as a percentage with one decimal', () => {
  expect(percent(0.726)).toBe('72.6 %')
  expect(percent(0)).toBe('0.0 %')
})
