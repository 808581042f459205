// What each role is sent: students never a key before reveal and their own result after, the projector no names, the lecturer the full question.
import type { SessionState } from '../../../logic/live/session.ts'
import type { MarkedAnswer } from '../../../logic/live/stats.ts'
import { describe, expect, it } from 'vitest'
import { currentQuestion, lecturerView, projectorView, quizOutlines, studentView } from '../../../logic/live/views.ts'
import { markAnswer } from '../../../logic/marking/attempt.ts'
import { allQuestions, quiz, sources } from './fixture.ts'

const KEY_FIELDS = ['answer', 'accept', 'tolerance', 'explanation', 'evidence']
const stateFor = (phase: SessionState['phase'], questionId: string): SessionState => ({ phase, quizId: quiz.id, questionId })

describe('studentView', () => {
  it.each(allQuestions.flatMap(q => (['open', 'closed'] as const).map(phase => [q.kind, phase, q] as const)))('%s question, %s: no key field and no result', (_, phase, question) => {
    const state = stateFor(phase, question.id)
    const view = studentView(state, currentQuestion(state, [quiz]), undefined, sources)
    expect(view.result).toBeUndefined()
    expect(Object.keys(view.question!).filter(k => KEY_FIELDS.includes(k))).toEqual([])
    expect(JSON.stringify(view)).not.toContain(question.explanation)
  })

  it('shows the student’s own answer as received, and after reveal the mark, key, explanation and evidence', () => {
    const question = allQuestions[0]!
    const own: MarkedAnswer = { answer: 'court', mark: markAnswer(question, 'court') }
    const open = stateFor('open', question.id)
    expect(studentView(open, currentQuestion(open, [quiz]), own, sources)).toMatchObject({ phase: 'open', answer: 'court', received: true, position: { index: 1, count: allQuestions.length, quizTitle: quiz.title } })
    const revealed = stateFor('revealed', question.id)
    expect(studentView(revealed, currentQuestion(revealed, [quiz]), own, sources).result).toEqual({
      mark: own.mark,
      key: 'PTA',
      explanation: question.explanation,
      evidence: [{ sourceId: 'sf-blackberry-exit', sourceTitle: 'Report datelined SAN FRANCISCO', quote: 'The quote' }],
    })
  })

  it('after reveal tells a student who did not answer that, with the key', () => {
    const state = stateFor('revealed', allQuestions[0]!.id)
    expect(studentView(state, currentQuestion(state, [quiz]), undefined, sources)).toMatchObject({ received: false, result: { mark: { verdict: 'unanswered' }, key: 'PTA' } })
  })

  it.each(['lobby', 'finished'] as const)('in the %s shows no question', (phase) => {
    expect(studentView({ phase }, undefined, undefined, sources)).toEqual({ type: 'state', phase, received: false })
  })
})

describe('projectorView and lecturerView', () => {
  const question = allQuestions[0]!
  const answers = [{ answer: 'pta', mark: markAnswer(question, 'pta') }]
  const room = { answers, participantCount: 3, joinUrl: 'http://10.0.0.2:4000/live/', sources }
  const participants = [{ id: 'p1', name: 'Ann <b>', connected: true, answered: true }]

  it('the projector gets counts and the histogram, never names, and the key only after reveal', () => {
    const open = stateFor('open', question.id)
    const view = projectorView(open, currentQuestion(open, [quiz]), room)
    expect(view).toMatchObject({ answeredCount: 1, participantCount: 3, joinUrl: room.joinUrl })
    expect(view.result).toBeUndefined()
    expect(JSON.stringify(view)).not.toContain('Ann')
    const revealed = stateFor('revealed', question.id)
    expect(projectorView(revealed, currentQuestion(revealed, [quiz]), room).result?.key).toBe('PTA')
  })

  it('the lecturer gets the full question with its key, the participants and the outline', () => {
    const open = stateFor('open', question.id)
    const view = lecturerView(open, currentQuestion(open, [quiz]), { ...room, participants, outlines: quizOutlines([quiz]) })
    expect(view.question).toBe(question)
    expect(view).toMatchObject({ quizId: quiz.id, questionId: question.id, participants, answeredCount: 1 })
    expect(view.quizzes[0]!.questions.map(q => q.id)).toEqual(allQuestions.map(q => q.id))
  })
})

