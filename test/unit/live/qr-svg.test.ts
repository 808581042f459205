// The join QR code the server draws: its path covers exactly the dark modules uqr
// encodes for the address, inside a white quiet zone, and holds no text.
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { JOIN_QR, qrSvg, QUIET_ZONE } from '../../../node/live/qr-svg.ts'

const RUN = /M(\d+) (\d+)h(\d+)v1H\1z/g

describe('qrSvg', () => {
  it.each([
    'http://192.0.2.10:4000/live/',
    'http://127.0.0.1:4131/live/',
    'http://[2001:db8::1]:4000/live/',
  ])('draws the modules of %s', (address) => {
    const svg = qrSvg(address)
    const { data, size } = encode(address, { ...JOIN_QR, border: 0 })
    const side = size + 2 * QUIET_ZONE
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`)
    expect(svg).toContain(`<rect width="${side}" height="${side}" fill="#fff"/>`)
    const drawn = new Set<string>()
    for (const [, x, y, width] of svg.matchAll(RUN)) {
      for (let i = 0; i < Number(width); i++)
        drawn.add(`${Number(x) + i},${y}`)
    }
    const dark = new Set<string>()
    data.forEach((row, y) => row.forEach((isDark, x) => {
      if (isDark)
        dark.add(`${x + QUIET_ZONE},${y + QUIET_ZONE}`)
    }))
    expect(drawn).toEqual(dark)
    expect(svg).not.toContain(address)
  })
})
