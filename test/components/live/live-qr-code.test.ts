// <LiveQrCode>: the SVG's rectangles cover exactly the dark modules of the QR code uqr encodes, inside a light quiet zone.
import { mount } from '@vue/test-utils'
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import LiveQrCode from '../../../components/live/LiveQrCode.vue'

describe('LiveQrCode', () => {
  it.each(['http://192.0.2.10:4000/live/', 'http://127.0.0.1:4151/live/'])('draws the modules of %s', (value) => {
    const wrapper = mount(LiveQrCode, { props: { value, label: 'Join' } })
    const { data, size } = encode(value, { ecc: 'M', border: 0 })
    const side = Number(wrapper.get('svg').attributes('viewBox')!.split(' ')[2])
    const quiet = (side - size) / 2
    expect(quiet).toBe(4)
    const drawn = new Set<string>()
    for (const rect of wrapper.findAll('rect[fill="#000"]')) {
      const [x, y, width] = ['x', 'y', 'width'].map(name => Number(rect.attributes(name))) as [number, number, number]
      for (let i = 0; i < width; i++)
        drawn.add(`${x + i},${y}`)
    }
    const dark = new Set<string>()
    data.forEach((row, y) => row.forEach((isDark, x) => {
      if (isDark)
        dark.add(`${x + quiet},${y + quiet}`)
    }))
    expect(drawn).toEqual(dark)
    expect(wrapper.get('svg').attributes('aria-label')).toBe('Join')
  })
})
