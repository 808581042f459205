// The lecturer's answer key: first a one-page quick key per quiz in the
// handout's letters and box numbers, then the rubric that says how each kind
// earns its points, then every question's answer, explanation and evidence.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { keyLabel } from '../../components/quiz/format.ts'
import { keyTable } from '../../logic/kinds/key-rows.ts'
import { kindNames, kindOf } from '../../logic/kinds/registry.ts'
import { allChoiceFeedback } from '../../logic/marking/choice-feedback.ts'
import { markingRules } from '../../logic/print/marking-rules.ts'
import { quickAnswer } from '../../logic/print/quick-key.ts'
import { loadContent, pdfPages, pdfPageText, pdfText, squash } from './pdf-text.ts'

const content = loadContent()
/** The quizzes in the order answer-key.md prints their quick keys. */
const quickKeyOrder = Array.from(readFileSync('answer-key.md', 'utf8').matchAll(/<QuizQuickKey quiz-id="([^"]+)"/g), m => content.quizzes.find(q => q.id === m[1])!)
const text = pdfText('exports/answer-key.pdf')
const questions = content.quizzes.flatMap(quiz => quiz.questions.map(question => [`${quiz.id}/${question.id}`, question] as const))
const titles = new Map(content.sources.map(source => [source.id, source.title]))

describe('exports/answer-key.pdf', () => {
  it('has a quick key for every quiz', () => {
    expect(quickKeyOrder.map(q => q?.id).sort()).toEqual(content.quizzes.map(q => q.id).sort())
  })

  it.each(quickKeyOrder.map((quiz, i) => [quiz.id, i + 1, quiz] as const))('opens with the quick key of %s on page %i, alone, in the handout\'s letters and boxes', (_id, page, quiz) => {
    const onPage = pdfPageText('exports/answer-key.pdf', page)
    expect(onPage).toContain(squash(`Quick key: ${quiz.title}`))
    expect(onPage).not.toContain('Answerkey:')
    for (const [i, question] of quiz.questions.entries())
      expect(onPage).toContain(squash(`${i + 1}${quickAnswer(question)}`))
    // The next quiz's quick key, or the rubric, starts on the next page: one page each.
    expect(pdfPageText('exports/answer-key.pdf', page + 1)).not.toContain(squash(`Quick key: ${quiz.title}`))
  })

  it('stays compact: a page per quick key, and 24 pages at most for the rubric and the full keys (they run on, citing documents by id)', () => {
    expect(pdfPages('exports/answer-key.pdf')).toBeLessThanOrEqual(quickKeyOrder.length + 24)
  })

  it.each(questions)('gives the answer and explanation of %s', (_id, question) => {
    expect(text).toContain(squash(question.prompt))
    const table = keyTable(question)
    if (table) {
      for (const [left, right] of table.rows)
        expect(text).toContain(squash(`${left}${right}`))
    }
    else {
      expect(text).toContain(squash(kindOf(question).describeKey(question)))
    }
    expect(text).toContain(squash(question.explanation))
  })

  it.each(questions)('quotes the evidence of %s with its document', (_id, question) => {
    for (const evidence of question.evidence) {
      expect(text).toContain(squash(evidence.quote))
      expect(text).toContain(squash(`${evidence.quote}${evidence.source}`))
      expect(text).toContain(squash(`${evidence.source}${titles.get(evidence.source)}`))
    }
  })

  it.each(questions.filter(([, q]) => allChoiceFeedback(q).length))('says why each wrong choice of %s is wrong, with the feedback\'s quotes', (_id, question) => {
    for (const choice of allChoiceFeedback(question)) {
      expect(text).toContain(squash(`${keyLabel(choice)} “${choice.text}”: ${choice.feedback}`))
      for (const evidence of choice.evidence)
        expect(text).toContain(squash(evidence.quote))
    }
  })

  it.each(kindNames)('states the marking rule for %s questions', (kind) => {
    expect(text).toContain(squash(markingRules[kind]))
  })
})
