// A quiz as a package Canvas imports as a quiz: the layout of Canvas's own
// "QTI export" (QTI 1.2 with Canvas's item metadata), i.e. imsmanifest.xml, the
// assessment `<ident>/<ident>.xml` and Canvas's quiz settings
// `<ident>/assessment_meta.xml`. Each item carries its question type and
// points (`points_possible`), the explanation with its evidence as general
// feedback (`general_fb`), and each answer's own feedback when it has one.
import type { Quiz } from '../content/quiz.ts'
import type { Question } from '../kinds/registry.ts'
import type { CanvasParts } from './canvas-questions.ts'
import type { ExportWarning } from './gift-export.ts'
import type { SourceTitles } from './qti-item.ts'
import type { PackageFiles } from './qti-package.ts'
import type { XmlElement } from './xml.ts'
import { formatsOf } from './formats.ts'
import { el, renderXmlDocument } from './xml.ts'

const QTI12_NAMESPACE = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2'
const CANVAS_NAMESPACE = 'http://canvas.instructure.com/xsd/cccv1p0'
const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1'
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance'
/** Resource types of Canvas's QTI export: the assessment, and its settings file. */
export const CANVAS_ASSESSMENT_TYPE = 'imsqti_xmlv1p2'
export const CANVAS_META_TYPE = 'associatedcontent/imscc_xmlv1p1/learning-application-resource'
export const ASSESSMENT_META = 'assessment_meta.xml'

export interface CanvasExport {
  files: PackageFiles
  warnings: ExportWarning[]
}

const HTML_SPECIAL = /[&<>"']/g
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }
/** Author text as an HTML fragment, escaped (Canvas shows question text and feedback as HTML). */
const html = (...paragraphs: string[]): string => paragraphs.map(p => `<p>${p.replace(HTML_SPECIAL, c => HTML_ESCAPES[c] as string)}</p>`).join('')
const htmlText = (content: string): XmlElement => el('material', {}, el('mattext', { texttype: 'text/html' }, content))
const metaField = (label: string, entry: string | number): XmlElement => el('qtimetadatafield', {}, el('fieldlabel', {}, label), el('fieldentry', {}, String(entry)))
const feedbackRef = (id: string): XmlElement => el('displayfeedback', { feedbacktype: 'Response', linkrefid: id })
const itemFeedback = (ident: string, content: string): XmlElement => el('itemfeedback', { ident }, el('flow_mat', {}, htmlText(content)))

/** Canvas idents: letters, digits, `_` and `-` (its converter turns other characters into dashes anyway). */
export function canvasIdent(quizId: string): string {
  return `quiz_${quizId}`
}

function explanation(question: Question, titles: SourceTitles): string {
  return html(question.explanation, ...question.evidence.map(e => `“${e.quote}” (${titles[e.source] ?? e.source})`))
}

/** One question as a Canvas item. */
export function canvasItem(ident: string, question: Question, parts: CanvasParts, titles: SourceTitles = {}): XmlElement {
  const answerFeedback = parts.answers.filter(a => a.feedback)
  // The general feedback first, shown whatever the answer (continue="Yes"), as Canvas writes it.
  const conditions = [
    el('respcondition', { continue: 'Yes' }, el('conditionvar', {}, el('other')), feedbackRef('general_fb')),
    ...answerFeedback.map(a => el('respcondition', { continue: 'Yes' }, el('conditionvar', {}, el('varequal', { respident: 'response1' }, String(a.id))), feedbackRef(`${a.id}_fb`))),
    ...parts.conditions,
  ]
  return el('item', { ident: `${ident}_${question.id}`, title: question.id }, el('itemmetadata', {}, el('qtimetadata', {}, metaField('question_type', parts.type), metaField('points_possible', question.points), metaField('original_answer_ids', parts.answers.map(a => a.id).join(',')))), el('presentation', {}, htmlText(`<div>${html(question.prompt, ...(parts.instruction ? [parts.instruction] : []))}</div>`), ...parts.presentation), el('resprocessing', {}, el('outcomes', {}, el('decvar', { maxvalue: 100, minvalue: 0, varname: 'SCORE', vartype: 'Decimal' })), ...conditions), itemFeedback('general_fb', explanation(question, titles)), ...answerFeedback.map(a => itemFeedback(`${a.id}_fb`, html(a.feedback as string))))
}

function assessmentMeta(quiz: Quiz, ident: string): string {
  const total = Math.round(quiz.questions.reduce((sum, q) => sum + q.points, 0) * 100) / 100
  const practice = quiz.mode === 'practice'
  const root = el('quiz', { 'identifier': ident, 'xmlns': CANVAS_NAMESPACE, 'xmlns:xsi': XSI_NAMESPACE, 'xsi:schemaLocation': `${CANVAS_NAMESPACE} https://canvas.instructure.com/xsd/cccv1p0.xsd` }, el('title', {}, quiz.title),
    // Canvas's classic quizzes have no pass mark: it is stated in the description.
    el('description', {}, html(quiz.description, `Pass mark: ${quiz.passMark}% of ${total} points.`)), el('shuffle_answers', {}, 'false'), el('scoring_policy', {}, 'keep_highest'), el('hide_results', {}), el('quiz_type', {}, practice ? 'practice_quiz' : 'assignment'), el('points_possible', {}, String(total)), el('show_correct_answers', {}, 'true'), el('allowed_attempts', {}, practice ? '-1' : '1'), el('one_question_at_a_time', {}, 'false'), el('cant_go_back', {}, 'false'), el('available', {}, 'false'))
  return renderXmlDocument(root)
}

export function quizToCanvasPackage(quiz: Quiz, titles: SourceTitles = {}): CanvasExport {
  const ident = canvasIdent(quiz.id)
  const warnings: ExportWarning[] = []
  const items = quiz.questions.map((question) => {
    const parts = formatsOf(question).canvas(question)
    warnings.push(...parts.warnings.map(message => ({ questionId: question.id, message })))
    return canvasItem(ident, question, parts, titles)
  })
  const assessment = el('questestinterop', { 'xmlns': QTI12_NAMESPACE, 'xmlns:xsi': XSI_NAMESPACE, 'xsi:schemaLocation': `${QTI12_NAMESPACE} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd` }, el('assessment', { ident, title: quiz.title }, el('qtimetadata', {}, metaField('cc_maxattempts', quiz.mode === 'practice' ? 'unlimited' : 1)), el('section', { ident: 'root_section' }, ...items)))
  const assessmentHref = `${ident}/${ident}.xml`
  const metaHref = `${ident}/${ASSESSMENT_META}`
  const manifest = el('manifest', { 'identifier': `${ident}_manifest`, 'xmlns': CP_NAMESPACE, 'xmlns:xsi': XSI_NAMESPACE, 'xsi:schemaLocation': `${CP_NAMESPACE} http://www.imsglobal.org/xsd/imscp_v1p1.xsd` }, el('metadata', {}, el('schema', {}, 'IMS Content'), el('schemaversion', {}, '1.1.3')), el('organizations'), el('resources', {}, el('resource', { identifier: ident, type: CANVAS_ASSESSMENT_TYPE }, el('file', { href: assessmentHref }), el('dependency', { identifierref: `${ident}_meta` })), el('resource', { identifier: `${ident}_meta`, type: CANVAS_META_TYPE, href: metaHref }, el('file', { href: metaHref }))))
  return {
    files: new Map([['imsmanifest.xml', renderXmlDocument(manifest)], [assessmentHref, renderXmlDocument(assessment)], [metaHref, assessmentMeta(quiz, ident)]]),
    warnings,
  }
}
