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

  it('opens with the opinion scale to circle, at the start and at the end, with nothing chosen', () => {
    const stance = content.polls.find(poll => poll.id === 'where-you-stand')!
    expect(stance.kind).toBe('scale')
    const page = text.slice(0, text.indexOf(squash(content.quizzes[0]!.title)))
    expect(page.split(squash(stance.prompt))).toHaveLength(3)
    expect(page).toContain(squash('At the start'))
    expect(page).toContain(squash('At the end'))
    expect(page).toContain(squash('Circle one number'))
    if (stance.kind === 'scale') {
      expect(page).toContain(squash(stance.low))
      expect(page).toContain(squash(stance.high))
    }
    for (const screenOnly of ['Saved in this browser', 'You moved', 'You have not placed', 'Start', 'Now'])
      expect(page, screenOnly).not.toContain(squash(screenOnly))
  })

  it('has a name, date and score line on every worksheet', () => {
    expect(text.split('NameDateScore')).toHaveLength(content.quizzes.length + 1)
  })

  it.each(questions.map(({ quiz, question }) => [`${quiz}/${question.id}`, question]))('asks %s', (_id, question) => {
    expect(text).toContain(squash(question.prompt))
  })

  it.each(questions.filter(({ question }) => question.kind === 'single' || question.kind === 'multiple').map(({ quiz, question }) => [`${quiz}/${question.id}`, question]))('letters the options of %s A, B, C…, as the quick key names them', (_id, question) => {
    const options = 'options' in question ? question.options : []
    for (const [i, option] of options.entries())
      expect(text).toContain(squash(`${String.fromCharCode(65 + i)}${option.text}`))
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
