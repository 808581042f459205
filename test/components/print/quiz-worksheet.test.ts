// The printed worksheet: every question numbered with room to answer on paper,
// and never a key, an explanation or evidence.
import { mount } from '@vue/test-utils'
import content from 'virtual:content'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import PrintPages from '../../../components/print/PrintPages.vue'
import QuizWorksheet from '../../../components/print/QuizWorksheet.vue'
import { hiddenQuotes, shownTexts } from '../../pdf/own-text.ts'

function onPage(quizId: string) {
  return mount(defineComponent(() => () => h(PrintPages, () => h(QuizWorksheet, { quizId }))))
}

const quizzes = content.quizzes.map(quiz => [quiz.id, quiz] as const)

describe('QuizWorksheet', () => {
  it.each(quizzes)('numbers every question of %s in order, with its points', (id, quiz) => {
    const items = onPage(id).findAll('li.question')
    expect(items.map(item => item.find('.prompt').text())).toEqual(
      quiz.questions.map((q, i) => expect.stringMatching(new RegExp(`^${i + 1}\\.\\s*${escape(q.prompt)} \\(${q.points} points?\\)$`))),
    )
  })

  it.each(quizzes)('shows no explanation or evidence of %s', (id, quiz) => {
    const text = onPage(id).text()
    const shown = shownTexts(quiz.questions)
    for (const q of quiz.questions) {
      expect(text).not.toContain(q.explanation)
      for (const quote of hiddenQuotes(q, shown))
        expect(text).not.toContain(quote)
    }
  })

  it('has a name, date and score line on an A4 page', () => {
    const quiz = content.quizzes[0]!
    const text = onPage(quiz.id).find('.fill-in').text()
    expect(text).toMatch(/^Name\s+Date\s+Score\s+\/ \d+$/)
  })

  it.each(content.quizzes.flatMap(quiz => quiz.questions.map(q => [`${quiz.id}/${q.id}`, quiz.id, q] as const)))(
    'gives %s a place to answer on paper',
    (_name, quizId, q) => {
      const item = onPage(quizId).findAll('li.question').find(li => li.text().includes(q.prompt))!
      if (q.kind === 'single' || q.kind === 'multiple') {
        expect(item.findAll('.tick').length).toBe(q.options.length)
        // Lettered as the answer key's quick key names them.
        expect(item.findAll('.choices li').map(li => li.text())).toEqual(q.options.map((o, i) => `${String.fromCharCode(65 + i)}${o.text}`))
      }
      else if (q.kind === 'truefalse') {
        expect(item.findAll('.choices li').map(li => li.text())).toEqual(['True', 'False'])
      }
      else if (q.kind === 'numeric') {
        expect(item.find('.answer-box').exists()).toBe(true)
      }
      else if (q.kind === 'text') {
        expect(item.findAll('.line').length).toBeGreaterThan(0)
      }
      else if (q.kind === 'ordering') {
        expect(item.findAll('.number-box').length).toBe(q.items.length)
      }
      else {
        expect(item.findAll('.letters li').map(li => li.text())).toEqual(q.options.map((o, i) => `${String.fromCharCode(65 + i)}${o.text}`))
      }
    },
  )

  it('says so when the quiz id is unknown', () => {
    expect(mount(QuizWorksheet, { props: { quizId: 'no-such-quiz' } }).get('[role="alert"]').text()).toContain('no-such-quiz')
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
