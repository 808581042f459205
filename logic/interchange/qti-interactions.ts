// QTI 2.1 for each question kind: the response declaration, the interaction in
// the item body and the response processing that scores it by this project's
// rule (see logic/kinds/*). The item around them is built in qti-item.ts.
import type { Choice } from '../content/common.ts'
import type { QuestionKindName, QuestionOf } from '../kinds/registry.ts'
import type { XmlElement, XmlNode } from './xml.ts'
import { textEntryPattern } from './qti-text-pattern.ts'
import { el } from './xml.ts'

const RESPONSE = 'RESPONSE'

/** The parts of an assessmentItem that depend on the question's kind. */
export interface QtiParts {
  declaration: XmlElement
  /** Children of itemBody, after the prompt where the interaction carries none. */
  body: XmlNode[]
  /** responseProcessing rules that set SCORE (it starts at 0). */
  processing: XmlElement[]
}

export type QtiWriter<K extends QuestionKindName> = (question: QuestionOf<K>) => QtiParts

/**
 * An NCName for a project id: ids may start with a digit, NCNames may not, so
 * every identifier gets a letter prefix that also keeps prompt and option ids
 * of one matching question apart.
 */
export function ncName(prefix: string, id: string): string {
  return `${prefix}_${id}`
}

/**
 * A number as a QTI float: the shortest form that reads back as the same
 * double, so shares such as 4 ÷ 3 add up to the points again.
 */
export function qtiFloat(value: number): string {
  return String(value)
}

const variable = (identifier: string): XmlElement => el('variable', { identifier })
const baseValue = (baseType: string, value: string): XmlElement => el('baseValue', { baseType }, value)
const setScore = (value: XmlElement): XmlElement => el('setOutcomeValue', { identifier: 'SCORE' }, value)
const isNullResponse = (): XmlElement => el('isNull', {}, variable(RESPONSE))

/** SCORE = MAXSCORE when `test` holds (SCORE stays 0 otherwise). */
function allOrNothing(test: XmlElement): XmlElement[] {
  return [el('responseCondition', {}, el('responseIf', {}, test, setScore(variable('MAXSCORE'))))]
}

/**
 * A sum of shares kept to two decimals, as the deck keeps scores (roundScore):
 * seven shares of 3 ÷ 7 add up to 2.9999999999999996, which rounds to 3.
 */
const rounded = (value: XmlElement): XmlElement => el('roundTo', { roundingMode: 'decimalPlaces', figures: 2 }, value)

/** SCORE = the response's mapped value (bounded by the mapping, rounded), 0 when unanswered. */
function scoreByMapping(): XmlElement[] {
  return [el('responseCondition', {}, el('responseIf', {}, isNullResponse(), setScore(baseValue('float', '0'))), el('responseElse', {}, setScore(rounded(el('mapResponse', { identifier: RESPONSE })))))]
}

function declaration(cardinality: string, baseType: string, correct: string[], ...rest: XmlElement[]): XmlElement {
  return el('responseDeclaration', { identifier: RESPONSE, cardinality, baseType }, el('correctResponse', {}, ...correct.map(value => el('value', {}, value))), ...rest)
}

function simpleChoices(prefix: string, choices: readonly Choice[]): XmlElement[] {
  return choices.map(choice => el('simpleChoice', { identifier: ncName(prefix, choice.id) }, choice.text))
}

const promptOf = (question: { prompt: string }): XmlElement => el('prompt', {}, question.prompt)

/** A choice interaction scored all or nothing against the correct response. */
function choiceAllOrNothing(question: { prompt: string }, choices: readonly Choice[], answer: string): QtiParts {
  return {
    declaration: declaration('single', 'identifier', [ncName('C', answer)]),
    body: [el('choiceInteraction', { responseIdentifier: RESPONSE, shuffle: 'false', maxChoices: 1 }, promptOf(question), ...simpleChoices('C', choices))],
    processing: allOrNothing(el('match', {}, variable(RESPONSE), el('correct', { identifier: RESPONSE }))),
  }
}

export const single: QtiWriter<'single'> = q => choiceAllOrNothing(q, q.options, q.answer)

export const trueFalse: QtiWriter<'truefalse'> = q =>
  choiceAllOrNothing(q, [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }], String(q.answer))

/**
 * Multiple select: each right option maps to points ÷ right options, each wrong
 * one to −points ÷ wrong options, and the mapping's lowerBound 0 / upperBound
 * points clamps the sum: exactly the project's rule.
 */
export const multiple: QtiWriter<'multiple'> = (q) => {
  const right = new Set(q.answer)
  const wrongCount = q.options.length - right.size
  const entries = q.options.map(option => el('mapEntry', {
    mapKey: ncName('C', option.id),
    mappedValue: qtiFloat(right.has(option.id) ? q.points / right.size : -q.points / wrongCount),
    caseSensitive: 'true',
  }))
  return {
    declaration: declaration('multiple', 'identifier', q.answer.map(id => ncName('C', id)), el('mapping', { lowerBound: 0, upperBound: qtiFloat(q.points), defaultValue: 0 }, ...entries)),
    body: [el('choiceInteraction', { responseIdentifier: RESPONSE, shuffle: 'false', maxChoices: 0 }, promptOf(q), ...simpleChoices('C', q.options))],
    processing: scoreByMapping(),
  }
}

