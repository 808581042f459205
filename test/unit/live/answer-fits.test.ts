// Live answers name only what the question offers: option, item and prompt ids that exist, each once; typed answers of a sane length.
import type { Question } from '../../../logic/kinds/registry.ts'
import { describe, expect, it } from 'vitest'
import { answerProblem, MAX_TYPED_ANSWER } from '../../../logic/live/answer-fits.ts'
import { questions } from './fixture.ts'

describe('answerProblem', () => {
  it.each<[string, Question, unknown, string | undefined]>([
    ['single: an option', questions.single, 'pta', undefined],
    ['single: an unknown id', questions.single, 'nobody', 'That is not one of the options.'],
    ['single: a 16 KiB id', questions.single, 'x'.repeat(16_000), 'That is not one of the options.'],
    ['multiple: options', questions.multiple, ['a', 'c'], undefined],
    ['multiple: none', questions.multiple, [], undefined],
    ['multiple: an unknown id', questions.multiple, ['a', 'z'], 'That is not one of the options.'],
    ['multiple: one option twice', questions.multiple, ['a', 'a'], 'Each option may be picked once.'],
    ['multiple: 3,000 copies', questions.multiple, Array.from({ length: 3000 }).fill('a'), 'Each option may be picked once.'],
    ['truefalse: false', questions.truefalse, false, undefined],
    ['numeric: a number as typed', questions.numeric, '5,000', undefined],
    ['numeric: too long', questions.numeric, '9'.repeat(MAX_TYPED_ANSWER + 1), `Answers may be at most ${MAX_TYPED_ANSWER} characters.`],
    ['text: some text', questions.text, 'the PTA', undefined],
    ['text: at the limit', questions.text, 'x'.repeat(MAX_TYPED_ANSWER), undefined],
    ['text: too long', questions.text, 'x'.repeat(MAX_TYPED_ANSWER + 1), `Answers may be at most ${MAX_TYPED_ANSWER} characters.`],
    ['ordering: every item once', questions.ordering, ['third', 'first', 'second'], undefined],
    ['ordering: an item missing', questions.ordering, ['first', 'second'], 'Put every item in the order once.'],
    ['ordering: an item twice', questions.ordering, ['first', 'first', 'second'], 'Put every item in the order once.'],
    ['ordering: an unknown item', questions.ordering, ['first', 'second', 'fourth'], 'Put every item in the order once.'],
    ['matching: known pairs', questions.matching, { [questions.matching.prompts[0]!.id]: questions.matching.options[0]!.id }, undefined],
    ['matching: a prompt left empty', questions.matching, { [questions.matching.prompts[0]!.id]: '' }, undefined],
    ['matching: an unknown prompt', questions.matching, { nope: questions.matching.options[0]!.id }, 'That pairs something that is not in the question.'],
    ['matching: an unknown option', questions.matching, { [questions.matching.prompts[0]!.id]: 'nope' }, 'That pairs something that is not in the question.'],
  ])('%s', (_, question, answer, problem) => {
    expect(answerProblem(question, answer)).toBe(problem)
  })
})
