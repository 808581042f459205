// QTI 2.1 export: every item is well-formed XML with the structure a QTI 2.1
// consumer needs (namespace, identifiers, a response declaration for the
// interaction, correct responses naming real choices, SCORE/MAXSCORE, scoring
// by the project's rule, feedback), and the manifest lists every item.
// The official XSDs ship in no npm or Debian package, so they are not used (see docs/lms.md).
import type { Quiz } from '../../logic/content/quiz.ts'
import type { Question } from '../../logic/kinds/registry.ts'
import process from 'node:process'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { compileContent } from '../../logic/content/compile.ts'
import { formatsOf } from '../../logic/interchange/formats.ts'
import { QTI_NAMESPACE, questionToQtiItem } from '../../logic/interchange/qti-item.ts'
import { ITEM_RESOURCE_TYPE, quizToQtiPackage, TEST_RESOURCE_TYPE } from '../../logic/interchange/qti-package.ts'
import { TEST_HREF } from '../../logic/interchange/qti-test.ts'
import { readContentFiles } from '../../node/read-content.ts'
import { everyKind, NASTY, nastyQuiz } from './interchange-fixture.ts'

const compiled = compileContent(readContentFiles(process.cwd()))
if (!compiled.ok)
  throw new Error(`content does not validate: run npm run validate (${compiled.errors.length} problems)`)
const quizzes: Quiz[] = [...compiled.value.quizzes, nastyQuiz]
const questions: Array<[string, Quiz, Question]> = quizzes.flatMap(quiz => quiz.questions.map(q => [`${quiz.id}/${q.id} (${q.kind})`, quiz, q] as [string, Quiz, Question]))

/** XML names without a colon that do not start with a digit, dash or dot (NCName, ASCII subset). */
const NCNAME = /^[A-Z_][\w.-]*$/i
// Elements that may repeat are always arrays, so the checks below read the same for one or many.
const ARRAYS = new Set(['dependency', 'assessmentItemRef', 'value', 'simpleChoice', 'simpleAssociableChoice', 'simpleMatchSet', 'mapEntry', 'outcomeDeclaration', 'responseCondition', 'resource', 'p', 'blockquote', 'modalFeedback'])
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: false, isArray: name => ARRAYS.has(name) })

type Node = Record<string, any>
const values = (node: Node | undefined): string[] => (node?.value ?? []).map((v: unknown) => String(typeof v === 'object' ? (v as Node)['#text'] : v))

/** Finds every element of a name anywhere below a node. */
function findAll(node: unknown, name: string): Node[] {
  if (Array.isArray(node))
    return node.flatMap(n => findAll(n, name))
  if (node === null || typeof node !== 'object')
    return []
  return Object.entries(node as Node).flatMap(([key, child]) => [...(key === name ? [child].flat() : []), ...findAll(child, name)])
}

/** Every attribute named `identifier` below a node. */
function identifiers(node: unknown): string[] {
  if (Array.isArray(node))
    return node.flatMap(identifiers)
  if (node === null || typeof node !== 'object')
    return []
  return Object.entries(node as Node).flatMap(([key, child]) => (key === 'identifier' ? [String(child)] : identifiers(child)))
}

