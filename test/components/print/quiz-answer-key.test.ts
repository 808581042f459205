// The printed answer key: a quick key per quiz in the handout's letters and box
// numbers, then each question's answer (matching and ordering as tables), points,
// explanation and evidence with the title of its document.
import { mount } from '@vue/test-utils'
import content from 'virtual:content'
import { describe, expect, it } from 'vitest'
import MarkingRubric from '../../../components/print/MarkingRubric.vue'
import QuizAnswerKey from '../../../components/print/QuizAnswerKey.vue'
import QuizQuickKey from '../../../components/print/QuizQuickKey.vue'
import { keyLabel } from '../../../components/quiz/format.ts'
import { keyTable } from '../../../logic/kinds/key-rows.ts'
import { kindNames, kindOf, questionKinds } from '../../../logic/kinds/registry.ts'
import { allChoiceFeedback } from '../../../logic/marking/choice-feedback.ts'
import { markingRules } from '../../../logic/print/marking-rules.ts'
import { quickAnswer } from '../../../logic/print/quick-key.ts'

const titles = new Map(content.sources.map(source => [source.id, source.title]))

describe('QuizAnswerKey', () => {
  it.each(content.quizzes.map(quiz => [quiz.id, quiz] as const))('gives every answer of %s with its evidence', (id, quiz) => {
    const items = mount(QuizAnswerKey, { props: { quizId: id } }).findAll('li.question')
    expect(items).toHaveLength(quiz.questions.length)
    quiz.questions.forEach((q, i) => {
      const item = items[i]!
      expect(item.get('.prompt').text()).toBe(`${i + 1}.${q.prompt} (${q.points} point${q.points === 1 ? '' : 's'}, ${kindOf(q).label.toLowerCase()})`)
      const answer = item.get('.answer')
      const table = keyTable(q)
      if (table) {
        expect(answer.text()).toContain(quickAnswer(q))
        expect(answer.findAll('tr').map(row => [row.get('th').text(), row.get('td').text()])).toEqual(table.rows)
      }
      else {
        expect(answer.text()).toContain(kindOf(q).describeKey(q))
      }
      if (q.kind === 'single' || q.kind === 'multiple')
        expect(answer.text()).toMatch(new RegExp(`^${quickAnswer(q)}: `))
      expect(item.text()).toContain(q.explanation)
      const figures = item.findAll('figure')
      expect(figures.map(f => f.get('blockquote').text())).toEqual(q.evidence.map(e => e.quote))
      expect(figures.map(f => f.get('figcaption').text())).toEqual(q.evidence.map(e => e.source))
    })
  })
})

describe('QuizQuickKey', () => {
  it.each(content.quizzes.map(quiz => [quiz.id, quiz] as const))('answers every question of %s in the handout\'s letters and boxes, one row each', (id, quiz) => {
    const rows = mount(QuizQuickKey, { props: { quizId: id } }).findAll('tbody tr')
    expect(rows.map(row => [row.get('th').text(), row.get('.answer').text()])).toEqual(quiz.questions.map((q, i) => [String(i + 1), quickAnswer(q)]))
  })

  it('uses letters for choices and boxes for matching, never the option text', () => {
    const quiz = content.quizzes.find(q => q.questions.some(x => x.kind === 'matching'))!
    const text = mount(QuizQuickKey, { props: { quizId: quiz.id } }).text()
    const matching = quiz.questions.find(x => x.kind === 'matching')!
    expect(text).toMatch(/Boxes: [A-Z](, [A-Z])*/)
    expect(matching.kind === 'matching' && matching.options.some(o => text.includes(o.text))).toBe(false)
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

describe('MarkingRubric: the documents cited', () => {
  it('names the document of every id the key cites', () => {
    const rows = mount(MarkingRubric).findAll('tbody tr').filter(row => row.find('code').exists())
    expect(rows.map(row => [row.get('th').text(), row.get('td').text()])).toEqual(content.sources.map(s => [s.id, titles.get(s.id)]))
  })
})

describe('MarkingRubric', () => {
  it('states the rule of every question kind', () => {
    const rows = mount(MarkingRubric).findAll('tbody tr').filter(row => !row.find('code').exists())
    expect(rows.map(row => [row.get('th').text(), row.get('td').text()])).toEqual(
      kindNames.map(kind => [questionKinds[kind].label, markingRules[kind]]),
    )
  })
})
