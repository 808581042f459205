// The projector and control pages through blind voting and peer instruction: only how many answered until the votes
// are shown, round 1 against round 2, the commonest mistake with its feedback and evidence at reveal, and the
// lecturer stepping through the wrong options and choosing which one the projector shows.
import type { LiveWrongChoice, RoundStats, Shift } from '../../../logic/live/protocol.ts'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ControlApp from '../../../live/src/control/ControlApp.vue'
import ResultsPanel from '../../../live/src/control/ResultsPanel.vue'
import ProjectorApp from '../../../live/src/projector/ProjectorApp.vue'
import { receive, resetSocket, socket } from './fake-socket.ts'
import { lecturerState, projectorState, results } from './live-fixtures.ts'
import { button, tableRows } from './queries.ts'

vi.mock('../../../live/src/useLiveSocket.ts', () => import('./fake-socket.ts'))

let wrapper: ReturnType<typeof mount> | undefined
beforeEach(() => {
  resetSocket()
  sessionStorage.clear()
  vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 500 })))
})
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
})

const blind = { histogram: { buckets: [] } }
const shift: Shift = {
  first: { buckets: [{ id: 'pta', label: 'The PTA', count: 1 }, { id: 'eff', label: 'The EFF', count: 3 }] },
  second: { buckets: [{ id: 'pta', label: 'The PTA', count: 3 }, { id: 'eff', label: 'The EFF', count: 1 }] },
  answeredFirst: 4,
  answeredAgain: 3,
  answeredSecond: 4,
  changed: 2,
}
const eff: LiveWrongChoice = { id: 'eff', text: 'The EFF', count: 1, share: 0.25, feedback: 'The EFF is not named in the report.', evidence: [{ sourceId: 'cnet-blackberry', sourceTitle: 'BlackBerry to leave Pakistan', quote: 'the PTA' }] }
const court: LiveWrongChoice = { id: 'court', text: 'A court', count: 0, share: 0, feedback: 'No document says a court was involved.', evidence: [] }

async function projector(patch: Parameters<typeof projectorState>[0]) {
  wrapper = mount(ProjectorApp, { attachTo: document.body })
  receive(projectorState(patch))
  await flushPromises()
  return wrapper
}

describe('ProjectorApp: blind voting and peer instruction', () => {
  it('while blind shows only how many answered, no bars', async () => {
    const app = await projector(blind)
    expect(app.find('.live-bars').exists()).toBe(false)
    expect(app.findAll('table')).toHaveLength(0)
    expect(app.get('.projector-blind').text()).toContain('3 of 4 answered')
    expect(app.text()).toContain('The votes stay hidden until the lecturer shows them.')
  })

  it.each([
    ['discussing', { phase: 'closed' as const, round: 2 as const, step: 'discuss' as const }, 'Discuss with your neighbour, then answer again.'],
    ['round 2 open', { round: 2 as const, answeredCount: 1 }, 'Round 2: answer again on your phone or laptop.'],
  ])('%s: says so, still blind', async (_, patch, note) => {
    const app = await projector({ ...blind, ...patch })
    expect(app.get('.projector-note').text()).toBe(note)
    expect(app.find('.live-bars').exists()).toBe(false)
  })

  it('with votes shown in round 2 shows both rounds option by option, and no movements yet', async () => {
    const app = await projector({ phase: 'closed', round: 2, step: 'votes', shift, histogram: shift.second })
    expect(tableRows(app, 'Round 1 and round 2')).toEqual([
      ['The PTA', '1 (25%)', '3 (75%)', 'not revealed'],
      ['The EFF', '3 (75%)', '1 (25%)', 'not revealed'],
    ])
    expect(app.text()).toContain('3 people answered again; 2 people changed their answer.')
    expect(app.text()).not.toContain('moved to the right answer')
  })

  it('at reveal shows the movements and the commonest mistake, with its feedback and evidence', async () => {
    const revealedShift = { ...shift, toRight: 2, away: 0, first: { buckets: shift.first.buckets.map(b => ({ ...b, correct: b.id === 'pta' })) }, second: { buckets: shift.second.buckets.map(b => ({ ...b, correct: b.id === 'pta' })) } }
    const app = await projector({ phase: 'revealed', round: 2, shift: revealedShift, histogram: revealedShift.second, mistake: eff, result: { key: 'The PTA', explanation: 'Because.', evidence: [] } })
    expect(app.text()).toContain('2 people moved to the right answer; 0 people moved away from it.')
    const mistake = app.get('.projector-mistake')
    expect(mistake.get('h2').text()).toBe('✗ The commonest mistake, and why')
    expect(mistake.text()).toContain('“The EFF” · 1 chose it (25%)')
    expect(mistake.text()).toContain('The EFF is not named in the report.')
    expect(mistake.get('blockquote').text()).toBe('the PTA')
    expect(mistake.get('cite').text()).toBe('BlackBerry to leave Pakistan')
  })

  it('calls another wrong option the lecturer put up "a wrong answer", not the commonest', async () => {
    const app = await projector({ phase: 'revealed', histogram: { buckets: [{ id: 'pta', label: 'The PTA', count: 3, correct: true }, { id: 'eff', label: 'The EFF', count: 1, correct: false }, { id: 'court', label: 'A court', count: 0, correct: false }] }, mistake: court, result: { key: 'The PTA', explanation: 'Because.', evidence: [] } })
    expect(app.get('.projector-mistake h2').text()).toBe('✗ A wrong answer, and why')
  })
})

