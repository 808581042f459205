// The Canvas package, read the way Canvas's importer reads its own QTI 1.2
// export (gems/plugins/qti_exporter and lib/cc in instructure/canvas-lms, read
// for this test; see docs/lms.md): a manifest that is not QTI 2 (so Canvas
// converts it as 1.2), the assessment with one item per question, each with a
// Canvas question type, its points, the explanation as general feedback
// (`general_fb`), every accepted text answer, numeric margins, matching ids
// with distinct numbers, and the quiz settings file where Canvas looks for it.
import type { Quiz } from '../../logic/content/quiz.ts'
import type { Question } from '../../logic/kinds/registry.ts'
import process from 'node:process'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { compileContent } from '../../logic/content/compile.ts'
import { ASSESSMENT_META, CANVAS_ASSESSMENT_TYPE, CANVAS_META_TYPE, canvasIdent, canvasItem, quizToCanvasPackage } from '../../logic/interchange/canvas-package.ts'
import { formatsByKind } from '../../logic/interchange/formats.ts'
import { renderXmlDocument } from '../../logic/interchange/xml.ts'
import { readContentFiles } from '../../node/read-content.ts'
import { everyKind, nastyQuiz } from './interchange-fixture.ts'

const compiled = compileContent(readContentFiles(process.cwd()))
if (!compiled.ok)
  throw new Error('content does not validate: run npm run validate')
const quizzes: Quiz[] = [...compiled.value.quizzes, nastyQuiz]

type Node = Record<string, any>
const ARRAYS = new Set(['item', 'qtimetadatafield', 'response_lid', 'response_label', 'respcondition', 'varequal', 'itemfeedback', 'resource', 'file', 'not', 'p'])
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: false, isArray: name => ARRAYS.has(name) })
const text = (node: unknown): string => String(typeof node === 'object' && node !== null ? (node as Node)['#text'] : node)

/** The question types Canvas's classic quizzes know (AssessmentQuestion::ALL_QUESTION_TYPES, the ones used here). */
const CANVAS_TYPES = ['multiple_choice_question', 'true_false_question', 'multiple_answers_question', 'numerical_question', 'short_answer_question', 'matching_question']
/** Canvas's importer files feedback whose ident matches this as the question's general (neutral) comments. */
const GENERAL_FEEDBACK = /general_|_all/i
/** Namespaces that make Canvas read a package as QTI 2 (Qti::Converter.is_qti_2). */
const QTI2 = /imsqti_v2p|imsqti_item_v2p|qti\/qtiv2p/

function itemsOf(quiz: Quiz): { files: Map<string, string>, items: Node[] } {
  const { files } = quizToCanvasPackage(quiz)
  const ident = canvasIdent(quiz.id)
  const assessment = parser.parse(files.get(`${ident}/${ident}.xml`) ?? '').questestinterop.assessment as Node
  return { files, items: assessment.section.item as Node[] }
}

/** One item, written and read back. */
const written = (...args: Parameters<typeof canvasItem>): Node => parser.parse(renderXmlDocument(canvasItem(...args))).item[0] as Node
const meta = (item: Node): Record<string, string> => Object.fromEntries((item.itemmetadata.qtimetadata.qtimetadatafield as Node[]).map(f => [f.fieldlabel, text(f.fieldentry)]))
const conditions = (item: Node): Node[] => item.resprocessing.respcondition as Node[]
const decode = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