describe('QTI 2.1 items', () => {
  it.each(questions)('%s is well-formed and has the structure of a QTI 2.1 item', (_, quiz, q) => {
    const { xml, identifier } = questionToQtiItem(quiz.id, q)
    expect(XMLValidator.validate(xml)).toBe(true)
    const item = parser.parse(xml).assessmentItem as Node
    expect(item).toMatchObject({ xmlns: QTI_NAMESPACE, identifier, adaptive: 'false', timeDependent: 'false' })
    for (const id of identifiers(item))
      expect(id).toMatch(NCNAME)

    const interactionName = formatsOf(q).qti.interaction
    const [interaction] = findAll(item.itemBody, interactionName)
    expect(interaction).toBeDefined()
    const declaration = item.responseDeclaration as Node
    expect(declaration.identifier).toBe(interaction?.responseIdentifier)

    const outcomes = Object.fromEntries((item.outcomeDeclaration as Node[]).map(o => [o.identifier, o]))
    expect(values(outcomes.SCORE?.defaultValue)).toEqual(['0'])
    expect(Number(values(outcomes.MAXSCORE?.defaultValue)[0])).toBe(q.points)

    // Correct responses name choices that exist in the interaction.
    const choiceIds = new Set(findAll(interaction, 'simpleChoice').concat(findAll(interaction, 'simpleAssociableChoice')).map(c => c.identifier as string))
    const correct = values(declaration.correctResponse)
    if (declaration.baseType === 'identifier')
      correct.forEach(v => expect(choiceIds).toContain(v))
    if (declaration.baseType === 'directedPair')
      correct.flatMap(v => v.split(' ')).forEach(v => expect(choiceIds).toContain(v))

    // Scoring sets SCORE; the explanation is shown through FEEDBACK.
    expect(xml).toMatch(/<setOutcomeValue identifier="SCORE">/)
    expect(item.modalFeedback[0]).toMatchObject({ outcomeIdentifier: 'FEEDBACK', showHide: 'show' })
    expect(findAll(item.modalFeedback[0], 'p')[0]).toBe(q.explanation)
  })

  it('keeps prompt and option text exactly, with XML special characters escaped', () => {
    const { xml } = questionToQtiItem('nasty', everyKind.single)
    expect(xml).toContain('&amp; &lt;tag&gt; “curly”')
    const choices = findAll(parser.parse(xml), 'simpleChoice').map(c => c['#text'])
    expect(choices).toEqual(everyKind.single.options.map(o => o.text))
    expect(findAll(parser.parse(xml), 'prompt')[0]).toBe(everyKind.single.prompt)
  })

  it('multiple select maps each right option to points ÷ right, each wrong one to −points ÷ wrong, bounded 0…points', () => {
    const declaration = parser.parse(questionToQtiItem('nasty', everyKind.multiple).xml).assessmentItem.responseDeclaration as Node
    expect(declaration).toMatchObject({ cardinality: 'multiple', mapping: { lowerBound: '0', upperBound: '3' } })
    expect(declaration.mapping.mapEntry.map((e: Node) => [e.mapKey, Number(e.mappedValue)])).toEqual([['C_a', 1], ['C_b', 1], ['C_c', 1], ['C_d', -1.5], ['C_e', -1.5]])
  })

  it.each([
    ['a tolerance', everyKind.numeric, { toleranceMode: 'absolute', tolerance: '0.05 0.05', includeLowerBound: 'true', includeUpperBound: 'true' }],
    ['an exact answer', { ...everyKind.numeric, tolerance: 0 }, { toleranceMode: 'exact' }],
  ])('numeric with %s compares the float response to the key with QTI equal', (_, q, equal) => {
    const item = parser.parse(questionToQtiItem('nasty', q).xml).assessmentItem as Node
    expect(item.responseDeclaration).toMatchObject({ cardinality: 'single', baseType: 'float' })
    expect(values(item.responseDeclaration.correctResponse)).toEqual(['1.5'])
    expect(findAll(item.responseProcessing, 'equal')[0]).toMatchObject(equal)
  })

  it('short text accepts every variant by a case-insensitive stringMatch and by a pattern', () => {
    const item = parser.parse(questionToQtiItem('nasty', everyKind.text).xml).assessmentItem as Node
    expect(findAll(item.responseProcessing, 'stringMatch').map(m => [m.caseSensitive, m.baseValue['#text']])).toEqual(everyKind.text.accept.map(v => ['false', v]))
    expect(findAll(item.responseProcessing, 'patternMatch')).toHaveLength(everyKind.text.accept.length)
  })

  it('ordering gives each position its share: one condition per item, in the key\'s order', () => {
    const item = parser.parse(questionToQtiItem('nasty', everyKind.ordering).xml).assessmentItem as Node
    expect(item.responseDeclaration).toMatchObject({ cardinality: 'ordered', baseType: 'identifier' })
    expect(findAll(item.itemBody, 'orderInteraction')[0]).toMatchObject({ shuffle: 'true' })
    const conditions = (item.responseProcessing.responseCondition as Node[]).filter(c => c.responseIf.setOutcomeValue.identifier === 'SCORE')
    expect(conditions.map(c => [c.responseIf.match.index.n, c.responseIf.match.baseValue['#text'], c.responseIf.setOutcomeValue.sum.baseValue['#text']]))
      .toEqual([['1', 'I_order', String(4 / 3)], ['2', 'I_deadline', String(4 / 3)], ['3', 'I_exit', String(4 / 3)]])
  })

  it('matching pairs each prompt with one option and maps each right pair to an equal share', () => {
    const item = parser.parse(questionToQtiItem('nasty', everyKind.matching).xml).assessmentItem as Node
    expect(values(item.responseDeclaration.correctResponse)).toEqual(['P_q1 O_gov', 'P_q2 O_bb', 'P_q3 O_bb'])
    const [prompts, options] = findAll(item.itemBody, 'simpleMatchSet')
    expect(prompts?.simpleAssociableChoice.map((c: Node) => c.matchMax)).toEqual(['1', '1', '1'])
    expect(options?.simpleAssociableChoice.map((c: Node) => c.identifier)).toEqual(['O_gov', 'O_bb', 'O_eff'])
  })
})

