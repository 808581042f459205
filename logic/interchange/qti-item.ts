// One question as an IMS QTI 2.1 assessmentItem: the kind's response
// declaration, interaction and scoring (qti-interactions.ts, via formats.ts),
// SCORE/MAXSCORE outcomes in points, the explanation with its evidence as
// modal feedback shown once the response is processed, and the feedback of
// each choice the response made (CHOICE_FEEDBACK: a picked option, a wrong
// matching pair, an ordering item out of place).
import type { Evidence } from '../content/common.ts'
import type { Question } from '../kinds/registry.ts'
import type { ChoiceFeedback } from '../marking/choice-feedback.ts'
import type { XmlElement } from './xml.ts'
import { allChoiceFeedback, chosenLead } from '../marking/choice-feedback.ts'
import { formatsOf } from './formats.ts'
import { ncName, qtiFloat } from './qti-interactions.ts'
import { el, renderXmlDocument } from './xml.ts'

export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqti_v2p1'
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance'
export const QTI_SCHEMA_LOCATION = `${QTI_NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`
const FEEDBACK_ID = 'EXPLANATION'
const CHOICE_FEEDBACK = 'CHOICE_FEEDBACK'

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

function quotes(evidence: readonly Evidence[], titles: SourceTitles): XmlElement[] {
  return evidence.map(e => el('blockquote', {}, el('p', {}, `“${e.quote}” (${titles[e.source] ?? e.source})`)))
}

function feedback(question: Question, titles: SourceTitles): XmlElement {
  return el('modalFeedback', { outcomeIdentifier: 'FEEDBACK', identifier: FEEDBACK_ID, showHide: 'show' }, el('div', {}, el('p', {}, question.explanation), ...quotes(question.evidence, titles)))
}

/** The identifier of a choice's feedback: the choice's own (qti-interactions.ts names choices C_<id>, true/false too), M_<prompt>_<option> for a matching pair, X_<item> for an ordering item out of place. */
function feedbackIdentifier(f: ChoiceFeedback): string {
  const [prompt, option] = f.id.split(' ')
  return f.part === 'pairing' ? ncName('M', `${prompt}_${option}`) : f.part === 'placement' ? ncName('X', f.id) : ncName('C', f.id)
}

/** Whether the response made this choice: picked it, paired it, or put the item anywhere but its place. */
function madeTest(question: Question, f: ChoiceFeedback): XmlElement {
  const response = el('variable', { identifier: 'RESPONSE' })
  switch (f.part) {
    case 'pairing': {
      const [prompt, option] = f.id.split(' ')
      return el('member', {}, el('baseValue', { baseType: 'directedPair' }, `${ncName('P', prompt ?? '')} ${ncName('O', option ?? '')}`), response)
    }
    case 'placement': {
      const position = question.kind === 'ordering' ? question.answer.indexOf(f.id) : -1
      return el('not', {}, el('match', {}, el('index', { n: position + 1 }, response), el('baseValue', { baseType: 'identifier' }, ncName('I', f.id))))
    }
    default: {
      const picked = el('baseValue', { baseType: 'identifier' }, ncName('C', f.id))
      return question.kind === 'multiple' ? el('member', {}, picked, response) : el('match', {}, response, picked)
    }
  }
}

/** Adds the identifier of a choice the response made to CHOICE_FEEDBACK (a multiple outcome; NULL members are ignored). */
function choiceFeedbackRule(question: Question, f: ChoiceFeedback): XmlElement {
  const add = el('multiple', {}, el('variable', { identifier: CHOICE_FEEDBACK }), el('baseValue', { baseType: 'identifier' }, feedbackIdentifier(f)))
  return el('responseCondition', {}, el('responseIf', {}, madeTest(question, f), el('setOutcomeValue', { identifier: CHOICE_FEEDBACK }, add)))
}

function choiceFeedback(f: ChoiceFeedback, titles: SourceTitles): XmlElement {
  return el('modalFeedback', { outcomeIdentifier: CHOICE_FEEDBACK, identifier: feedbackIdentifier(f), showHide: 'show' }, el('div', {}, el('p', {}, `${chosenLead[f.part]} “${f.text}”: ${f.feedback}`), ...quotes(f.evidence, titles)))
}

function itemIdentifier(quizId: string, questionId: string): string {
  return ncName('Q', `${quizId}_${questionId}`)
}

export function questionToQtiItem(quizId: string, question: Question, titles: SourceTitles = {}): QtiItem {
  const identifier = itemIdentifier(quizId, question.id)
  const parts = formatsOf(question).qti.write(question)
  const choices = allChoiceFeedback(question)
  const choiceOutcome = choices.length ? [el('outcomeDeclaration', { identifier: CHOICE_FEEDBACK, cardinality: 'multiple', baseType: 'identifier' })] : []
  const root = el('assessmentItem', {
    'xmlns': QTI_NAMESPACE,
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': QTI_SCHEMA_LOCATION,
    identifier,
    'title': question.id,
    'adaptive': 'false',
    'timeDependent': 'false',
  }, parts.declaration, outcome('SCORE', 'float', '0', { normalMinimum: 0, normalMaximum: qtiFloat(question.points) }), outcome('MAXSCORE', 'float', qtiFloat(question.points)), outcome('FEEDBACK', 'identifier'), ...choiceOutcome, el('itemBody', {}, ...parts.body), el('responseProcessing', {}, ...parts.processing,
    // The explanation is shown whatever the answer, as in the deck…
    el('setOutcomeValue', { identifier: 'FEEDBACK' }, el('baseValue', { baseType: 'identifier' }, FEEDBACK_ID)),
    // …and each picked choice's feedback, only for the choices picked.
    ...choices.map(f => choiceFeedbackRule(question, f))), feedback(question, titles), ...choices.map(f => choiceFeedback(f, titles)))
  return { identifier, href: `items/${question.id}.xml`, xml: renderXmlDocument(root) }
}
