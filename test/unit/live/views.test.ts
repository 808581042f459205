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