/**
 * What a QTI player does with CHOICE_FEEDBACK: runs the response conditions that
 * set it for a response (identifiers picked, directed pairs made, or an ordered
 * list), then shows the modal feedback whose identifier the outcome holds. A
 * subset of QTI's expressions, enough for the rules qti-item.ts writes; anything
 * else throws.
 */
function shownChoiceFeedback(xml: string, response: string[]): string[] {
  const item = parser.parse(xml).assessmentItem as Node
  const conditions = (item.responseProcessing.responseCondition ?? []) as Node[]
  const holds = (rule: Node): boolean => {
    const test = rule.match ?? rule.member
    if (test?.variable?.identifier === 'RESPONSE')
      return response.includes(test.baseValue['#text'])
    const placed = rule.not?.match
    if (placed?.index?.variable?.identifier === 'RESPONSE')
      return response.length > 0 && response[Number(placed.index.n) - 1] !== placed.baseValue['#text']
    throw new Error(`unexpected test ${JSON.stringify(rule)}`)
  }
  let outcome: string[] = []
  for (const condition of conditions) {
    const rule = condition.responseIf as Node
    if (rule.setOutcomeValue?.identifier !== 'CHOICE_FEEDBACK')
      continue
    if (holds(rule)) {
      expect(rule.setOutcomeValue.multiple.variable.identifier).toBe('CHOICE_FEEDBACK')
      outcome = [...outcome, rule.setOutcomeValue.multiple.baseValue['#text']]
    }
  }
  return (item.modalFeedback as Node[])
    .filter(f => f.outcomeIdentifier === 'CHOICE_FEEDBACK' && outcome.includes(f.identifier))
    .map(f => [...findAll(f, 'p')].join(' | '))
}

describe('QTI per-choice feedback', () => {
  it.each<[string, Question, string[], string[]]>([
    ['single: the picked wrong option', everyKind.single, ['C_2b'], [`You chose “=looks like a key”: Wrong: ${NASTY} | “gave\u00A0BlackBerry a shutdown order” (sf-blackberry-exit)`]],
    ['single: the picked right option', everyKind.single, ['C_a1'], [`You chose “Right: ${NASTY}”: Right # because ~ the = report {says} so`]],
    ['single: an option without feedback', everyKind.single, ['C_c'], []],
    ['single: unanswered', everyKind.single, [], []],
    ['multiple: each picked option with feedback, no other', everyKind.multiple, ['C_a', 'C_d', 'C_e'], ['You chose “%50% D”: No document says D: #### no.', 'You chose “E \\ five”: E is wrong\nover two lines']],
    ['true/false: the wrong choice', everyKind.truefalse, ['C_true'], ['You chose “True”: True is wrong # here {x} | “gave\u00A0BlackBerry a shutdown order” (sf-blackberry-exit)']],
    ['true/false: the right choice', everyKind.truefalse, ['C_false'], []],
    ['matching: each wrong pair made that has feedback', everyKind.matching, ['P_q1 O_eff', 'P_q2 O_bb', 'P_q3 O_gov'], ['You matched “"a black hole" {said} → The EFF (unused)”: Not the EFF: {x} # y', 'You matched “Also: the company → The UK government”: The company, not the government.']],
    ['matching: all pairs right', everyKind.matching, ['P_q1 O_gov', 'P_q2 O_bb', 'P_q3 O_bb'], []],
    ['ordering: the item out of place', everyKind.ordering, ['I_deadline', 'I_order', 'I_exit'], ['Out of place: “Deadline Nov. 30”: Nov. 30 & <after> July | “gave\u00A0BlackBerry a shutdown order” (sf-blackberry-exit)']],
    ['ordering: the item in its place', everyKind.ordering, ['I_exit', 'I_deadline', 'I_order'], []],
    ['ordering: unanswered', everyKind.ordering, [], []],
  ])('%s', (_name, q, response, shown) => {
    expect(shownChoiceFeedback(questionToQtiItem('nasty', q).xml, response)).toEqual(shown)
  })

  it('declares CHOICE_FEEDBACK only where a choice has feedback', () => {
    const outcomeIds = (q: Question) => (parser.parse(questionToQtiItem('nasty', q).xml).assessmentItem.outcomeDeclaration as Node[]).map(o => o.identifier)
    expect(outcomeIds(everyKind.single)).toContain('CHOICE_FEEDBACK')
    expect(outcomeIds(everyKind.numeric)).not.toContain('CHOICE_FEEDBACK')
    expect(outcomeIds({ ...everyKind.truefalse, wrongChoice: undefined } as Question)).not.toContain('CHOICE_FEEDBACK')
  })

  it.each(compiled.value.quizzes.flatMap(quiz => quiz.questions.filter(q => q.kind === 'single' || q.kind === 'multiple').map(q => [`${quiz.id}/${q.id}`, quiz, q] as [string, Quiz, Question])))('%s: each wrong option, picked alone, shows its own feedback and quotes', (_, quiz, q) => {
    if (q.kind !== 'single' && q.kind !== 'multiple')
      return
    const titles = Object.fromEntries(compiled.value.sources.map(s => [s.id, s.title]))
    const wrong = q.options.filter(o => q.kind === 'single' ? o.id !== q.answer : !q.answer.includes(o.id))
    for (const option of wrong) {
      const shown = shownChoiceFeedback(questionToQtiItem(quiz.id, q, titles).xml, [`C_${option.id}`])
      expect(shown).toEqual([[`You chose “${option.text}”: ${option.feedback}`, ...(option.evidence ?? []).map(e => `“${e.quote}” (${titles[e.source]})`)].join(' | ')])
    }
  })
})

