// Each question kind as Canvas's own QTI 1.2 export writes it (the question
// types, response idents and conditions of Canvas's quiz exporter), so that
// Canvas's importer reads it back as the same question type: the presentation
// (response_lid / response_str) and the respconditions that mark it. The item
// around them, with points and feedback, is built in canvas-package.ts.
import type { QuestionKindName, QuestionOf } from '../kinds/registry.ts'
import type { XmlElement } from './xml.ts'
import { el } from './xml.ts'

/** Canvas's classic quiz question types used here. */
export type CanvasQuestionType = 'multiple_choice_question' | 'true_false_question' | 'multiple_answers_question' | 'numerical_question' | 'short_answer_question' | 'matching_question'

/**
 * One answer of a Canvas question. Canvas keys answers by number. `feedback`
 * is the answer's own comment (Canvas's `<ident>_fb` itemfeedback), for
 * per-option feedback when the project's options carry it.
 */
export interface CanvasAnswer {
  id: number
  text: string
  feedback?: string
}

export interface CanvasParts {
  type: CanvasQuestionType
  /** Text added after the prompt (how to answer, where Canvas's type differs). */
  instruction?: string
  answers: CanvasAnswer[]
  presentation: XmlElement[]
  /** respconditions that set SCORE, after the general feedback's. */
  conditions: XmlElement[]
  /** What Canvas will mark differently from the deck, in words. */
  warnings: string[]
}

export type CanvasWriter<K extends QuestionKindName> = (question: QuestionOf<K>) => CanvasParts

const RESPONSE = 'response1'
/** Canvas numbers answers; matches (right-hand side) start apart from them. */
const FIRST_ANSWER = 1
const FIRST_MATCH = 101

const mattext = (text: string): XmlElement => el('material', {}, el('mattext', { texttype: 'text/plain' }, text))
const varequal = (respident: string, value: string): XmlElement => el('varequal', { respident }, value)
const setScore = (value: string, action = 'Set'): XmlElement => el('setvar', { action, varname: 'SCORE' }, value)

function numbered<T extends { text: string }>(items: readonly T[], first = FIRST_ANSWER): Array<T & { number: number }> {
  return items.map((item, i) => ({ ...item, number: first + i }))
}

function choiceList(answers: readonly CanvasAnswer[], cardinality: 'Single' | 'Multiple'): XmlElement {
  return el('response_lid', { ident: RESPONSE, rcardinality: cardinality }, el('render_choice', {}, ...answers.map(a => el('response_label', { ident: a.id }, mattext(a.text)))))
}

function singleChoice(type: CanvasQuestionType, answers: CanvasAnswer[], right: number): CanvasParts {
  return {
    type,
    answers,
    presentation: [choiceList(answers, 'Single')],
    conditions: [el('respcondition', { continue: 'No' }, el('conditionvar', {}, varequal(RESPONSE, String(right))), setScore('100'))],
    warnings: [],
  }
}

export const single: CanvasWriter<'single'> = (q) => {
  const options = numbered(q.options)
  return singleChoice('multiple_choice_question', options.map(o => ({ id: o.number, text: o.text })), options.find(o => o.id === q.answer)?.number ?? 0)
}

export const trueFalse: CanvasWriter<'truefalse'> = q =>
  singleChoice('true_false_question', [{ id: 1, text: 'True' }, { id: 2, text: 'False' }], q.answer ? 1 : 2)

/**
 * Multiple answers: right when exactly the right options are picked. Canvas
 * gives partial credit by its own rule: each right pick earns points ÷ right
 * options and each wrong pick costs the same amount (the deck: points ÷ wrong options).
 */
export const multiple: CanvasWriter<'multiple'> = (q) => {
  const options = numbered(q.options)
  const right = new Set(q.answer)
  const wrongCount = q.options.length - right.size
  return {
    type: 'multiple_answers_question',
    answers: options.map(o => ({ id: o.number, text: o.text })),
    presentation: [choiceList(options.map(o => ({ id: o.number, text: o.text })), 'Multiple')],
    conditions: [el('respcondition', { continue: 'No' }, el('conditionvar', {}, el('and', {}, ...options.map(o => right.has(o.id) ? varequal(RESPONSE, String(o.number)) : el('not', {}, varequal(RESPONSE, String(o.number)))))), setScore('100'))],
    warnings: wrongCount > 0 && wrongCount !== right.size
      ? [`Canvas takes points ÷ ${right.size} (the right options) off for each wrong pick, the deck points ÷ ${wrongCount} (the wrong options): partial marks differ`]
      : [],
  }
}