describe('blind voting, peer instruction and the commonest mistake in the views (issues #16, #14)', () => {
  const question = { ...allQuestions[0]!, kind: 'single' as const, options: [{ id: 'pta', text: 'PTA' }, { id: 'court', text: 'A court', feedback: 'No court is named.', evidence: [{ source: 'sf-blackberry-exit', quote: 'The refuting quote' }] }], answer: 'pta' }
  const fixtureQuiz = { ...quiz, questions: [question] }
  const mark = (answer: string): MarkedAnswer => ({ answer, mark: markAnswer(question, answer) })
  const first = new Map([['p1', mark('court')], ['p2', mark('court')], ['p3', mark('pta')]])
  const second = new Map([['p1', mark('pta')]])
  const at = (state: Omit<SessionState, 'quizId' | 'questionId'>): SessionState => ({ ...state, quizId: quiz.id, questionId: question.id })
  const room1 = { answers: [...first.values()], participantCount: 3, joinUrl: 'http://x/live/', sources }
  const room2 = { answers: [...second.values()], participantCount: 3, joinUrl: 'http://x/live/', sources, rounds: { first, second } }
  const projector = (state: SessionState, room: typeof room1) => projectorView(state, currentQuestion(state, [fixtureQuiz]), room)

  it.each<[string, SessionState, typeof room1]>([
    ['round 1 open', at({ phase: 'open' }), room1],
    ['round 1 closed', at({ phase: 'closed' }), room1],
    ['discussing', at({ phase: 'closed', round: 2, step: 'discuss' }), room2],
    ['round 2 open', at({ phase: 'open', round: 2 }), room2],
    ['round 2 closed', at({ phase: 'closed', round: 2 }), room2],
  ])('the projector gets only how many answered while blind: %s', (_, state, room) => {
    const view = projector(state, room)
    expect(view.histogram.buckets).toEqual([])
    expect(view.shift).toBeUndefined()
    expect(view.mistake).toBeUndefined()
    expect(view.answeredCount).toBe(room.answers.length)
    // `position` counts questions; nothing else may count options.
    expect(JSON.stringify({ ...view, position: undefined })).not.toMatch(/"count"|No court is named|The refuting quote/)
  })

  it('the projector gets the distribution once votes are shown, still without key or feedback', () => {
    const view = projector(at({ phase: 'closed', step: 'votes' }), room1)
    expect(view.histogram.buckets.map(b => [b.id, b.count, b.correct])).toEqual([['pta', 1, undefined], ['court', 2, undefined]])
    expect(JSON.stringify(view)).not.toMatch(/No court is named|The refuting quote|"correct"/)
  })

  it('in round 2 with votes shown the projector gets both rounds side by side (first answers carried over), no movements', () => {
    const view = projector(at({ phase: 'closed', round: 2, step: 'votes' }), room2)
    expect(view.shift?.first.buckets.map(b => b.count)).toEqual([1, 2])
    expect(view.shift?.second.buckets.map(b => b.count)).toEqual([2, 1])
    expect(view.histogram.buckets.map(b => b.count)).toEqual([2, 1])
    expect(view.shift).toMatchObject({ answeredFirst: 3, answeredAgain: 1, changed: 1 })
    expect(view.shift?.toRight).toBeUndefined()
  })

  it('at reveal the projector gets the key, the movements, and the commonest mistake with its feedback and evidence', () => {
    const view = projector(at({ phase: 'revealed', round: 2 }), room2)
    expect(view.shift).toMatchObject({ toRight: 1, away: 0 })
    expect(view.mistake).toEqual({ id: 'court', text: 'A court', count: 1, share: 1 / 3, feedback: 'No court is named.', evidence: [{ sourceId: 'sf-blackberry-exit', sourceTitle: 'Report datelined SAN FRANCISCO', quote: 'The refuting quote' }] })
  })

  it.each<[string, number, string | null | undefined, string | undefined]>([
    ['the commonest', 0.15, undefined, 'court'],
    ['none when too few chose it', 0.5, undefined, undefined],
    ['none when the lecturer hides it', 0.15, null, undefined],
    ['the lecturer\'s choice even below the share', 0.9, 'court', 'court'],
  ])('at reveal the projector shows %s', (_, mistakeShare, chosenMistake, id) => {
    expect(projector(at({ phase: 'revealed', round: 2 }), { ...room2, mistakeShare, chosenMistake } as typeof room1).mistake?.id).toBe(id)
  })

  it('the lecturer sees the distribution while blind, both rounds, the marked round, and at reveal every wrong option', () => {
    const outlines = quizOutlines([fixtureQuiz])
    const open = at({ phase: 'open', round: 2 })
    const view = lecturerView(open, currentQuestion(open, [fixtureQuiz]), { ...room2, participants: [], outlines, markedRound: 1 })
    expect(view).toMatchObject({ round: 2, markedRound: 1, answeredCount: 1, shift: { answeredFirst: 3 } })
    expect(view.histogram.buckets.map(b => b.count)).toEqual([2, 1])
    expect(view.wrongChoices).toBeUndefined()
    const revealed = at({ phase: 'revealed', round: 2 })
    expect(lecturerView(revealed, currentQuestion(revealed, [fixtureQuiz]), { ...room2, participants: [], outlines })).toMatchObject({ markedRound: 2, shownMistake: 'court', wrongChoices: [{ id: 'court', count: 1, feedback: 'No court is named.' }] })
  })

  it.each<[string, 1 | 2, MarkedAnswer | undefined, string]>([
    ['round 2 marked, answered again: the second answer counts', 2, mark('pta'), 'correct'],
    ['round 2 marked, no second answer: the first carries over', 2, undefined, 'wrong'],
    ['round 1 marked: the first counts', 1, mark('pta'), 'wrong'],
  ])('a student in round 2: first answer kept and shown; %s', (_, markedRound, own, verdict) => {
    const discuss = at({ phase: 'closed', round: 2, step: 'discuss' })
    const during = studentView(discuss, currentQuestion(discuss, [fixtureQuiz]), undefined, sources, { first: mark('court'), markedRound })
    expect(during).toMatchObject({ round: 2, step: 'discuss', firstAnswer: 'court', markedRound, received: false })
    expect(during.result).toBeUndefined()
    const revealed = at({ phase: 'revealed', round: 2 })
    expect(studentView(revealed, currentQuestion(revealed, [fixtureQuiz]), own, sources, { first: mark('court'), markedRound }).result?.mark.verdict).toBe(verdict)
  })
})
