// <OpinionScale>: the deck's before/after opinion scale for self-study: a real
// fieldset of radios, the shortcuts locked while it has focus, the student's
// points kept across a remount (a reload), a damaged saved record discarded with
// a notice, the before/after picture and sentence, and an empty scale in print; in live
// mode the room instead (live/src/RoomScale.vue, the loader mocked to return the live build's real mount function),
// and no request outside it but the page's HEAD, and nothing loaded.
import type { VueWrapper } from '@vue/test-utils'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import OpinionScale from '../../../components/OpinionScale.vue'
import { mountRoomScale } from '../../../live/src/room-scale.ts'
import { LIVE_MODE_HEADER } from '../../../logic/live/paths.ts'
import { OWN_ANSWERS_KEY } from '../../../logic/polls/own-answers.ts'
import { isPrintMode, locks, resetFake } from '../quiz/slidev-fake.ts'

vi.mock('../../../composables/slidev.ts', () => import('../quiz/slidev-fake.ts'))
const loader = vi.hoisted(() => ({ load: vi.fn() }))
vi.mock('../../../components/live/load-room-scale.ts', () => ({ loadRoomScale: loader.load }))

let wrappers: VueWrapper[] = []

/** A fresh Pinia each time: as after a reload, only localStorage carries the answers over. */
function mountScale(run: 'before' | 'after') {
  const wrapper = mount(OpinionScale, { props: { poll: 'where-you-stand', run }, attachTo: document.body, global: { plugins: [createPinia()] } })
  wrappers.push(wrapper)
  return wrapper
}

function radio(wrapper: VueWrapper, point: number) {
  return wrapper.get<HTMLInputElement>(`input[type="radio"][value="${point}"]`)
}

async function choose(wrapper: VueWrapper, point: number) {
  const input = radio(wrapper, point)
  input.element.checked = true
  await input.trigger('change')
}

const status = (wrapper: VueWrapper) => wrapper.get('[role="status"]').text()

beforeEach(() => {
  localStorage.clear()
  resetFake()
  loader.load.mockReset()
  loader.load.mockImplementation(async () => mountRoomScale)
  // A static host (or the dev server): no live header on the page's HEAD.
  vi.stubGlobal('fetch', vi.fn(async () => new Response(null)))
})
afterEach(() => {
  vi.unstubAllGlobals()
  for (const wrapper of wrappers)
    wrapper.unmount()
  wrappers = []
})

