// The interchange table: for every question kind in the registry, how it is
// written in GIFT (or why it cannot be) and which QTI 2.1 interaction carries
// it. Typed over the registry's kind names, so a new kind does not compile
// until it is added here (and test/unit/interchange-formats.test.ts checks it).
import type { Question, QuestionKindName } from '../kinds/registry.ts'
import type { GiftWriter } from './gift-questions.ts'
import type { QtiWriter } from './qti-interactions.ts'
import * as gift from './gift-questions.ts'
import * as qti from './qti-interactions.ts'

/** A kind a format cannot express, and why (shown to the lecturer). */
export interface Unsupported {
  unsupported: string
}

export interface KindFormats<K extends QuestionKindName> {
  gift: GiftWriter<K> | Unsupported
  qti: { interaction: 'choiceInteraction' | 'textEntryInteraction' | 'orderInteraction' | 'matchInteraction', write: QtiWriter<K> }
}

export const formatsByKind: { [K in QuestionKindName]: KindFormats<K> } = {
  single: { gift: gift.single, qti: { interaction: 'choiceInteraction', write: qti.single } },
  multiple: { gift: gift.multiple, qti: { interaction: 'choiceInteraction', write: qti.multiple } },
  truefalse: { gift: gift.trueFalse, qti: { interaction: 'choiceInteraction', write: qti.trueFalse } },
  numeric: { gift: gift.numeric, qti: { interaction: 'textEntryInteraction', write: qti.numeric } },
  text: { gift: gift.text, qti: { interaction: 'textEntryInteraction', write: qti.text } },
  ordering: {
    gift: { unsupported: 'GIFT has no ordering question type' },
    qti: { interaction: 'orderInteraction', write: qti.ordering },
  },
  matching: { gift: gift.matching, qti: { interaction: 'matchInteraction', write: qti.matching } },
}

/** The formats of a question's kind, typed loosely for code that handles any kind. */
export function formatsOf(question: Question): KindFormats<QuestionKindName> {
  return formatsByKind[question.kind] as unknown as KindFormats<QuestionKindName>
}

export function isUnsupported(value: unknown): value is Unsupported {
  return typeof value === 'object' && value !== null && 'unsupported' in value
}
