// Poll results, by kind: a scale's distribution per point with its mean, median
// and n; a choice poll's counts and shares; a word cloud's words, normalised and
// counted, most frequent first; open text's entries in the order they came.
// Every answer goes through readPollAnswer: one that does not fit is counted as
// refused, never tallied.
import type { ChoicePoll, OpenTextPoll, Poll, ScalePoll, WordsPoll } from '../content/polls.ts'
import { readPollAnswer } from './answer.ts'

export interface ScaleTally {
  kind: 'scale'
  /** counts[i]: how many chose point i + 1. */
  counts: number[]
  n: number
  /** null when nobody answered. */
  mean: number | null
  median: number | null
  refused: number
}

export interface ChoiceTally {
  kind: 'choice'
  options: Array<{ id: string, text: string, count: number, share: number }>
  /** Students who answered (a multiple-choice poll's shares can add up to more than 1). */
  n: number
  refused: number
}

export interface WordsTally {
  kind: 'words'
  /** Most frequent first; ties in alphabetical order. */
  words: Array<{ word: string, count: number }>
  n: number
  refused: number
}

export interface TextTally {
  kind: 'text'
  entries: string[]
  n: number
  refused: number
}

export type PollTally = ScaleTally | ChoiceTally | WordsTally | TextTally

const PUNCTUATION_AROUND = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu

/**
 * How a word-cloud word is counted: Unicode-normalised, lower case, without the
 * punctuation around it ("Privacy!" = "privacy", "end-to-end" keeps its hyphens).
 * Plurals and other endings are kept as typed: "backdoor" and "backdoors" are two
 * words, since no stemming is right for every word ("news", "access", "BES").
 */
export function cloudWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(PUNCTUATION_AROUND, '')
}

function accepted<A>(poll: Poll, answers: readonly unknown[]): { values: A[], refused: number } {
  const values: A[] = []
  let refused = 0
  for (const answer of answers) {
    const read = readPollAnswer(poll, answer)
    if (read.ok)
      values.push(read.value as A)
    else
      refused += 1
  }
  return { values, refused }
}

function middle(sorted: readonly number[]): number | null {
  if (sorted.length === 0)
    return null
  const half = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2
}

export function tallyScale(poll: ScalePoll, answers: readonly unknown[]): ScaleTally {
  const { values, refused } = accepted<number>(poll, answers)
  const counts: number[] = Array.from({ length: poll.points }).fill(0) as number[]
  for (const point of values)
    counts[point - 1]! += 1
  const n = values.length
  return {
    kind: 'scale',
    counts,
    n,
    mean: n ? values.reduce((sum, point) => sum + point, 0) / n : null,
    median: middle(values.toSorted((a, b) => a - b)),
    refused,
  }
}

export function tallyChoice(poll: ChoicePoll, answers: readonly unknown[]): ChoiceTally {
  const { values, refused } = accepted<string[]>(poll, answers)
  const n = values.length
  return {
    kind: 'choice',
    options: poll.options.map(({ id, text }) => {
      const count = values.filter(picks => picks.includes(id)).length
      return { id, text, count, share: n ? count / n : 0 }
    }),
    n,
    refused,
  }
}

export function tallyWords(poll: WordsPoll, answers: readonly unknown[], top = Infinity): WordsTally {
  const { values, refused } = accepted<string[]>(poll, answers)
  const counts = new Map<string, number>()
  // A student who sends a word twice counts once for it.
  for (const words of values) {
    for (const word of new Set(words.map(cloudWord).filter(Boolean)))
      counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const words = Array.from(counts, ([word, count]) => ({ word, count }))
  words.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
  return { kind: 'words', words: words.slice(0, top), n: values.length, refused }
}

export function tallyText(poll: OpenTextPoll, answers: readonly unknown[]): TextTally {
  const { values, refused } = accepted<string>(poll, answers)
  return { kind: 'text', entries: values, n: values.length, refused }
}

/** The tally of any poll; `top` limits a word cloud to its most frequent words. */
export function tallyPoll(poll: Poll, answers: readonly unknown[], top?: number): PollTally {
  switch (poll.kind) {
    case 'scale':
      return tallyScale(poll, answers)
    case 'choice':
      return tallyChoice(poll, answers)
    case 'words':
      return tallyWords(poll, answers, top)
    case 'text':
      return tallyText(poll, answers)
  }
}
