// <RoomScale>: the room on the deck's scale slides in live mode: both runs side by side on one scale with counts in
// words and who moved which way; an open run as a count only; a scale not run yet; refused outside the lecturer's
// browser; refreshed every 2 s while the slide is shown and no more once it is left. Mounted as the deck does it:
// <RoomHost> with the live build's mount function (the loader mocked to return the real one); a module that fails to
// load is said in words.
import type { ScalePoll } from '../../../logic/content/polls.ts'
import type { PollRoom } from '../../../logic/live/poll-room.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import RoomHost from '../../../components/live/RoomHost.vue'
import { mountRoomScale } from '../../../live/src/room-scale.ts'

const slide = vi.hoisted(() => ({ active: undefined as unknown as { value: boolean } }))
vi.mock('../../../composables/slidev.ts', async () => {
  const { ref } = await import('vue')
  slide.active = ref(true)
  return { useIsSlideActive: () => slide.active }
})
const loader = vi.hoisted(() => ({ load: vi.fn() }))
vi.mock('../../../components/live/load-room-scale.ts', () => ({ loadRoomScale: loader.load }))

const poll: ScalePoll = { id: 'where-you-stand', kind: 'scale', prompt: 'Where do you stand?', points: 5, low: 'Privacy first', high: 'Lawful access first' }
const tally = (counts: number[], mean: number) => ({ kind: 'scale' as const, counts, n: counts.reduce((a, b) => a + b), mean, median: mean, refused: 0 })
const closedBefore = { status: 'closed' as const, answered: 4, tally: tally([2, 1, 0, 1, 0], 2) }
const closedAfter = { status: 'closed' as const, answered: 3, tally: tally([0, 1, 1, 0, 1], 3.333) }

function serving(room: PollRoom | undefined) {
  const fetchMock = vi.fn(async () => room ? Response.json(room) : Response.json({ error: 'unauthorised' }, { status: 401 }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

const wrappers: Array<{ unmount: () => void }> = []
async function mountRoom(run: 'before' | 'after') {
  const wrapper = mount(RoomHost, { props: { poll, run } })
  wrappers.push(wrapper)
  await flushPromises()
  return wrapper
}

const rows = (wrapper: Awaited<ReturnType<typeof mountRoom>>) => wrapper.findAll('tbody tr').map(r => r.findAll('th, td').map(c => c.text()))
const lines = (wrapper: Awaited<ReturnType<typeof mountRoom>>) => wrapper.findAll('.pm-room-line').map(p => p.text())

beforeEach(() => {
  loader.load.mockImplementation(async () => mountRoomScale)
})
afterEach(() => {
  for (const wrapper of wrappers.splice(0))
    wrapper.unmount()
  vi.unstubAllGlobals()
  vi.useRealTimers()
  slide.active.value = true
})

describe('<RoomScale>', () => {
  it('on the last slide: both distributions on one scale, rows named Start and Now with counts written, and who moved which way', async () => {
    serving({ pollId: poll.id, before: closedBefore, after: closedAfter, movement: { paired: 3, towardLow: 1, towardHigh: 1, stayed: 1 } })
    const wrapper = await mountRoom('after')
    expect(wrapper.findAll('thead th').map(h => h.text())).toEqual(['1, Privacy first', '2', '3', '4', '5, Lawful access first'])
    expect(rows(wrapper)).toEqual([['Start', '2', '1', '0', '1', '0'], ['Now', '0', '1', '1', '0', '1']])
    expect(lines(wrapper)).toEqual(['Start: 4 answered, mean 2.0.', 'Now: 3 answered, mean 3.3.'])
    expect(wrapper.get('[role="status"]').text()).toBe('Of the 3 who answered both: 1 moved toward “Privacy first”, 1 toward “Lawful access first”, 1 stayed.')
    // The tallest bar is the largest count's.
    expect(wrapper.findAll('.pm-room-bar').map(b => b.attributes('style'))[0]).toBe('height: 2rem;')
  })

  it('on the first slide: the start only, even once the end has run', async () => {
    serving({ pollId: poll.id, before: closedBefore, after: closedAfter, movement: { paired: 3, towardLow: 1, towardHigh: 1, stayed: 1 } })
    const wrapper = await mountRoom('before')
    expect(rows(wrapper)).toEqual([['Start', '2', '1', '0', '1', '0']])
    expect(lines(wrapper)).toEqual(['Start: 4 answered, mean 2.0.'])
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('an open run is a count only: no bars of it, no movement', async () => {
    serving({ pollId: poll.id, before: closedBefore, after: { status: 'open', answered: 2 } })
    const wrapper = await mountRoom('after')
    expect(rows(wrapper)).toEqual([['Start', '2', '1', '0', '1', '0']])
    expect(lines(wrapper)).toEqual(['Start: 4 answered, mean 2.0.', 'Now: the poll is open, 2 answered. The distribution appears here when you close it.'])
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('a scale not run yet says where to run it', async () => {
    serving({ pollId: poll.id, before: { status: 'not-run' }, after: { status: 'not-run' } })
    const wrapper = await mountRoom('after')
    expect(wrapper.find('table').exists()).toBe(false)
    expect(lines(wrapper)).toEqual(['Start: not run yet. Run it as “before” from the control page.', 'Now: not run yet. Run it as “after” from the control page.'])
  })

  it('says where the room can be seen when the server refuses this browser', async () => {
    serving(undefined)
    const wrapper = await mountRoom('before')
    expect(wrapper.text()).toBe('The room\'s answers come only to the lecturer\'s browser: open the slides from the control page.')
  })

  it('asks its own server every 2 s while the slide is shown, and stops when the slide is left', async () => {
    vi.useFakeTimers()
    const fetchMock = serving({ pollId: poll.id, before: { status: 'open', answered: 1 }, after: { status: 'not-run' } })
    const wrapper = await mountRoom('before')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(fetchMock.mock.calls[0]).toEqual(['/live/api/polls/where-you-stand/room', expect.anything()])
    fetchMock.mockImplementation(async () => Response.json({ pollId: poll.id, before: { status: 'open', answered: 5 }, after: { status: 'not-run' } }))
    await vi.advanceTimersByTimeAsync(2000)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(lines(wrapper)[0]).toContain('5 answered')
    slide.active.value = false
    await vi.advanceTimersByTimeAsync(10_000)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    slide.active.value = true
    await vi.advanceTimersByTimeAsync(0)
    expect(fetchMock).toHaveBeenCalledTimes(3)
    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(fetchMock).toHaveBeenCalledTimes(3)
  })

  it('says so in words when the live build\'s part cannot be loaded, and asks nothing', async () => {
    const fetchMock = serving(undefined)
    loader.load.mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'))
    const wrapper = await mountRoom('after')
    expect(wrapper.get('[role="alert"]').text()).toBe('The room could not be loaded from the live server: reload the slides from the control page.')
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