describe('ControlApp: blind voting and peer instruction', () => {
  async function control(patch: Parameters<typeof lecturerState>[0]) {
    history.replaceState(null, '', '/live/control#token=t0ken')
    wrapper = mount(ControlApp, { attachTo: document.body })
    receive(lecturerState(patch))
    await flushPromises()
    return wrapper
  }
  const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))

  it('says the room votes blind and which round is marked, and shows the votes to the lecturer only', async () => {
    const app = await control({ markedRound: 2 })
    const status = app.get('section[aria-label="Votes and rounds"]').text()
    expect(status).toContain('Round 1. Blind: the room sees only how many have answered; the votes are on this page only.')
    expect(status).toContain('Round 2 is marked (a student who does not answer again keeps their first answer).')
    expect(tableRows(app, 'Answers so far (only you see them)')).toHaveLength(2)
    await button(app, 'Show votes').trigger('click')
    press('d')
    expect(socket.sent).toEqual([{ type: 'control', action: 'show-votes' }, { type: 'control', action: 'discuss' }])
  })

  it('in round 2 shows both rounds and says how many answered again; Open round 2 only while discussing', async () => {
    const app = await control({ phase: 'closed', round: 2, step: 'discuss', markedRound: 1, shift })
    expect(app.get('.control-count').text()).toBe('1 of 2 answered again')
    expect(app.text()).toContain('Round 2, discussing: answers closed until you open round 2.')
    expect(app.text()).toContain('Round 1 is marked (round 2 is for learning).')
    expect(tableRows(app, 'Round 1 and round 2')).toHaveLength(2)
    press('a')
    expect(socket.sent).toEqual([{ type: 'control', action: 'vote-again' }])
  })

  it('after reveal steps through the wrong options with their counts, feedback and evidence, and puts one on the projector', async () => {
    const app = await control({ phase: 'revealed', wrongChoices: [eff, court], shownMistake: 'eff' })
    const panel = app.get('section[aria-labelledby="wrong-title"]')
    expect(panel.text()).toContain('Wrong answers (1 of 2)')
    expect(panel.text()).toContain('On the projector: “The EFF”')
    expect(panel.text()).toContain('The EFF is not named in the report.')
    expect((button(app, 'Put this on the projector').element).disabled).toBe(true)
    press(']')
    await flushPromises()
    expect(panel.text()).toContain('“A court” · 0 chose it (0%)')
    expect(panel.text()).toContain('No document says a court was involved.')
    press('p')
    await button(app, 'Take it off the projector').trigger('click')
    expect(socket.sent).toEqual([{ type: 'control', action: 'show-mistake', optionId: 'court' }, { type: 'control', action: 'show-mistake', optionId: null }])
  })
})

describe('ResultsPanel: a question asked in two rounds', () => {
  it('says which round is marked and gives each round\'s share correct', async () => {
    const first = results.questions[0]!
    const twoRounds = { ...results, markedRound: 1 as const, questions: [{ ...first, rounds: [{ answered: 2, meanScore: 0.5, percentCorrect: 50, histogram: first.histogram }, { answered: 1, meanScore: 1, percentCorrect: 100, histogram: first.histogram }] as [RoundStats, RoundStats] }] }
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(twoRounds)))
    wrapper = mount(ResultsPanel, { props: { token: 't', finished: true } })
    await flushPromises()
    expect(wrapper.text()).toContain('Questions asked in two rounds are marked on round 1; the CSV has both rounds.')
    expect(tableRows(wrapper, 'Statistics by question')[0]).toEqual([`Q1. ${first.prompt}`, '2', '0.5 of 1', '50% (round 1: 50% of 2, round 2: 100% of 1)'])
  })
})
