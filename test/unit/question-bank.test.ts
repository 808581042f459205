// The question bank against its blueprint (teaching brief, issue 5): five quizzes
// with the agreed ids, enough questions, every kind and every objective used,
// evidence everywhere, and each key marking itself as fully correct.
import type { Answer, Question } from '../../logic/kinds/registry.ts'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileContent, OBJECTIVES, SOURCE_CATALOGUE } from '../../logic/content/compile.ts'
import { formatError } from '../../logic/content/errors.ts'
import { factFiles } from '../../logic/content/facts.ts'
import { kindNames } from '../../logic/kinds/registry.ts'
import { markAnswer } from '../../logic/marking/attempt.ts'
import { readContentFiles } from '../../node/read-content.ts'

const root = join(import.meta.dirname, '../..')

/** The content the bank depends on: catalogues, source texts, registered fact files and quizzes. */
function bankFiles(): Map<string, string> {
  const registered = new Set([SOURCE_CATALOGUE, OBJECTIVES, ...Object.keys(factFiles).map(name => `data/${name}.yaml`)])
  return new Map([...readContentFiles(root)].filter(([path]) =>
    path.startsWith('quizzes/') || path.startsWith('data/sources/') || registered.has(path)))
}

const result = compileContent(bankFiles())
if (!result.ok)
  throw new Error(`content does not compile:\n${result.errors.map(formatError).join('\n')}`)
const content = result.value
const quizzes = content.quizzes
const questions = quizzes.flatMap(quiz => quiz.questions.map(question => ({ quiz: quiz.id, question })))
const byId = new Map(quizzes.map(quiz => [quiz.id, quiz]))

function find(quizId: string, questionId: string): Question {
  const question = byId.get(quizId)?.questions.find(q => q.id === questionId)
  if (!question)
    throw new Error(`no question ${quizId}/${questionId}`)
  return question
}

/** The answer a student gives when they answer exactly as the key says. */
function keyAsAnswer(question: Question): Answer {
  switch (question.kind) {
    case 'numeric': return String(question.answer)
    case 'text': return question.accept[0] ?? ''
    default: return question.answer
  }
}

describe('the question bank', () => {
  it('has the five agreed quizzes, one file each, named by id', () => {
    expect(quizzes.map(q => q.id).sort()).toEqual(['blackberry-pakistan', 'facebook-letter', 'final-review', 'open-letter', 'whatsapp-uk'])
    const files = [...bankFiles().keys()].filter(path => path.startsWith('quizzes/')).sort()
    expect(files).toEqual(quizzes.map(q => `quizzes/${q.id}.yaml`).sort())
  })

  it('has at least 40 questions in all', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40)
  })

  it.each([
    ['blackberry-pakistan', 'practice'],
    ['open-letter', 'practice'],
    ['whatsapp-uk', 'practice'],
    ['facebook-letter', 'practice'],
    ['final-review', 'test'],
  ])('%s is in %s mode with a pass mark from 50 to 80', (id, mode) => {
    const quiz = byId.get(id)
    expect(quiz?.mode).toBe(mode)
    expect(quiz?.passMark).toBeGreaterThanOrEqual(50)
    expect(quiz?.passMark).toBeLessThanOrEqual(80)
  })

  it.each(kindNames)('uses the %s kind at least once', (kind) => {
    expect(questions.some(({ question }) => question.kind === kind)).toBe(true)
  })

  it.each(content.objectives.map(o => o.id))('tests the objective %s', (objective) => {
    expect(questions.some(({ question }) => question.objective === objective)).toBe(true)
  })

  it('has the final review cover every objective', () => {
    const covered = new Set(byId.get('final-review')?.questions.map(q => q.objective))
    expect([...covered].sort()).toEqual(content.objectives.map(o => o.id).sort())
  })

  it('gives every question evidence quoted verbatim from the source it names', () => {
    const problems = questions.flatMap(({ quiz, question }) => question.evidence.length === 0
      ? [`${quiz}/${question.id}: no evidence`]
      : question.evidence
          .filter(e => !content.texts[e.source]?.includes(e.quote))
          .map(e => `${quiz}/${question.id}: quote not in ${e.source}`))
    expect(problems).toEqual([])
  })

  it('never asks the same prompt twice', () => {
    const prompts = questions.map(({ question }) => question.prompt.trim().toLowerCase())
    expect(prompts.length - new Set(prompts).size).toBe(0)
  })

  it('marks each key, given as the answer, fully correct', () => {
    const notFull = questions
      .filter(({ question }) => markAnswer(question, keyAsAnswer(question)).verdict !== 'correct')
      .map(({ quiz, question }) => `${quiz}/${question.id}`)
    expect(notFull).toEqual([])
  })

  it('offers at least one wrong option in every choice question', () => {
    const noDistractor = questions.filter(({ question }) =>
      (question.kind === 'single' && question.options.length < 3)
      || (question.kind === 'multiple' && question.options.length <= question.answer.length))
    expect(noDistractor.map(({ quiz, question }) => `${quiz}/${question.id}`)).toEqual([])
  })
})

