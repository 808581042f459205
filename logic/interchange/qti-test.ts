// The quiz as a QTI 2.1 assessmentTest: its title, the items in the quiz's
// order (each item's MAXSCORE is its points), the total as SCORE out of
// MAXSCORE, and PASS by the deck's rule (percentage to one decimal ≥ pass mark),
// with the pass mark as a cut score (masteryValue) on SCORE.
import type { Quiz } from '../content/quiz.ts'
import type { QtiItem } from './qti-item.ts'
import type { XmlElement } from './xml.ts'
import { ncName, qtiFloat } from './qti-interactions.ts'
import { QTI_NAMESPACE, QTI_SCHEMA_LOCATION, XSI_NAMESPACE } from './qti-item.ts'
import { el, renderXmlDocument } from './xml.ts'

export const TEST_HREF = 'assessment.xml'

const roundScore = (value: number): number => Math.round(value * 100) / 100
const variable = (identifier: string): XmlElement => el('variable', { identifier })
const float = (value: number): XmlElement => el('baseValue', { baseType: 'float' }, qtiFloat(value))
const roundTo = (figures: number, value: XmlElement): XmlElement => el('roundTo', { roundingMode: 'decimalPlaces', figures }, value)

function outcome(identifier: string, baseType: string, value: string, extra: XmlElement['attrs'] = {}): XmlElement {
  return el('outcomeDeclaration', { identifier, cardinality: 'single', baseType, ...extra }, el('defaultValue', {}, el('value', {}, value)))
}

/** `items` are the quiz's questions as QTI items, in the quiz's order. */
export function quizToQtiTest(quiz: Quiz, items: readonly QtiItem[]): string {
  const total = roundScore(quiz.questions.reduce((sum, q) => sum + q.points, 0))
  const cut = roundScore(total * quiz.passMark / 100)
  // Practice quizzes show feedback after each question, tests at the end, as in the deck.
  const practice = quiz.mode === 'practice'
  const refs = items.map(item => el('assessmentItemRef', { identifier: item.identifier, href: item.href }))
  const root = el('assessmentTest', {
    'xmlns': QTI_NAMESPACE,
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': QTI_SCHEMA_LOCATION,
    'identifier': ncName('T', quiz.id),
    'title': quiz.title,
  }, outcome('SCORE', 'float', '0', { normalMinimum: 0, normalMaximum: qtiFloat(total), masteryValue: qtiFloat(cut) }), outcome('MAXSCORE', 'float', qtiFloat(total)), outcome('PASS', 'boolean', 'false'), el('testPart', { identifier: 'P_1', navigationMode: 'nonlinear', submissionMode: practice ? 'individual' : 'simultaneous' }, el('itemSessionControl', { showFeedback: practice ? 'true' : 'false', allowReview: 'true', showSolution: 'false' }), el('assessmentSection', { identifier: 'S_1', title: quiz.title, visible: 'true' }, ...refs)), el('outcomeProcessing', {}, el('setOutcomeValue', { identifier: 'SCORE' }, roundTo(2, el('sum', {}, el('testVariables', { variableIdentifier: 'SCORE' })))), el('setOutcomeValue', { identifier: 'PASS' }, el('gte', {}, roundTo(1, el('product', {}, el('divide', {}, variable('SCORE'), variable('MAXSCORE')), float(100))), float(quiz.passMark)))))
  return renderXmlDocument(root)
}
