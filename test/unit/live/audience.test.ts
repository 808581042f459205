// Questions to the lecturer: what a question may hold, the upvote rule (once per student, withdrawable, never one's
// own or one others cannot see), the lecturer's actions, the order (unanswered, most votes, oldest) and what each
// role gets (no held or hidden question reaches another student or the projector).
import type { AudienceQuestion } from '../../../logic/live/audience.ts'
import type { QaAction } from '../../../logic/live/protocol.ts'
import { describe, expect, it } from 'vitest'
import { applyQaAction, cleanQuestionText, lecturerQuestions, ownQuestions, projectorQuestion, sharedQuestions, sortQuestions, vote } from '../../../logic/live/audience.ts'

function q(id: string, extra: Partial<AudienceQuestion> = {}): AudienceQuestion {
  return { id, participantId: `p-${id}`, text: `question ${id}`, askedAt: 0, status: 'visible', answered: false, projected: false, matched: [], voters: new Set(), ...extra }
}

describe('cleanQuestionText', () => {
  it.each([
    ['  Why  did RIM\nagree? ', 'Why did RIM agree?'],
    ['Who\u202E said it?', 'Who said it?'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['x'.repeat(500), 'x'.repeat(500)],
    ['😀'.repeat(500), '😀'.repeat(500)],
  ])('%j is kept as %j', (raw, text) => {
    expect(cleanQuestionText(raw)).toEqual({ ok: true, text })
  })

  it.each([
    ['', 'Type your question first.'],
    [' \n\t\u200B', 'Type your question first.'],
    ['x'.repeat(501), 'Questions may be at most 500 characters (this one has 501).'],
  ])('refuses %j', (raw, message) => {
    expect(cleanQuestionText(raw)).toEqual({ ok: false, message })
  })
})

describe('vote', () => {
  it.each([
    ['a first upvote counts', q('a'), 's1', true, { ok: true, changed: true, voters: ['s1'] }],
    ['a second upvote by the same student changes nothing', q('a', { voters: new Set(['s1']) }), 's1', true, { ok: true, changed: false, voters: ['s1'] }],
    ['another student\'s upvote counts too', q('a', { voters: new Set(['s1']) }), 's2', true, { ok: true, changed: true, voters: ['s1', 's2'] }],
    ['withdrawing takes it away', q('a', { voters: new Set(['s1', 's2']) }), 's1', false, { ok: true, changed: true, voters: ['s2'] }],
    ['withdrawing without having voted changes nothing', q('a'), 's1', false, { ok: true, changed: false, voters: [] }],
    ['an answered question can still be upvoted', q('a', { answered: true }), 's1', true, { ok: true, changed: true, voters: ['s1'] }],
  ])('%s', (_, question, student, up, expected) => {
    const result = vote(question, student, up)
    expect(result.ok && { ok: true, changed: result.changed, voters: [...result.voters] }).toEqual(expected)
  })

  it.each([
    ['one\'s own question', q('a'), 'p-a', 'You cannot upvote your own question.'],
    ['a held question', q('a', { status: 'held' }), 's1', 'There is no such question.'],
    ['a hidden question', q('a', { status: 'hidden' }), 's1', 'There is no such question.'],
  ])('refuses an upvote of %s', (_, question, student, message) => {
    expect(vote(question, student, true)).toEqual({ ok: false, message })
  })
})

describe('applyQaAction', () => {
  it.each<[string, Partial<AudienceQuestion>, QaAction, Partial<AudienceQuestion>]>([
    ['marks answered', {}, 'answered', { answered: true }],
    ['unmarks answered', { answered: true }, 'unanswered', { answered: false }],
    ['hides, and takes it off the projector', { projected: true }, 'hide', { status: 'hidden', projected: false }],
    ['releases a held question', { status: 'held' }, 'release', { status: 'visible' }],
    ['releases a hidden question', { status: 'hidden' }, 'release', { status: 'visible' }],
    ['puts a visible question on the projector', {}, 'project', { projected: true }],
    ['takes it off', { projected: true }, 'unproject', { projected: false }],
  ])('%s', (_, before, action, after) => {
    const result = applyQaAction(q('a', before), action)
    expect(result.ok && result.question).toEqual(q('a', { ...before, ...after }))
  })

  it.each(['held', 'hidden'] as const)('refuses to put a %s question on the projector', (status) => {
    expect(applyQaAction(q('a', { status }), 'project')).toEqual({ ok: false, message: `That question is ${status}: release it before putting it on the projector.` })
  })
})

describe('the order', () => {
  it.each([
    ['most votes first', [q('a', { voters: new Set(['x']) }), q('b', { voters: new Set(['x', 'y']) })], ['b', 'a']],
    ['equal votes: the oldest first', [q('a', { askedAt: 20 }), q('b', { askedAt: 10 })], ['b', 'a']],
    ['answered ones after the rest, whatever their votes', [q('a', { answered: true, voters: new Set(['x', 'y']) }), q('b')], ['b', 'a']],
    ['answered ones among themselves by votes', [q('a', { answered: true }), q('b', { answered: true, voters: new Set(['x']) })], ['b', 'a']],
    ['equal votes and times: by id', [q('b'), q('a')], ['a', 'b']],
  ])('%s', (_, questions, order) => {
    expect(sortQuestions(questions).map(x => x.id)).toEqual(order)
  })
})

describe('what each role gets', () => {
  const questions = sortQuestions([
    q('v', { participantId: 'ann', voters: new Set(['bob']), name: 'Ann' }),
    q('h', { participantId: 'ann', status: 'held', matched: ['shit*'], text: 'held text' }),
    q('x', { participantId: 'bob', status: 'hidden', text: 'hidden text', projected: false }),
    q('p', { participantId: 'cat', projected: true, askedAt: 5 }),
  ])

  it('students: only visible questions, the name only when the asker showed it', () => {
    expect(sharedQuestions(questions)).toEqual([
      { id: 'v', text: 'question v', name: 'Ann', votes: 1, answered: false },
      { id: 'p', text: 'question p', votes: 0, answered: false },
    ])
  })

  it.each([
    ['ann', { mine: ['v'], voted: [], waiting: [{ id: 'h', text: 'held text' }] }],
    ['bob', { mine: [], voted: ['v'], waiting: [] }],
    ['dan', { mine: [], voted: [], waiting: [] }],
  ])('%s\'s own part: their visible questions, their upvotes, their held questions (never a hidden one)', (student, own) => {
    expect(ownQuestions(questions, student)).toEqual(own)
  })

  it('the lecturer: everything, held ones first (waiting for a decision), hidden ones last', () => {
    expect(lecturerQuestions(questions).map(x => [x.id, x.status, x.matched])).toEqual([['h', 'held', ['shit*']], ['v', 'visible', []], ['p', 'visible', []], ['x', 'hidden', []]])
  })

  it.each([
    ['the visible question put on it', questions, { type: 'projector-question', question: { text: 'question p', votes: 0 } }],
    ['nothing when none is', [q('a')], { type: 'projector-question' }],
    ['nothing when the one put on it is hidden', [q('a', { projected: true, status: 'hidden' })], { type: 'projector-question' }],
  ])('the projector: %s', (_, list, view) => {
    expect(projectorQuestion(list)).toEqual(view)
  })
})
