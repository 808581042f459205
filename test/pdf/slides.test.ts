// The deck as a PDF: one page per slide, quizzes as worksheets without answers,
// and the built site offering the file for download.
import { existsSync } from 'node:fs'
import { resolveOptions } from '@slidev/cli'
import { describe, expect, it } from 'vitest'
import { choiceFeedbackTexts } from './own-text.ts'
import { loadContent, pdfPages, pdfPageText, pdfText, squash } from './pdf-text.ts'

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

  /** The printed text of the slide that holds `tag`. */
  async function pageWith(tag: string): Promise<string> {
    const { data } = await resolveOptions({ entry: 'slides.md' }, 'export')
    return pdfPageText('exports/slides.pdf', data.slides.findIndex(slide => slide.content.includes(tag)) + 1)
  }

  it('prints the live join slide as a note on how to join in class, not as "live mode is off"', async () => {
    const onPage = await pageWith('<LiveJoin')
    expect(onPage).toContain(squash('Join the live quiz'))
    expect(onPage).toContain(squash('this slide shows a QR code, a join address and a join code'))
    expect(text).not.toContain(squash('Live mode is off'))
    expect(text).not.toContain('npmrunlive')
  })

  it('prints the results slide as what it does on screen, not as an empty table with download buttons', async () => {
    const onPage = await pageWith('<QuizResults')
    expect(onPage).toContain(squash('Your results'))
    expect(onPage).toContain(squash('A printed copy has no scores'))
    expect(onPage).not.toContain('Notstarted')
    expect(text).not.toContain('Downloadresults')
  })

  it.each(['where-you-stand', 'where-you-stand-now'])('prints the opinion scale of slide %s empty, to circle, with no one\'s answer', async (alias) => {
    const { data } = await resolveOptions({ entry: 'slides.md' }, 'export')
    const index = data.slides.findIndex(slide => slide.frontmatter.routeAlias === alias)
    expect(index).toBeGreaterThan(0)
    const onPage = pdfPageText('exports/slides.pdf', index + 1)
    expect(onPage).toContain(squash('Circle one number'))
    expect(onPage).toContain(squash('Privacy first'))
    expect(onPage).toContain(squash('Lawful access first'))
    for (const screenOnly of ['Saved in this browser', 'Your answer stays', 'You moved', 'You stayed', 'You have not placed', '✓'])
      expect(onPage, screenOnly).not.toContain(squash(screenOnly))
  })

  it('prints no buttons or keyboard instructions', () => {
    for (const screenOnly of ['Read in context', 'Esc leaves the quiz', 'arrow keys', 'Check answer', 'Next question', 'Reset'])
      expect(text, screenOnly).not.toContain(squash(screenOnly))
    for (const source of content.sources)
      expect(text, `the Read button of ${source.id}`).not.toContain(squash(`Read ${source.title}`))
    // Citation chips are buttons on screen and citations on paper: they stay.
    expect(text).toContain('cnet-blackberry')
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