describe('Canvas package (QTI 1.2 as Canvas exports it)', () => {
  it.each(quizzes.map(q => [q.id, q] as [string, Quiz]))('%s: manifest, assessment and quiz settings where Canvas\'s importer looks', (_, quiz) => {
    const { files } = quizToCanvasPackage(quiz)
    const ident = canvasIdent(quiz.id)
    for (const xml of files.values())
      expect(XMLValidator.validate(xml)).toBe(true)
    const manifestXml = files.get('imsmanifest.xml') ?? ''
    expect(manifestXml).not.toMatch(QTI2)
    const [assessment, settings] = parser.parse(manifestXml).manifest.resources.resource as Node[]
    expect(assessment).toMatchObject({ identifier: ident, type: CANVAS_ASSESSMENT_TYPE, dependency: { identifierref: settings?.identifier } })
    expect(files.has(assessment?.file[0].href)).toBe(true)
    // QuizMetadataConverter pairs <assessment ident>/assessment_meta.xml, in a learning-application-resource, with the quiz.
    expect(settings).toMatchObject({ type: CANVAS_META_TYPE, href: `${ident}/${ASSESSMENT_META}` })
    expect(settings?.type).toMatch(/learning-application-resource$/)
    const quizMeta = parser.parse(files.get(`${ident}/${ASSESSMENT_META}`) ?? '').quiz as Node
    expect(quizMeta).toMatchObject({ identifier: ident, title: quiz.title, quiz_type: quiz.mode === 'practice' ? 'practice_quiz' : 'assignment' })
    expect(Number(quizMeta.points_possible)).toBeCloseTo(quiz.questions.reduce((sum, q) => sum + q.points, 0), 2)
    expect(decode(quizMeta.description)).toContain(`Pass mark: ${quiz.passMark}%`)
  })

  const rows = quizzes.flatMap(quiz => itemsOf(quiz).items.map((item, i) => [`${quiz.id}/${quiz.questions[i]?.id}`, item, quiz.questions[i] as Question] as [string, Node, Question]))

  it.each(rows)('%s: a Canvas question type, its points and the explanation as general feedback', (_, item, q) => {
    expect(item.title).toBe(q.id)
    expect(CANVAS_TYPES).toContain(meta(item).question_type)
    expect(Number(meta(item).points_possible)).toBe(q.points)
    const general = (item.itemfeedback as Node[]).find(f => GENERAL_FEEDBACK.test(f.ident))
    expect(decode(text(general?.flow_mat.material.mattext))).toContain(q.explanation.slice(0, 40))
    for (const e of q.evidence)
      expect(decode(text(general?.flow_mat.material.mattext))).toContain(e.quote)
    // The general feedback is shown whatever the answer.
    expect(conditions(item)[0]).toMatchObject({ continue: 'Yes', conditionvar: { other: '' }, displayfeedback: { linkrefid: general?.ident } })
  })

  it.each(rows.filter(([, , q]) => q.kind === 'text'))('%s: every accepted answer is one of Canvas\'s answers', (_, item, q) => {
    if (q.kind !== 'text')
      return
    const accepted = conditions(item).flatMap(c => (c.conditionvar.varequal ?? []).map(text))
    for (const variant of q.accept)
      expect(accepted.map(a => a.toLowerCase())).toContain(variant.toLowerCase())
  })

  it.each([
    ['a tolerance', everyKind.numeric, { exact: 1.5, low: 1.45, high: 1.55 }],
    ['an exact answer', { ...everyKind.numeric, tolerance: 0 }, { exact: 1.5 }],
    ['a sum with binary noise', { ...everyKind.numeric, answer: 0.1, tolerance: 0.2 }, { exact: 0.1, low: -0.1, high: 0.3 }],
  ])('numeric with %s: Canvas\'s exact answer with margin (NumericInteraction reads margin = varlte − exact)', (_, q, expected) => {
    const item = written('quiz_x', q, formatsByKind.numeric.canvas(q))
    expect(meta(item).question_type).toBe('numerical_question')
    const or = conditions(item)[1]?.conditionvar.or as Node
    expect(Number(text(or.varequal[0]))).toBe(expected.exact)
    if ('low' in expected) {
      // Canvas reads the margin as BigDecimal(upper) − BigDecimal(exact): the bounds are written as decimals.
      expect([text(or.and.vargte), text(or.and.varlte)]).toEqual([String(expected.low), String(expected.high)])
    }
    else {
      expect(or.and).toBeUndefined()
    }
  })

  it.each([
    ['matching', everyKind.matching, everyKind.matching.prompts.length],
    ['ordering (as matching with places)', everyKind.ordering, everyKind.ordering.items.length],
  ])('%s: one response_lid per prompt, choices with distinct numbers, each right pair an equal share', (_, q, prompts) => {
    const parts = q.kind === 'matching' ? formatsByKind.matching.canvas(q) : formatsByKind.ordering.canvas(q as typeof everyKind.ordering)
    const item = written('quiz_x', q, parts)
    expect(meta(item).question_type).toBe('matching_question')
    const lids = item.presentation.response_lid as Node[]
    expect(lids).toHaveLength(prompts)
    // Canvas takes the first run of digits in a choice's ident as its match id: they must differ.
    const matchIds = (lids[0]?.render_choice.response_label as Node[]).map(l => String(l.ident).match(/\d+/)?.[0])
    expect(new Set(matchIds).size).toBe(matchIds.length)
    const scoring = conditions(item).slice(1)
    expect(scoring).toHaveLength(prompts)
    for (const c of scoring)
      expect(c.setvar).toMatchObject({ 'action': 'Add', '#text': (100 / prompts).toFixed(2) })
  })

  it('ordering: each item is matched with its place in the key', () => {
    const item = written('quiz_x', everyKind.ordering, formatsByKind.ordering.canvas(everyKind.ordering))
    const lids = item.presentation.response_lid as Node[]
    const placeOf = (lid: Node, ident: string): string => text((lid.render_choice.response_label as Node[]).find(l => String(l.ident) === ident)?.material.mattext)
    const chosen = conditions(item).slice(1).map((c, i) => [text(lids[i]?.material.mattext), placeOf(lids[i] as Node, text(c.conditionvar.varequal[0]))])
    expect(chosen).toEqual([['Exit on December 30', '3rd'], ['Shutdown order in July', '1st'], ['Deadline Nov. 30', '2nd']])
  })

  it('multiple answers: right only with exactly the right options, and a warning that Canvas\'s partial credit differs', () => {
    const parts = formatsByKind.multiple.canvas(everyKind.multiple)
    const and = conditions(written('quiz_x', everyKind.multiple, parts))[1]?.conditionvar.and as Node
    expect(and.varequal.map(text)).toEqual(['1', '2', '3'])
    expect(and.not.map((n: Node) => text(n.varequal[0]))).toEqual(['4', '5'])
    expect(parts.warnings[0]).toMatch(/÷ 3 .*÷ 2/)
  })

  it('an answer\'s own feedback becomes Canvas\'s <answer id>_fb, shown when that answer is given', () => {
    const parts = formatsByKind.single.canvas(everyKind.single)
    parts.answers[1] = { ...parts.answers[1] as typeof parts.answers[number], feedback: 'Looks like a key, but no.' }
    const item = written('quiz_x', everyKind.single, parts)
    expect((item.itemfeedback as Node[]).map(f => f.ident)).toEqual(['general_fb', '2_fb'])
    expect(conditions(item)[1]).toMatchObject({ continue: 'Yes', displayfeedback: { linkrefid: '2_fb' } })
  })
})
