// The deck as a PDF: one page per slide, quizzes as worksheets without answers,
// and the built site offering the file for download.
import { existsSync } from 'node:fs'
import { resolveOptions } from '@slidev/cli'
import { describe, expect, it } from 'vitest'
import { choiceFeedbackTexts } from './own-text.ts'
import { loadContent, pdfPages, pdfText, squash } from './pdf-text.ts'

const content = loadContent()
const text = pdfText('exports/slides.pdf')

describe('exports/slides.pdf', () => {
  it('has one page per slide', async () => {
    const { data } = await resolveOptions({ entry: 'slides.md' }, 'export')
    expect(pdfPages('exports/slides.pdf')).toBe(data.slides.length)
  })

  it.each(content.quizzes.map(quiz => [quiz.id, quiz] as const))('prints quiz %s as a worksheet without explanations', (_id, quiz) => {
    for (const question of quiz.questions) {
      expect(text).toContain(squash(question.prompt))
      expect(text).not.toContain(squash(question.explanation))
    }
  })

  it.each(content.quizzes.map(quiz => [quiz.id, quiz] as const))('prints no option feedback for quiz %s', (_id, quiz) => {
    const feedback = quiz.questions.flatMap(choiceFeedbackTexts)
    expect(feedback.length).toBeGreaterThan(0)
    for (const why of feedback)
      expect(text).not.toContain(squash(why))
  })

  it('is offered for download by the built site', () => {
    expect(existsSync('dist/slides.pdf'), 'run `npm run build` after `npm run export`').toBe(true)
    expect(pdfPages('dist/slides.pdf')).toBe(pdfPages('exports/slides.pdf'))
  })
})