describe('QTI content package', () => {
  it.each(quizzes.map(q => [q.id, q] as [string, Quiz]))('%s: imsmanifest.xml lists the test and one item resource per question, each file present', (_, quiz) => {
    const files = quizToQtiPackage(quiz)
    const manifestXml = files.get('imsmanifest.xml') ?? ''
    expect(XMLValidator.validate(manifestXml)).toBe(true)
    const manifest = parser.parse(manifestXml).manifest as Node
    expect(manifest.xmlns).toBe('http://www.imsglobal.org/xsd/imscp_v1p1')
    expect(manifest.identifier).toMatch(NCNAME)
    const [test, ...resources] = manifest.resources.resource as Node[]
    expect(test).toMatchObject({ type: TEST_RESOURCE_TYPE, href: TEST_HREF, file: { href: TEST_HREF } })
    expect(resources).toHaveLength(quiz.questions.length)
    expect(test?.dependency.map((d: Node) => d.identifierref)).toEqual(resources.map(r => r.identifier))
    for (const resource of resources) {
      expect(resource.type).toBe(ITEM_RESOURCE_TYPE)
      expect(resource.identifier).toMatch(NCNAME)
      expect(resource.file.href).toBe(resource.href)
      expect(files.has(resource.href)).toBe(true)
    }
    expect(files.size).toBe(quiz.questions.length + 2)
  })

  it.each(quizzes.map(q => [q.id, q] as [string, Quiz]))('%s: the assessmentTest has the title, the items in order, the total and the pass mark', (_, quiz) => {
    const files = quizToQtiPackage(quiz)
    const xml = files.get(TEST_HREF) ?? ''
    expect(XMLValidator.validate(xml)).toBe(true)
    const test = parser.parse(xml).assessmentTest as Node
    expect(test).toMatchObject({ xmlns: QTI_NAMESPACE, title: quiz.title })
    expect(test.identifier).toMatch(NCNAME)
    const refs = findAll(test, 'assessmentItemRef')
    expect(refs.map(r => r.href)).toEqual(quiz.questions.map(q => `items/${q.id}.xml`))
    refs.forEach(r => expect(files.has(r.href)).toBe(true))
    expect(refs.map(r => Number(r.weight.value))).toEqual(quiz.questions.map(q => q.points))
    const outcomes = Object.fromEntries((test.outcomeDeclaration as Node[]).map(o => [o.identifier, o]))
    const total = quiz.questions.reduce((sum, q) => sum + q.points, 0)
    expect(Number(values(outcomes.MAXSCORE?.defaultValue)[0])).toBe(total)
    expect(Number(outcomes.SCORE?.masteryValue)).toBeCloseTo(total * quiz.passMark / 100, 2)
    expect(findAll(test.testPart, 'itemSessionControl')[0]?.showFeedback).toBe(quiz.mode === 'practice' ? 'true' : 'false')
  })
})
