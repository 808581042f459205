// Geometry for the deck's figures, kept apart from the components so it can be tested.

/** Side of a square whose area is to `largest`'s square (side `largestSide`) as `value` is to `largest`. */
export function areaSide(value: number, largest: number, largestSide: number): number {
  if (!(value > 0) || !(largest > 0))
    throw new RangeError(`figures must be positive numbers (got ${value} and ${largest})`)
  return largestSide * Math.sqrt(value / largest)
}

/** How many times `small` goes into `large`, rounded to a readable figure ("300,000"). */
export function timesAsMany(large: number, small: number): string {
  const ratio = large / small
  const digits = Math.max(0, Math.floor(Math.log10(ratio)) - 1)
  const rounded = Math.round(ratio / 10 ** digits) * 10 ** digits
  return rounded.toLocaleString('en-GB')
}

/** A stated number as a label: 1500000000 → "1.5 billion", 5000 → "5,000". */
export function figureLabel(value: number): string {
  if (value >= 1e9)
    return `${Number((value / 1e9).toPrecision(3))} billion`
  if (value >= 1e6)
    return `${Number((value / 1e6).toPrecision(3))} million`
  return value.toLocaleString('en-GB')
}
