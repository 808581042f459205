// <LiveJoin>, the deck's join slide: with a live server behind the deck it shows the join QR code, the address and the projector link; otherwise a short note, never an error.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import LiveJoin from '../../../components/LiveJoin.vue'
import { LIVE_MODE_HEADER, LIVE_QR_PATH } from '../../../logic/live/paths.ts'
import { JOIN_URL } from './live-fixtures.ts'

const OFF_NOTE = 'Live mode is off: the lecturer starts it with npm run live.'

/** A host that answers the page's HEAD with the live header (or not, for a static host) and /live/api/info with `reply`. */
function serving(reply: () => Promise<Response>, { live = true } = {}) {
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => init?.method === 'HEAD'
    ? new Response(null, { headers: live ? { [LIVE_MODE_HEADER]: 'on' } : {} })
    : reply())
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

async function mountJoin() {
  const wrapper = mount(LiveJoin)
  await flushPromises()
  return wrapper
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('LiveJoin', () => {
  it('asks the same origin for the live session', async () => {
    const fetchMock = serving(async () => Response.json({ joinUrl: JOIN_URL, sessionId: 's1', phase: 'lobby' }))
    await mountJoin()
    expect(fetchMock.mock.calls.map(([url, init]) => [url, init?.method ?? 'GET'])).toEqual([[location.pathname, 'HEAD'], ['/live/api/info', 'GET'], ['/live/api/join', 'GET']])
  })

  it('shows the join code large and spaced, and the QR code carries it, when the server gives it to this (the lecturer\'s) browser', async () => {
    serving(async () => Response.json({ joinUrl: JOIN_URL, sessionId: 's1', phase: 'lobby', joinCode: 'K7MQ4X', joinLink: `${JOIN_URL}#code=K7MQ4X` }))
    const wrapper = await mountJoin()
    expect(wrapper.get('img').attributes('alt')).toBe(`QR code of the join address ${JOIN_URL}#code=K7MQ4X`)
    expect(wrapper.get('.join-code').attributes('aria-label')).toBe('Join code: K 7 M Q 4 X')
    expect(wrapper.findAll('.join-code-group').map(g => g.text())).toEqual(['K7M', 'Q4X'])
    expect(wrapper.text()).toContain('and type the code')
  })

  it('never asks a static host for the live API (which would log a 404), and says live mode is off', async () => {
    const fetchMock = serving(async () => Response.json({ joinUrl: JOIN_URL }), { live: false })
    const wrapper = await mountJoin()
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([location.pathname])
    expect(wrapper.text()).toBe(OFF_NOTE)
  })

  it('says live mode is off when the page cannot be asked at all (a deck opened from a file)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    }))
    expect((await mountJoin()).text()).toBe(OFF_NOTE)
  })

  it('shows the join QR code, the address and a link to the projector view when the live server answers', async () => {
    serving(async () => Response.json({ joinUrl: JOIN_URL, sessionId: 's1', phase: 'lobby' }))
    const wrapper = await mountJoin()
    const qr = wrapper.get('img')
    expect(qr.attributes('alt')).toBe(`QR code of the join address ${JOIN_URL}`)
    expect(qr.attributes('src')).toBe(LIVE_QR_PATH)
    expect(wrapper.get('.live-join-url').text()).toBe(JOIN_URL)
    const link = wrapper.get('a')
    expect(link.text()).toBe('Open the projector view')
    expect(link.attributes('href')).toBe('/live/projector')
    expect(wrapper.text()).not.toContain('Live mode is off')
  })

  it.each<[string, () => Promise<Response>]>([
    ['the request fails', async () => { throw new TypeError('Failed to fetch') }],
    ['there is no such route (404)', async () => new Response('Not found', { status: 404 })],
    ['a static server answers with the deck\'s own HTML', async () => new Response('<!doctype html><title>deck</title>', { headers: { 'content-type': 'text/html' } })],
    ['the reply has no http(s) join address', async () => Response.json({ joinUrl: 'javascript:alert(1)' })],
  ])('shows the "live mode is off" note, not an error, when %s', async (_case, reply) => {
    serving(reply)
    const wrapper = await mountJoin()
    expect(wrapper.text()).toBe(OFF_NOTE)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('a').exists()).toBe(false)
  })
})
