// Blind voting and peer instruction: which answer counts, when the room may see the votes, round 1 against round 2, and the commonest mistake at reveal.
import type { MarkedRound } from '../../../logic/live/protocol.ts'
import type { MarkedAnswer } from '../../../logic/live/stats.ts'
import { describe, expect, it } from 'vitest'
import { countedAnswer, secondRound, shiftOf, shownMistake, votesVisible, wrongChoicesAt } from '../../../logic/live/rounds.ts'
import { markAnswer } from '../../../logic/marking/attempt.ts'
import { questions } from './fixture.ts'

const single = questions.single
const marked = (answer: string): MarkedAnswer => ({ answer, mark: markAnswer(single, answer) })

describe('votesVisible', () => {
  it.each<[string, Parameters<typeof votesVisible>[0], boolean]>([
    ['open, blind', { phase: 'open' }, false],
    ['closed, blind', { phase: 'closed' }, false],
    ['votes shown', { phase: 'closed', step: 'votes' }, true],
    ['discussing', { phase: 'closed', round: 2, step: 'discuss' }, false],
    ['round 2 open', { phase: 'open', round: 2 }, false],
    ['round 2 votes shown', { phase: 'closed', round: 2, step: 'votes' }, true],
    ['revealed', { phase: 'revealed' }, true],
    ['lobby', { phase: 'lobby' }, false],
  ])('%s → %s', (_, at, visible) => {
    expect(votesVisible(at)).toBe(visible)
  })
})

describe('countedAnswer', () => {
  it.each<[string, string | undefined, string | undefined, boolean, MarkedRound, string | undefined]>([
    ['one round: the answer', 'a', undefined, false, 2, 'a'],
    ['one round, round 1 marked', 'a', undefined, false, 1, 'a'],
    ['two rounds, round 2 marked: the second', 'a', 'b', true, 2, 'b'],
    ['two rounds, round 2 marked, no second answer: the first carries over', 'a', undefined, true, 2, 'a'],
    ['two rounds, round 2 marked, only a second answer', undefined, 'b', true, 2, 'b'],
    ['two rounds, round 1 marked: the first', 'a', 'b', true, 1, 'a'],
    ['two rounds, round 1 marked, no first answer: none', undefined, 'b', true, 1, undefined],
    ['nothing', undefined, undefined, true, 2, undefined],
  ])('%s', (_, first, second, twoRounds, round, counted) => {
    expect(countedAnswer(first, second, twoRounds, round)).toBe(counted)
  })
})

describe('shiftOf', () => {
  // p1 wrong → right, p2 right → wrong, p3 right stays (no second answer), p4 wrong stays, p5 only in round 2.
  const first = new Map([['p1', marked('court')], ['p2', marked('pta')], ['p3', marked('pta')], ['p4', marked('court')]])
  const second = new Map([['p1', marked('pta')], ['p2', marked('court')], ['p4', marked('court')], ['p5', marked('pta')]])

  it('before reveal: both distributions and how many changed, nothing that names the key', () => {
    const shift = shiftOf(single, first, second, false)
    expect(shift.first.buckets.map(b => [b.id, b.count, b.correct])).toEqual([['pta', 2, undefined], ['court', 2, undefined]])
    expect(shift.second.buckets.map(b => [b.id, b.count])).toEqual([['pta', 3], ['court', 2]])
    expect(shift).toMatchObject({ answeredFirst: 4, answeredAgain: 4, changed: 2 })
    expect(shift.toRight).toBeUndefined()
    expect(shift.away).toBeUndefined()
  })

  it('after reveal: who moved to the right answer and who moved away', () => {
    expect(shiftOf(single, first, second, true)).toMatchObject({ toRight: 1, away: 1, changed: 2 })
  })

  it('carries first answers over into round 2', () => {
    expect(Array.from(secondRound(first, new Map()).values(), a => a.answer)).toEqual(['court', 'pta', 'pta', 'court'])
  })
})

describe('wrongChoicesAt and shownMistake', () => {
  const multiple = questions.multiple
  const title = (id: string) => `Title of ${id}`
  const withFeedback = { ...single, options: [single.options[0]!, { ...single.options[1]!, feedback: 'No court is named.', evidence: [{ source: 'sf-blackberry-exit', quote: 'The quote' }] }] }

  it('lists the wrong options with counts, feedback and evidence titled, the commonest first', () => {
    const answers = [marked('court'), marked('court'), marked('pta')]
    expect(wrongChoicesAt(withFeedback, answers, 0.15, title)).toEqual({
      commonest: 'court',
      all: [{ id: 'court', text: 'A court', count: 2, share: 2 / 3, feedback: 'No court is named.', evidence: [{ sourceId: 'sf-blackberry-exit', sourceTitle: 'Title of sf-blackberry-exit', quote: 'The quote' }] }],
    })
  })

  it.each<[string, number, string | undefined]>([
    ['at the share', 0.25, 'c'],
    ['below the share', 0.26, undefined],
  ])('a wrong option chosen by 1 of 4 %s', (_, share, commonest) => {
    const answers = [['a', 'b'], ['a', 'b'], ['a', 'b'], ['a', 'c']].map(answer => ({ answer, mark: markAnswer(multiple, answer) }))
    expect(wrongChoicesAt(multiple, answers, share, title).commonest).toBe(commonest)
  })

  it.each<[string, string | null | undefined, string | undefined]>([
    ['the commonest by default', undefined, 'court'],
    ['none when the lecturer hides it', null, undefined],
    ['the one the lecturer chose', 'court', 'court'],
    ['nothing for an id that is not a wrong option', 'pta', undefined],
  ])('shows %s', (_, chosen, id) => {
    const choices = wrongChoicesAt(withFeedback, [marked('court')], 0.15, title)
    expect(shownMistake(choices, chosen)?.id).toBe(id)
  })

  it('has nothing for kinds without options', () => {
    expect(wrongChoicesAt(questions.text, [], 0.15, title)).toEqual({ all: [] })
  })
})
