// The first answer in words, as a student sees it in round 2 of a peer-instruction question.
import type { PublicQuestion } from '../../../logic/live/protocol.ts'
import { describe, expect, it } from 'vitest'
import { answerInWords } from '../../../logic/live/answer-words.ts'
import { toPublicQuestion } from '../../../logic/live/public-question.ts'
import { questions } from './fixture.ts'

const pub = (q: Parameters<typeof toPublicQuestion>[0]): PublicQuestion => toPublicQuestion(q)

describe('answerInWords', () => {
  it.each<[string, PublicQuestion, unknown, string]>([
    ['single', pub(questions.single), 'court', 'B. A court'],
    ['single, unknown id', pub(questions.single), 'zz', 'zz'],
    ['multiple', pub(questions.multiple), ['a', 'c'], 'A. A; C. C'],
    ['multiple, not a list', pub(questions.multiple), 'a', ''],
    ['true', pub(questions.truefalse), true, 'True'],
    ['false', pub(questions.truefalse), false, 'False'],
    ['numeric with unit', pub(questions.numeric), '5000', '5000 users'],
    ['text', pub(questions.text), 'PTA', 'PTA'],
    ['ordering', pub(questions.ordering), ['third', 'first', 'second'], '1. Third; 2. First; 3. Second'],
    ['matching, one pair', pub(questions.matching), { p2: 'o1' }, 'P2 → O1'],
    ['no answer', pub(questions.single), undefined, ''],
  ])('%s', (_, question, answer, words) => {
    expect(answerInWords(question, answer)).toBe(words)
  })
})
