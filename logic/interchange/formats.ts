// The interchange table: for every question kind in the registry, how it is
// written in GIFT (or why it cannot be), which QTI 2.1 interaction carries it
// and how Canvas's QTI 1.2 writes it. Typed over the registry's kind names, so a new kind does not compile
// until it is added here (and test/unit/interchange-formats.test.ts checks it).
import type { Question, QuestionKindName } from '../kinds/registry.ts'
import type { CanvasWriter } from './canvas-questions.ts'
import type { GiftWriter } from './gift-questions.ts'
import type { QtiWriter } from './qti-interactions.ts'
import * as canvas from './canvas-questions.ts'
import * as gift from './gift-questions.ts'
import * as qti from './qti-interactions.ts'

/** A kind a format cannot express, and why (shown to the lecturer). */
export interface Unsupported {
  unsupported: string
}

export interface KindFormats<K extends QuestionKindName> {
  gift: GiftWriter<K> | Unsupported
  qti: { interaction: 'choiceInteraction' | 'textEntryInteraction' | 'orderInteraction' | 'matchInteraction', write: QtiWriter<K> }
  canvas: CanvasWriter<K>
}

export const formatsByKind: { [K in QuestionKindName]: KindFormats<K> } = {
  single: { gift: gift.single, qti: { interaction: 'choiceInteraction', write: qti.single }, canvas: canvas.single },
  multiple: { gift: gift.multiple, qti: { interaction: 'choiceInteraction', write: qti.multiple }, canvas: canvas.multiple },
  truefalse: { gift: gift.trueFalse, qti: { interaction: 'choiceInteraction', write: qti.trueFalse }, canvas: canvas.trueFalse },
  numeric: { gift: gift.numeric, qti: { interaction: 'textEntryInteraction', write: qti.numeric }, canvas: canvas.numeric },
  text: { gift: gift.text, qti: { interaction: 'textEntryInteraction', write: qti.text }, canvas: canvas.text },
  ordering: {
    gift: { unsupported: 'GIFT has no ordering question type' },
    qti: { interaction: 'orderInteraction', write: qti.ordering },
    canvas: canvas.ordering,
  },
  matching: { gift: gift.matching, qti: { interaction: 'matchInteraction', write: qti.matching }, canvas: canvas.matching },
}

/** The formats of a question's kind, typed loosely for code that handles any kind. */
export function formatsOf(question: Question): KindFormats<QuestionKindName> {
  return formatsByKind[question.kind] as unknown as KindFormats<QuestionKindName>
}

export function isUnsupported(value: unknown): value is Unsupported {
  return typeof value === 'object' && value !== null && 'unsupported' in value
}