/**
 * Numeric: a float text entry, right when within ± tolerance of the key
 * (QTI's `equal` with toleranceMode="absolute" and both bounds included, as the
 * project marks it); an exact key uses toleranceMode="exact".
 */
export const numeric: QtiWriter<'numeric'> = (q) => {
  const tolerance = q.tolerance > 0
    ? { toleranceMode: 'absolute', tolerance: `${qtiFloat(q.tolerance)} ${qtiFloat(q.tolerance)}`, includeLowerBound: 'true', includeUpperBound: 'true' }
    : { toleranceMode: 'exact' }
  const entry: XmlNode[] = [el('textEntryInteraction', { responseIdentifier: RESPONSE, expectedLength: 15 })]
  if (q.unit)
    entry.push(` ${q.unit}`)
  return {
    declaration: declaration('single', 'float', [qtiFloat(q.answer)]),
    body: [el('p', {}, q.prompt), el('p', {}, ...entry)],
    processing: allOrNothing(el('equal', tolerance, variable(RESPONSE), el('correct', { identifier: RESPONSE }))),
  }
}

/**
 * Short text: right when the response equals an accepted variant without
 * regard to case (`stringMatch`, for engines without patterns) or matches the
 * variant's pattern, which also lets spacing, punctuation, accents and
 * typographic quotes differ as the deck does (see qti-text-pattern.ts); the
 * articles, possessive endings, titles and spaces inside words that the deck
 * also ignores must be typed as in the variant.
 */
export const text: QtiWriter<'text'> = (q) => {
  const variants = q.accept.filter((v, i) => q.accept.findIndex(w => w.toLowerCase() === v.toLowerCase()) === i)
  const tests = variants.flatMap((v) => {
    const pattern = textEntryPattern(v)
    const exact = el('stringMatch', { caseSensitive: 'false' }, variable(RESPONSE), baseValue('string', v))
    return pattern === undefined ? [exact] : [exact, el('patternMatch', { pattern }, variable(RESPONSE))]
  })
  const longest = Math.max(...variants.map(v => v.length))
  return {
    declaration: declaration('single', 'string', [variants[0] ?? '']),
    body: [el('p', {}, q.prompt), el('p', {}, el('textEntryInteraction', { responseIdentifier: RESPONSE, expectedLength: Math.max(20, longest) }))],
    processing: allOrNothing(el('or', {}, ...tests)),
  }
}

/** Ordering: each item in its right place adds an equal share (QTI `index` into the ordered response). */
export const ordering: QtiWriter<'ordering'> = (q) => {
  const share = qtiFloat(q.points / q.answer.length)
  const perPosition = q.answer.map((id, position) => el('responseCondition', {}, el('responseIf', {}, el('match', {}, el('index', { n: position + 1 }, variable(RESPONSE)), baseValue('identifier', ncName('I', id))), setScore(el('sum', {}, variable('SCORE'), baseValue('float', share))))))
  return {
    declaration: declaration('ordered', 'identifier', q.answer.map(id => ncName('I', id))),
    // Shuffled: in the authored order the items could already be the answer.
    body: [el('orderInteraction', { responseIdentifier: RESPONSE, shuffle: 'true' }, promptOf(q), ...simpleChoices('I', q.items))],
    // An unanswered or short response has no value at a position: `match` is then NULL, i.e. false.
    processing: [...perPosition, setScore(rounded(variable('SCORE')))],
  }
}

/**
 * Matching: directed pairs prompt → option; each prompt takes one option
 * (matchMax 1), options may be reused or left over; each right pair maps to an
 * equal share of the points.
 */
export const matching: QtiWriter<'matching'> = (q) => {
  const pairs = q.prompts.map(p => `${ncName('P', p.id)} ${ncName('O', q.answer[p.id] ?? '')}`)
  const share = qtiFloat(q.points / q.prompts.length)
  const entries = pairs.map(pair => el('mapEntry', { mapKey: pair, mappedValue: share, caseSensitive: 'true' }))
  return {
    declaration: declaration('multiple', 'directedPair', pairs, el('mapping', { lowerBound: 0, upperBound: qtiFloat(q.points), defaultValue: 0 }, ...entries)),
    body: [el('matchInteraction', { responseIdentifier: RESPONSE, shuffle: 'false', maxAssociations: q.prompts.length }, promptOf(q), el('simpleMatchSet', {}, ...q.prompts.map(p => el('simpleAssociableChoice', { identifier: ncName('P', p.id), matchMax: 1 }, p.text))), el('simpleMatchSet', {}, ...q.options.map(o => el('simpleAssociableChoice', { identifier: ncName('O', o.id), matchMax: 0 }, o.text))))],
    processing: scoreByMapping(),
  }
}
