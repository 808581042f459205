// The screenshots check's rules (scripts/screenshots.ts): what the page-side probe
// measured on one slide in one viewport goes in, problems come out. Text is
// measured in px of the 980 px slide canvas at the slide's last click; text a
// student need not read (slide numbers …) is marked `data-small-ok` in markup.

/** One run of text as the probe saw it. */
export interface TextSample {
  /** Rendered font size in canvas px. */
  size: number
  /** Characters of visible text (whitespace collapsed). */
  chars: number
  /** Inside an element marked `data-small-ok`: allowed under the minimum. */
  exempt: boolean
  /** A short description of where it is: `<span.badge> "Anonymous source"`. */
  where: string
}

/** A tappable control (button, link, form field) and its box in screen px. */
export interface TapTarget {
  width: number
  height: number
  where: string
}

export type ViewportKind = 'projection' | 'phone'

export interface Viewport {
  name: string
  width: number
  height: number
  dark: boolean
  kind: ViewportKind
}

/** A quiz slide on a phone is a page of its own, outside the scaled slide: measured in screen px. */
export interface PhonePage {
  text: TextSample[]
  targets: TapTarget[]
  /** How many px the page is wider than the screen (0 when it fits). */
  overflowX: number
}

/** What the probe measured on one slide. */
export interface SlideMeasure {
  no: number
  /** Overflow and clipping, found in the page. */
  layout: string[]
  text: TextSample[]
  targets: TapTarget[]
  /** The quiz's phone page, when the slide shows one (a quiz slide at a phone viewport). */
  phonePage?: PhonePage | null
}

export interface Rule {
  name: string
  /** Which viewports the rule judges. */
  appliesTo: (viewport: Viewport) => boolean
  check: (slide: SlideMeasure, viewport: Viewport) => string[]
}

/** Projection thresholds on the 980 px canvas (about 1 pt per px on a 13.3-inch slide). */
export const PROJECTION = { minimum: 16, body: 20 } as const

/** Phone thresholds in screen px: text, and a tap target's width and height. */
export const PHONE = { minimum: 16, target: 44 } as const

/** Below the size by more than rounding (a 15.99 px computed size is 16 px). */
const under = (size: number, limit: number) => size < limit - 0.05

/** Text under `minimum` that is not allowed to be small, one line per place (largest offenders first). */
export function smallText(samples: readonly TextSample[], minimum: number): string[] {
  const seen = new Map<string, number>()
  for (const sample of samples) {
    if (sample.exempt || !under(sample.size, minimum))
      continue
    const previous = seen.get(sample.where)
    if (previous === undefined || sample.size < previous)
      seen.set(sample.where, sample.size)
  }
  return [...seen].sort((a, b) => a[1] - b[1]).map(([where, size]) => `text at ${round(size)}px (under ${minimum}px): ${where}`)
}

export interface TextShares {
  /** All visible characters measured, exempt ones included. */
  chars: number
  /** Share of characters under `minimum` (0..1). */
  underMinimum: number
  /** Share of characters under `body` (0..1). */
  underBody: number
}

/** Shares of text (by characters, exempt text counted) under the two thresholds. */
export function textShares(samples: readonly TextSample[], thresholds: { minimum: number, body: number } = PROJECTION): TextShares {
  let chars = 0
  let small = 0
  let belowBody = 0
  for (const sample of samples) {
    chars += sample.chars
    if (under(sample.size, thresholds.minimum))
      small += sample.chars
    if (under(sample.size, thresholds.body))
      belowBody += sample.chars
  }
  return { chars, underMinimum: chars ? small / chars : 0, underBody: chars ? belowBody / chars : 0 }
}

/** Tap targets smaller than `minimum` px in either direction. */
export function smallTargets(targets: readonly TapTarget[], minimum: number): string[] {
  return targets
    .filter(target => under(target.width, minimum) || under(target.height, minimum))
    .map(target => `tap target ${round(target.width)}×${round(target.height)}px (under ${minimum}px): ${target.where}`)
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10)
}

/** Sideways overflow of a phone page (more than a px of rounding). */
export function sidewaysOverflow(overflowX: number): string[] {
  return overflowX > 1 ? [`the page is ${Math.round(overflowX)}px wider than the screen`] : []
}

/** The rules every run applies: layout everywhere, text on a projector, and on a phone the quiz page's text, tap targets and width. */
export const rules: Rule[] = [
  {
    name: 'layout',
    appliesTo: () => true,
    check: slide => slide.layout,
  },
  {
    name: 'projection text',
    appliesTo: viewport => viewport.kind === 'projection',
    check: slide => smallText(slide.text, PROJECTION.minimum),
  },
  {
    name: 'phone text',
    appliesTo: viewport => viewport.kind === 'phone',
    check: slide => slide.phonePage ? smallText(slide.phonePage.text, PHONE.minimum).map(p => `quiz page: ${p}`) : [],
  },
  {
    name: 'phone tap targets',
    appliesTo: viewport => viewport.kind === 'phone',
    check: slide => slide.phonePage ? smallTargets(slide.phonePage.targets, PHONE.target).map(p => `quiz page: ${p}`) : [],
  },
  {
    name: 'phone width',
    appliesTo: viewport => viewport.kind === 'phone',
    check: slide => slide.phonePage ? sidewaysOverflow(slide.phonePage.overflowX).map(p => `quiz page: ${p}`) : [],
  },
]

/** Every rule that applies to the viewport, run on one slide; each problem prefixed with the viewport and slide. */
export function judge(slide: SlideMeasure, viewport: Viewport, list: readonly Rule[] = rules): string[] {
  return list
    .filter(rule => rule.appliesTo(viewport))
    .flatMap(rule => rule.check(slide, viewport).map(problem => `${viewport.name} slide ${slide.no}: ${problem}`))
}

/** "42.1 %" for a share. */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)} %`
}
