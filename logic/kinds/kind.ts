// What one question kind does at run time (in the browser and on a server):
// mark an answer, say the key in words, fingerprint the key. Each kind lives in
// its own module, listed once in the registry. Authoring schemas live apart in
// logic/content/questions/, so the deck never ships the content validator.
import type { GenericSchema } from 'valibot'
import type { Mark } from '../marking/mark.ts'

export interface QuestionKind<Q extends { kind: string, points: number }, A> {
  kind: Q['kind']
  /** A human name, e.g. "Multiple select". */
  label: string
  /** A student's answer, as stored and marked. */
  answerSchema: GenericSchema<unknown, A>
  /** Marks one answer; `undefined` or an empty answer is `unanswered`. */
  mark: (question: Q, answer: A | undefined) => Mark
  /** The correct answer in words, for feedback, the presenter and the answer key. */
  describeKey: (question: Q) => string
  /** The parts of the question that decide its marking: a change here invalidates saved answers. */
  keyParts: (question: Q) => unknown
}