describe('<OpinionScale>', () => {
  it('is a fieldset whose legend is the prompt, with one labelled radio per point, ends named', () => {
    const wrapper = mountScale('before')
    expect(wrapper.get('fieldset legend').text()).toBe('When a government asks for access to encrypted messages, where do you stand?')
    // Each radio's name, as a screen reader reads its label.
    const labels = wrapper.findAll('label').map(l => l.text())
    expect(labels).toEqual(['1, Privacy first', '2', '3', '4, Undecided, or both equally', '5', '6', '7, Lawful access first'])
    const inputs = wrapper.findAll<HTMLInputElement>('input[type="radio"]')
    expect(new Set(inputs.map(i => i.attributes('name'))).size).toBe(1)
    expect(inputs.every(i => i.element.tabIndex !== -1 && !i.element.disabled)).toBe(true)
  })

  it('keeps the deck\'s arrow keys off while a radio has focus (they move between points), and Escape gives them back', async () => {
    const wrapper = mountScale('before')
    await radio(wrapper, 1).trigger('focusin')
    expect(locks.size).toBe(1)
    await radio(wrapper, 1).trigger('keydown', { key: 'Escape' })
    expect(locks.size).toBe(0)
  })

  it('saves the point chosen at the start, tells the student, and still has it after a reload', async () => {
    const first = mountScale('before')
    expect(status(first)).toBe('Your answer stays in this browser; the end of the deck asks again.')
    await choose(first, 3)
    expect(status(first)).toBe('Saved in this browser: 3. The end of the deck asks again.')
    first.unmount()
    wrappers = []
    const again = mountScale('before')
    expect(radio(again, 3).element.checked).toBe(true)
    expect(JSON.parse(localStorage.getItem(OWN_ANSWERS_KEY)!)).toEqual({ version: 1, answers: { 'where-you-stand': { before: 3 } } })
  })

  it('shows the start and now on one scale, and how far the student moved', async () => {
    const start = mountScale('before')
    await choose(start, 3)
    const end = mountScale('after')
    expect(end.find('.pm-scale-compare').exists()).toBe(true)
    expect(status(end)).toBe('At the start you chose 3. Choose again now to see whether you moved.')
    expect(end.findAll('.pm-scale-mark').map(m => m.text())).toEqual(['Start'])
    await choose(end, 5)
    expect(status(end)).toBe('You moved two points toward Lawful access first: from 3 to 5.')
    expect(end.findAll('.pm-scale-mark').map(m => [m.text(), m.attributes('style')])).toEqual([['Start', 'left: 33.33333333333333%;'], ['Now', 'left: 66.66666666666666%;']])
    await choose(end, 3)
    expect(status(end)).toBe('You stayed at 3.')
    expect(end.findAll('.pm-scale-mark').map(m => m.text())).toEqual(['Start and now'])
    // The start's own radio is untouched by the end's answer.
    const reloaded = mountScale('before')
    expect(radio(reloaded, 3).element.checked).toBe(true)
  })

  it('takes the answers another window saved, so it never writes an older copy over them', async () => {
    const here = mountScale('after')
    const saved = JSON.stringify({ version: 1, answers: { 'where-you-stand': { before: 2 } } })
    localStorage.setItem(OWN_ANSWERS_KEY, saved)
    window.dispatchEvent(new StorageEvent('storage', { key: OWN_ANSWERS_KEY, newValue: saved }))
    await here.vm.$nextTick()
    expect(status(here)).toBe('At the start you chose 2. Choose again now to see whether you moved.')
    await choose(here, 1)
    expect(JSON.parse(localStorage.getItem(OWN_ANSWERS_KEY)!).answers['where-you-stand']).toEqual({ before: 2, after: 1 })
  })

  it('discards a damaged saved record with a notice, and saves afresh', async () => {
    localStorage.setItem(OWN_ANSWERS_KEY, '{"version":1,"answers":{"where-you-stand":{"before":"x"')
    const wrapper = mountScale('before')
    expect(wrapper.get('[role="alert"]').text()).toContain('Your saved answers to the opinion scale could not be read (they were damaged), so they were cleared.')
    expect(wrapper.findAll<HTMLInputElement>('input:checked')).toHaveLength(0)
    expect(JSON.parse(localStorage.getItem(OWN_ANSWERS_KEY)!)).toEqual({ version: 1, answers: {} })
    await wrapper.get('[role="alert"] button').trigger('click')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    await choose(wrapper, 6)
    expect(JSON.parse(localStorage.getItem(OWN_ANSWERS_KEY)!).answers['where-you-stand']).toEqual({ before: 6 })
  })

  it('prints an empty scale to circle, whatever was saved', async () => {
    localStorage.setItem(OWN_ANSWERS_KEY, JSON.stringify({ version: 1, answers: { 'where-you-stand': { before: 2, after: 6 } } }))
    isPrintMode.value = true
    const wrapper = mountScale('after')
    expect(wrapper.findAll<HTMLInputElement>('input').filter(i => i.element.checked)).toHaveLength(0)
    expect(wrapper.find('.pm-scale-compare').exists()).toBe(false)
    expect(wrapper.get('.pm-print-only').text()).toContain('Circle one number')
  })

  it('in live mode (the deck served by the live server) shows the room instead of the lecturer\'s own answers', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => init?.method === 'HEAD'
      ? new Response(null, { headers: { [LIVE_MODE_HEADER]: 'on' } })
      : Response.json({ pollId: 'where-you-stand', before: { status: 'closed', answered: 1, tally: { kind: 'scale', counts: [1, 0, 0, 0, 0, 0, 0], n: 1, mean: 1, median: 1, refused: 0 } }, after: { status: 'open', answered: 1 } }))
    vi.stubGlobal('fetch', fetchMock)
    const wrapper = mountScale('after')
    await flushPromises()
    expect(wrapper.find('input').exists()).toBe(false)
    expect(wrapper.get('.pm-scale-prompt').text()).toBe('When a government asks for access to encrypted messages, where do you stand?')
    expect(wrapper.text()).toContain('Now: the poll is open, 1 answered.')
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([location.pathname, '/live/api/polls/where-you-stand/room'])
    expect(loader.load).toHaveBeenCalledTimes(1)
  })

  it('outside live mode (dev server, static host) asks only the page\'s own HEAD, and in print nothing at all', async () => {
    const wrapper = mountScale('before')
    await flushPromises()
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(7)
    expect(vi.mocked(fetch).mock.calls.map(([url, init]) => [url, init?.method])).toEqual([[location.pathname, 'HEAD']])
    vi.mocked(fetch).mockClear()
    isPrintMode.value = true
    mountScale('after')
    await flushPromises()
    expect(fetch).not.toHaveBeenCalled()
    expect(loader.load).not.toHaveBeenCalled()
  })

  it('says so when the poll is not an opinion scale of polls/', () => {
    const wrapper = mount(OpinionScale, { props: { poll: 'cases-heard-of', run: 'before' }, global: { plugins: [createPinia()] } })
    wrappers.push(wrapper)
    expect(wrapper.text()).toBe('There is no opinion scale “cases-heard-of” in polls/.')
  })
})