describe('keys a student notices', () => {
  it.each([
    ['PTA'],
    ['Pakistan Telecommunications Authority'],
    ['pakistan telecommunication authority'],
    ['the Pakistan Telecommunications Authority.'],
  ])('accepts %j as the body that ordered the shutdown', (answer) => {
    expect(markAnswer(find('final-review', 'shutdown-authority'), answer).verdict).toBe('correct')
  })

  it('does not accept another body for the shutdown order', () => {
    expect(markAnswer(find('final-review', 'shutdown-authority'), 'National Assembly').verdict).toBe('wrong')
  })

  it.each([
    ['blackberry-pakistan', 'bes-users', '5,000', 'correct'],
    ['blackberry-pakistan', 'bes-users', '50,000', 'wrong'],
    ['open-letter', 'signatory-count', '11', 'correct'],
    ['open-letter', 'signatory-count', '10', 'wrong'],
    ['facebook-letter', 'people-affected', '1.5 billion', 'correct'],
    ['facebook-letter', 'people-affected', '1,5', 'correct'],
    ['facebook-letter', 'people-affected', '2', 'wrong'],
    // issue 13: right answers in ordinary words score full marks, wrong ones 0
    ['blackberry-pakistan', 'bes-users', 'about 5,000', 'correct'],
    ['blackberry-pakistan', 'bes-users', '5,000 BES users', 'correct'],
    ['blackberry-pakistan', 'bes-users', '~5000', 'correct'],
    ['blackberry-pakistan', 'bes-users', 'five thousand', 'correct'],
    ['blackberry-pakistan', 'bes-users', '5k', 'correct'],
    ['blackberry-pakistan', 'bes-users', 'about 5,000 customers', 'correct'],
    ['blackberry-pakistan', 'bes-users', 'about 4,000', 'wrong'],
    ['blackberry-pakistan', 'bes-users', 'over 5,000', 'wrong'],
    ['open-letter', 'signatory-count', '11 organizations', 'correct'],
    ['open-letter', 'signatory-count', 'eleven', 'correct'],
    ['open-letter', 'signatory-count', '12 organizations', 'wrong'],
    ['facebook-letter', 'people-affected', '1.5 billion people', 'correct'],
    ['facebook-letter', 'people-affected', '1.5bn', 'correct'],
    ['facebook-letter', 'people-affected', 'approximately 1.5 billion', 'correct'],
    ['facebook-letter', 'people-affected', '1.5 million', 'wrong'],
    ['facebook-letter', 'people-affected', '15 billion', 'wrong'],
    ['final-review', 'letter-signers', '4 people', 'correct'],
    ['final-review', 'letter-signers', 'four', 'correct'],
    ['final-review', 'letter-signers', 'Four officials', 'correct'],
    ['final-review', 'letter-signers', 'three', 'wrong'],
    ['final-review', 'letter-signers', '4 or 5', 'wrong'],
    ['final-review', 'shutdown-authority', 'Pakistan Telecommunications Authority (PTA)', 'correct'],
    ['final-review', 'shutdown-authority', 'the PTA', 'correct'],
    ['final-review', 'shutdown-authority', 'PTA (Pakistan Telecommunications Authority)', 'correct'],
    ['final-review', 'shutdown-authority', 'the country\'s Telecommunications Authority', 'correct'],
    ['final-review', 'shutdown-authority', 'PTA (National Assembly)', 'wrong'],
    ['final-review', 'shutdown-authority', 'the country\'s National Assembly', 'wrong'],
    ['final-review', 'section-number', 'Section 38 of the PECB', 'correct'],
    ['final-review', 'section-number', 'section38', 'correct'],
    ['final-review', 'section-number', 'Section 39', 'wrong'],
    ['whatsapp-uk', 'black-hole', 'blackhole', 'correct'],
    ['whatsapp-uk', 'black-hole', 'a black hole', 'correct'],
    ['whatsapp-uk', 'black-hole', 'dead end', 'wrong'],
    ['open-letter', 'high-commissioner', 'Ms Pillay', 'correct'],
    ['open-letter', 'high-commissioner', 'Navi Pillay', 'correct'],
    ['open-letter', 'high-commissioner', 'Priti Patel', 'wrong'],
  ])('%s/%s: %j is %s', (quiz, id, answer, verdict) => {
    expect(markAnswer(find(quiz, id), answer).verdict).toBe(verdict)
  })

  it('orders the BlackBerry timeline from the July order to the December 30 exit', () => {
    const question = find('blackberry-pakistan', 'exit-timeline')
    expect(question.kind === 'ordering' && question.answer).toEqual(['pta-order', 'intention-to-leave', 'deadline-extended', 'last-day'])
  })

  it('gives half the timeline points for two events in place', () => {
    const mark = markAnswer(find('blackberry-pakistan', 'exit-timeline'), ['pta-order', 'deadline-extended', 'intention-to-leave', 'last-day'])
    expect(mark.score).toBe(mark.max / 2)
  })

  it('matches each quotation in the final review with its speaker', () => {
    const question = find('final-review', 'quote-speaker')
    expect(question.kind === 'matching' && question.answer).toEqual({
      'paramount': 'blackberry',
      'crucially-important': 'anonymous-source',
      'commended': 'eff',
      'one-point-five-billion': 'snowden',
      'writing-to-request': 'officials',
      'responsibility': 'zuckerberg',
      'de-facto-coercion': 'pillay',
    })
  })
})
