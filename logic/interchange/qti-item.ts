// One question as an IMS QTI 2.1 assessmentItem: the kind's response
// declaration, interaction and scoring (qti-interactions.ts, via formats.ts),
// SCORE/MAXSCORE outcomes in points, and the explanation with its evidence as
// modal feedback shown once the response is processed.
import type { Question } from '../kinds/registry.ts'
import type { XmlElement } from './xml.ts'
import { formatsOf } from './formats.ts'
import { ncName, qtiFloat } from './qti-interactions.ts'
import { el, renderXmlDocument } from './xml.ts'

export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1'
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance'
export const QTI_SCHEMA_LOCATION = `${QTI_NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`
const FEEDBACK_ID = 'EXPLANATION'

export interface QtiItem {
  identifier: string
  /** Path of the item inside the package. */
  href: string
  xml: string
}

/** Source id → the document's title, for the evidence lines of the feedback. */
export type SourceTitles = Readonly<Record<string, string>>

function outcome(identifier: string, baseType: string, value?: string, extra: XmlElement['attrs'] = {}): XmlElement {
  const defaultValue = value === undefined ? [] : [el('defaultValue', {}, el('value', {}, value))]
  return el('outcomeDeclaration', { identifier, cardinality: 'single', baseType, ...extra }, ...defaultValue)
}

function feedback(question: Question, titles: SourceTitles): XmlElement {
  return el('modalFeedback', { outcomeIdentifier: 'FEEDBACK', identifier: FEEDBACK_ID, showHide: 'show' }, el('div', {}, el('p', {}, question.explanation), ...question.evidence.map(e => el('blockquote', {}, el('p', {}, `“${e.quote}” (${titles[e.source] ?? e.source})`)))))
}

function itemIdentifier(quizId: string, questionId: string): string {
  return ncName('Q', `${quizId}_${questionId}`)
}

export function questionToQtiItem(quizId: string, question: Question, titles: SourceTitles = {}): QtiItem {
  const identifier = itemIdentifier(quizId, question.id)
  const parts = formatsOf(question).qti.write(question)
  const root = el('assessmentItem', {
    'xmlns': QTI_NAMESPACE,
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': QTI_SCHEMA_LOCATION,
    identifier,
    'title': question.id,
    'adaptive': 'false',
    'timeDependent': 'false',
  }, parts.declaration, outcome('SCORE', 'float', '0', { normalMinimum: 0, normalMaximum: qtiFloat(question.points) }), outcome('MAXSCORE', 'float', qtiFloat(question.points)), outcome('FEEDBACK', 'identifier'), el('itemBody', {}, ...parts.body), el('responseProcessing', {}, ...parts.processing,
    // The explanation is shown whatever the answer, as in the deck.
    el('setOutcomeValue', { identifier: 'FEEDBACK' }, el('baseValue', { baseType: 'identifier' }, FEEDBACK_ID))), feedback(question, titles))
  return { identifier, href: `items/${question.id}.xml`, xml: renderXmlDocument(root) }
}
