// The student handout: every quiz's questions, with room to answer, and nothing
// that gives an answer away.
import { describe, expect, it } from 'vitest'
import { choiceFeedbackTexts, hiddenChoiceQuotes, hiddenQuotes, shownTexts } from './own-text.ts'
import { loadContent, pdfText, squash } from './pdf-text.ts'

const content = loadContent()
const text = pdfText('exports/handout.pdf')
const questions = content.quizzes.flatMap(quiz => quiz.questions.map(question => ({ quiz: quiz.id, question })))
const shown = shownTexts(questions.map(({ question }) => question))

describe('exports/handout.pdf', () => {
  it.each(content.quizzes.map(quiz => [quiz.id, quiz.title]))('has a worksheet for %s', (_id, title) => {
    expect(text).toContain(squash(title))
  })

  it('has a name, date and score line on every worksheet', () => {
    expect(text.split('NameDateScore')).toHaveLength(content.quizzes.length + 1)
  })

  it.each(questions.map(({ quiz, question }) => [`${quiz}/${question.id}`, question]))('asks %s', (_id, question) => {
    expect(text).toContain(squash(question.prompt))
  })

  it.each(questions.map(({ quiz, question }) => [`${quiz}/${question.id}`, question]))('gives no explanation or evidence for %s', (_id, question) => {
    expect(text).not.toContain(squash(question.explanation))
    for (const quote of hiddenQuotes(question, shown))
      expect(text).not.toContain(squash(quote))
  })

  it.each(questions.map(({ quiz, question }) => [`${quiz}/${question.id}`, question]))('gives no option feedback or its quotes for %s', (_id, question) => {
    for (const feedback of choiceFeedbackTexts(question))
      expect(text).not.toContain(squash(feedback))
    for (const quote of hiddenChoiceQuotes(question, shown))
      expect(text).not.toContain(squash(quote))
  })
})
