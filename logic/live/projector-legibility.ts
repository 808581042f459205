// The projector page's legibility rules (test/e2e-live/projector.test.ts): what the page probe measured in one
// viewport goes in, problems come out. Sizes are CSS px at 1080 px of screen height and scale with the height
// (a 720 p screen needs two thirds of each). Each run of text has a role, set in markup with data-legibility:
//   prompt  the question: at least 40 px at 1080 p
//   count   the answered count, the histogram's counts and the countdown: at least 48 px
//   text    everything else the room reads (options, histogram labels, the revealed answer, position, join address): 32 px
//   detail  the explanation and the evidence quotes, which the lecturer reads out and every phone shows: 24 px
// 32 px at 1080 p is the deck's own projection minimum (16 px on the 980 px slide canvas, shown 1920 px wide, is
// 31.3 px), so nothing on the projector page is smaller than the smallest text on a slide. Every run of text needs
// WCAG AA's 4.5:1 against its background, although WCAG asks only 3:1 of text this large: a projector in a lit hall
// washes contrast out. And the page must fit the screen: no scrolling, across or down.

export type TextRole = 'prompt' | 'count' | 'text' | 'detail'

/** Minimum font size per role, in CSS px at 1080 px of screen height. */
export const PROJECTOR_TYPE: Record<TextRole, number> = { prompt: 40, count: 48, text: 32, detail: 24 }
export const REFERENCE_HEIGHT = 1080
/** WCAG 2 AA for normal text (SC 1.4.3). */
export const MIN_CONTRAST = 4.5

/** One run of visible text as the probe saw it. */
export interface ProjectorText {
  role: TextRole
  /** Computed font size, CSS px. */
  size: number
  /** Computed `color` and the first opaque background behind it, as CSS colours (rgb()/rgba()). */
  color: string
  background: string
  /** `<strong.projector-count> "12"`, to find it. */
  where: string
}

export interface ProjectorMeasure {
  texts: ProjectorText[]
  /** The document's scroll size and the viewport's size, CSS px. */
  scrollWidth: number
  scrollHeight: number
  width: number
  height: number
}

/** The minimum for a role at this screen height. */
export function minimumSize(role: TextRole, height: number): number {
  return PROJECTOR_TYPE[role] * height / REFERENCE_HEIGHT
}

const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/

/** `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)` or `rgb(1 2 3 / 50%)` → [r, g, b, alpha]; undefined for anything else. */
export function parseColor(css: string): [number, number, number, number] | undefined {
  const match = RGB.exec(css.trim())
  if (!match)
    return undefined
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4])
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha]
}

/** WCAG 2 relative luminance of an sRGB colour (0–255 channels). */
export function luminance([r, g, b]: readonly number[]): number {
  const channel = (value: number) => {
    const c = value / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
}

/** The contrast ratio of two CSS colours (1–21); a translucent text colour is blended onto the background first. */
export function contrastRatio(color: string, background: string): number | undefined {
  const fg = parseColor(color)
  const bg = parseColor(background)
  if (!fg || !bg)
    return undefined
  const blended = fg.slice(0, 3).map((c, i) => c * fg[3] + bg[i]! * (1 - fg[3]))
  const [light, dark] = [luminance(blended), luminance(bg)].sort((a, b) => b - a)
  return (light! + 0.05) / (dark! + 0.05)
}

const round = (n: number) => Math.round(n * 10) / 10

/** Every problem in one measure: text under its role's size, contrast under 4.5:1, a page that scrolls. Each text named once. */
export function judgeProjector(measure: ProjectorMeasure): string[] {
  const problems = new Set<string>()
  for (const text of measure.texts) {
    const minimum = minimumSize(text.role, measure.height)
    if (text.size < minimum - 0.05)
      problems.add(`${text.role} text at ${round(text.size)}px (under ${round(minimum)}px): ${text.where}`)
    const ratio = contrastRatio(text.color, text.background)
    if (ratio === undefined)
      problems.add(`cannot read the colours ${text.color} on ${text.background}: ${text.where}`)
    else if (ratio < MIN_CONTRAST)
      problems.add(`contrast ${round(ratio)}:1 (under ${MIN_CONTRAST}:1), ${text.color} on ${text.background}: ${text.where}`)
  }
  if (measure.scrollHeight > measure.height + 1)
    problems.add(`the page scrolls down: ${measure.scrollHeight}px tall on a ${measure.height}px screen`)
  if (measure.scrollWidth > measure.width + 1)
    problems.add(`the page scrolls across: ${measure.scrollWidth}px wide on a ${measure.width}px screen`)
  return [...problems]
}
