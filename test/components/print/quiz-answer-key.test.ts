// The printed answer key: each question's answer, points, marking rule,
// explanation and evidence with the title of its document.
import { mount } from '@vue/test-utils'
import content from 'virtual:content'
import { describe, expect, it } from 'vitest'
import MarkingRubric from '../../../components/print/MarkingRubric.vue'
import QuizAnswerKey from '../../../components/print/QuizAnswerKey.vue'
import { keyLabel } from '../../../components/quiz/format.ts'
import { kindNames, kindOf, questionKinds } from '../../../logic/kinds/registry.ts'
import { allChoiceFeedback } from '../../../logic/marking/choice-feedback.ts'
import { markingRules } from '../../../logic/print/marking-rules.ts'

const titles = new Map(content.sources.map(source => [source.id, source.title]))

describe('QuizAnswerKey', () => {
  it.each(content.quizzes.map(quiz => [quiz.id, quiz] as const))('gives every answer of %s with its evidence', (id, quiz) => {
    const items = mount(QuizAnswerKey, { props: { quizId: id } }).findAll('li.question')
    expect(items).toHaveLength(quiz.questions.length)
    quiz.questions.forEach((q, i) => {
      const item = items[i]!
      expect(item.get('.prompt').text()).toBe(`${i + 1}.${q.prompt}`)
      expect(item.get('.answer').text()).toBe(kindOf(q).describeKey(q))
      expect(item.text()).toContain(`${q.points} point`)
      expect(item.text()).toContain(markingRules[q.kind])
      expect(item.text()).toContain(q.explanation)
      const figures = item.findAll('figure')
      expect(figures.map(f => f.get('blockquote').text())).toEqual(q.evidence.map(e => e.quote))
      expect(figures.map(f => f.get('figcaption').text())).toEqual(q.evidence.map(e => `${titles.get(e.source)} (${e.source})`))
    })
  })
})

describe('QuizAnswerKey: option feedback', () => {
  it.each(content.quizzes.map(quiz => [quiz.id, quiz] as const))('gives why each wrong option of %s is wrong, with its quotes', (id, quiz) => {
    const items = mount(QuizAnswerKey, { props: { quizId: id } }).findAll('li.question')
    quiz.questions.forEach((q, i) => {
      const shown = items[i]!.findAll('.pm-option-feedback').map(f => ({
        lead: `${f.get('strong').text()} ${f.get('.pm-option-why').text()}`.replace(/\s+/g, ' '),
        quotes: f.findAll('q').map(quote => quote.text()),
      }))
      expect(shown).toEqual(allChoiceFeedback(q).map(f => ({
        lead: `${f.right ? '✓' : '✗'} ${keyLabel(f)} “${f.text}”: ${f.feedback}`,
        quotes: f.evidence.map(e => e.quote),
      })))
    })
  })

  it('covers every wrong option of every single- and multiple-choice question', () => {
    const wrong = content.quizzes.flatMap(quiz => quiz.questions.flatMap(q => q.kind === 'single' || q.kind === 'multiple'
      ? q.options.filter(o => q.kind === 'single' ? o.id !== q.answer : !q.answer.includes(o.id)).map(o => ({ question: q.id, option: o.id, feedback: o.feedback }))
      : []))
    expect(wrong.length).toBeGreaterThanOrEqual(82)
    expect(wrong.filter(o => !o.feedback)).toEqual([])
  })
})

describe('MarkingRubric', () => {
  it('states the rule of every question kind', () => {
    const rows = mount(MarkingRubric).findAll('tbody tr')
    expect(rows.map(row => [row.get('th').text(), row.get('td').text()])).toEqual(
      kindNames.map(kind => [questionKinds[kind].label, markingRules[kind]]),
    )
  })
})
