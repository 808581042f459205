// The lecturer's answer key: every question's answer, explanation and evidence,
// and the rubric that says how each kind earns its points.
import { describe, expect, it } from 'vitest'
import { keyLabel } from '../../components/quiz/format.ts'
import { kindNames, kindOf } from '../../logic/kinds/registry.ts'
import { allChoiceFeedback } from '../../logic/marking/choice-feedback.ts'
import { markingRules } from '../../logic/print/marking-rules.ts'
import { loadContent, pdfText, squash } from './pdf-text.ts'

const content = loadContent()
const text = pdfText('exports/answer-key.pdf')
const questions = content.quizzes.flatMap(quiz => quiz.questions.map(question => [`${quiz.id}/${question.id}`, question] as const))
const titles = new Map(content.sources.map(source => [source.id, source.title]))

describe('exports/answer-key.pdf', () => {
  it.each(questions)('gives the answer and explanation of %s', (_id, question) => {
    expect(text).toContain(squash(question.prompt))
    expect(text).toContain(squash(kindOf(question).describeKey(question)))
    expect(text).toContain(squash(question.explanation))
  })

  it.each(questions)('quotes the evidence of %s with its document', (_id, question) => {
    for (const evidence of question.evidence) {
      expect(text).toContain(squash(evidence.quote))
      expect(text).toContain(squash(titles.get(evidence.source) ?? ''))
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
