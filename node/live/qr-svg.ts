// The join address as an SVG QR code, drawn on the server (GET /live/api/qr.svg)
// so that neither the deck nor the live pages ship a QR encoder: one path of the
// dark modules, row by row, on a white quiet zone that scanners also find on a
// dark page. The SVG holds only numbers, never the address's text.
import { encode } from 'uqr'

/** Light modules around the code, as scanners expect. */
export const QUIET_ZONE = 4
/** How the join URL is encoded, here and in the terminal (scripts/live.ts), so both show the same code. */
export const JOIN_QR = { ecc: 'M' } as const

export function qrSvg(value: string): string {
  const { data, size } = encode(value, { ...JOIN_QR, border: 0 })
  const side = size + 2 * QUIET_ZONE
  const runs: string[] = []
  data.forEach((row, y) => {
    let start = -1
    row.forEach((dark, x) => {
      if (dark && start < 0)
        start = x
      if (start >= 0 && (!dark || x === size - 1)) {
        runs.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${(dark ? x + 1 : x) - start}v1H${start + QUIET_ZONE}z`)
        start = -1
      }
    })
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges"><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>`
}
