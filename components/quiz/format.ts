// Words for the quiz components: "1 point", "2 points".
export function pointsText(n: number): string {
  return `${n} point${n === 1 ? '' : 's'}`
}