/** A sum as a decimal, without binary noise (1.5 + 0.05 is 1.55, not 1.5500000000000003). */
const decimal = (value: number): string => String(Number(value.toPrecision(12)))

/**
 * Numeric: Canvas's "exact answer with margin" (its importer takes the margin
 * as the upper bound minus the answer); `vargte`, not `vargt`, so it is not
 * mistaken for Canvas's "precision" answer.
 */
export const numeric: CanvasWriter<'numeric'> = (q) => {
  const exact = varequal(RESPONSE, String(q.answer))
  const range = q.tolerance > 0
    ? [el('and', {}, el('vargte', { respident: RESPONSE }, decimal(q.answer - q.tolerance)), el('varlte', { respident: RESPONSE }, decimal(q.answer + q.tolerance)))]
    : []
  return {
    type: 'numerical_question',
    instruction: q.unit ? `Answer in ${q.unit}, as a number only.` : undefined,
    answers: [{ id: FIRST_ANSWER, text: String(q.answer) }],
    presentation: [el('response_str', { ident: RESPONSE, rcardinality: 'Single' }, el('render_fib', { fibtype: 'Decimal' }, el('response_label', { ident: 'answer1' })))],
    conditions: [el('respcondition', { continue: 'No' }, el('conditionvar', {}, el('or', {}, exact, ...range)), setScore('100'))],
    warnings: [],
  }
}

/** Short answer: every accepted variant, each one of Canvas's answers (Canvas ignores case and surrounding spaces). */
export const text: CanvasWriter<'text'> = (q) => {
  const variants = q.accept.filter((v, i) => q.accept.findIndex(w => w.trim().toLowerCase() === v.trim().toLowerCase()) === i)
  return {
    type: 'short_answer_question',
    answers: numbered(variants.map(text => ({ text }))).map(v => ({ id: v.number, text: v.text })),
    presentation: [el('response_str', { ident: RESPONSE, rcardinality: 'Single' }, el('render_fib', {}, el('response_label', { ident: 'answer1', rshuffle: 'No' })))],
    conditions: [el('respcondition', { continue: 'No' }, el('conditionvar', {}, ...variants.map(v => varequal(RESPONSE, v))), setScore('100'))],
    warnings: [],
  }
}

/** Matching with Canvas's layout: one response_lid per prompt, every option as a choice; each right pair an equal share. */
function matchingParts(prompts: ReadonlyArray<{ id: string, text: string }>, options: ReadonlyArray<{ id: string, text: string }>, key: Readonly<Record<string, string>>): Pick<CanvasParts, 'answers' | 'presentation' | 'conditions'> {
  const left = numbered(prompts)
  const right = numbered(options, FIRST_MATCH)
  const matchOf = (promptId: string): number => right.find(o => o.id === key[promptId])?.number ?? 0
  const share = (100 / prompts.length).toFixed(2)
  return {
    answers: left.map(p => ({ id: p.number, text: p.text })),
    presentation: left.map(p => el('response_lid', { ident: `response_${p.number}` }, mattext(p.text), el('render_choice', {}, ...right.map(o => el('response_label', { ident: o.number }, mattext(o.text)))))),
    conditions: left.map(p => el('respcondition', {}, el('conditionvar', {}, varequal(`response_${p.number}`, String(matchOf(p.id)))), setScore(share, 'Add'))),
  }
}

export const matching: CanvasWriter<'matching'> = q => ({
  type: 'matching_question',
  ...matchingParts(q.prompts, q.options, q.answer),
  warnings: [],
})

const ORDINALS = ['1st', '2nd', '3rd']
const ordinal = (n: number): string => ORDINALS[n - 1] ?? `${n}th`

/**
 * Ordering: Canvas's classic quizzes have no ordering question, so each item
 * is matched with its place (1st, 2nd …). Each item in its right place earns
 * an equal share, as in the deck; Canvas lets two items take the same place.
 */
export const ordering: CanvasWriter<'ordering'> = (q) => {
  const places = q.answer.map((_, i) => ({ id: `place-${i + 1}`, text: ordinal(i + 1) }))
  const key = Object.fromEntries(q.answer.map((id, i) => [id, `place-${i + 1}`]))
  return {
    type: 'matching_question',
    instruction: `Match each item with its place in the order (1st comes first).`,
    ...matchingParts(q.items, places, key),
    warnings: ['Canvas has no ordering question: it is a matching question (each item with its place, 1st, 2nd …)'],
  }
}
