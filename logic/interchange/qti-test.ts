// The quiz as a QTI 2.1 assessmentTest: its title, the items in the quiz's
// order with their points (each item's MAXSCORE, and a POINTS weight on its
// reference for platforms that take a question's points from there, as
// Canvas's importer does), the total as SCORE out of MAXSCORE, and PASS by the
// deck's rule (percentage to one decimal ≥ pass mark), with the pass mark as a
// cut score (masteryValue) on SCORE. Items score in points already, so the
// total adds SCORE without weights.
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
  const points = quiz.questions.map(q => q.points)
  const total = roundScore(quiz.questions.reduce((sum, q) => sum + q.points, 0))
  const cut = roundScore(total * quiz.passMark / 100)
  // Practice quizzes show feedback after each question, tests at the end, as in the deck.
  const practice = quiz.mode === 'practice'
  const refs = items.map((item, i) => el('assessmentItemRef', { identifier: item.identifier, href: item.href }, el('weight', { identifier: 'POINTS', value: qtiFloat(points[i] ?? 1) })))
  // Not visible: a visible section is a unit of its own (Canvas adds its title as a text-only question).
  const section = el('assessmentSection', { identifier: 'S_1', title: quiz.title, visible: 'false' }, ...refs)
  const part = el('testPart', { identifier: 'P_1', navigationMode: 'nonlinear', submissionMode: practice ? 'individual' : 'simultaneous' }, el('itemSessionControl', { showFeedback: practice ? 'true' : 'false', allowReview: 'true', showSolution: 'false' }), section)
  const percentage = roundTo(1, el('product', {}, el('divide', {}, variable('SCORE'), variable('MAXSCORE')), float(100)))
  const processing = el('outcomeProcessing', {}, el('setOutcomeValue', { identifier: 'SCORE' }, roundTo(2, el('sum', {}, el('testVariables', { variableIdentifier: 'SCORE' })))), el('setOutcomeValue', { identifier: 'PASS' }, el('gte', {}, percentage, float(quiz.passMark))))
  const root = el('assessmentTest', {
    'xmlns': QTI_NAMESPACE,
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': QTI_SCHEMA_LOCATION,
    'identifier': ncName('T', quiz.id),
    'title': quiz.title,
  }, outcome('SCORE', 'float', '0', { normalMinimum: 0, normalMaximum: qtiFloat(total), masteryValue: qtiFloat(cut) }), outcome('MAXSCORE', 'float', qtiFloat(total)), outcome('PASS', 'boolean', 'false'), part, processing)
  return renderXmlDocument(root)
}
