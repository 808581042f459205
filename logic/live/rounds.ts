// Blind voting and peer instruction (issue #16): which answer of a two-round question counts, what the
// room may see of the votes at each step (nothing per option before "show votes", movements only after
// reveal), round 1 against round 2, and the commonest mistake at reveal (issue #14). Pure.
import type { Question } from '../kinds/registry.ts'
import type { Histogram, LiveWrongChoice, MarkedRound, Phase, Shift, Step } from './protocol.ts'
import type { MarkedAnswer } from './stats.ts'
import { misconceptions } from './misconception.ts'
import { histogram } from './stats.ts'

/** The second round is marked unless the lecturer says otherwise: it is what students believe after discussing. */
export const DEFAULT_MARKED_ROUND: MarkedRound = 2

/** Where the room is with the current question's votes. */
export interface VoteStep {
  phase: Phase
  round?: 2
  step?: Step
}

/** Whether the projector (and anyone but the lecturer) may see the per-option distribution: once shown, or at reveal. */
export function votesVisible(at: VoteStep): boolean {
  return at.phase === 'revealed' || at.step === 'votes'
}

/**
 * The answer that counts for a participant: a one-round question's answer; for a two-round one the
 * marked round's, where a student who did not answer again in round 2 keeps their first answer
 * (they were not asked to change it, and a student who was right and stayed silent loses nothing).
 */
export function countedAnswer<T>(first: T | undefined, second: T | undefined, twoRounds: boolean, markedRound: MarkedRound): T | undefined {
  if (!twoRounds || markedRound === 1)
    return first
  return second ?? first
}

/** Round 2 as the room counts it: each participant's second answer, else their first carried over. */
export function secondRound<T>(first: ReadonlyMap<string, T>, second: ReadonlyMap<string, T>): Map<string, T> {
  const merged = new Map(first)
  for (const [id, answer] of second)
    merged.set(id, answer)
  return merged
}

function sameAnswer(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Round 1 against round 2 (with first answers carried over). `changed` counts those who answered in
 * both and answered differently; `toRight`/`away` (who moved to a fully right answer, who moved off
 * it) only once `revealed`, since they name the key.
 */
export function shiftOf(question: Question, first: ReadonlyMap<string, MarkedAnswer>, second: ReadonlyMap<string, MarkedAnswer>, revealed: boolean): Shift {
  const merged = secondRound(first, second)
  let changed = 0
  let toRight = 0
  let away = 0
  for (const [id, before] of first) {
    const after = merged.get(id)!
    if (!sameAnswer(before.answer, after.answer))
      changed++
    const wasRight = before.mark.verdict === 'correct'
    const isRight = after.mark.verdict === 'correct'
    if (!wasRight && isRight)
      toRight++
    if (wasRight && !isRight)
      away++
  }
  const shift: Shift = {
    first: histogram(question, [...first.values()], revealed),
    second: histogram(question, [...merged.values()], revealed),
    answeredFirst: first.size,
    answeredAgain: second.size,
    answeredSecond: merged.size,
    changed,
  }
  return revealed ? { ...shift, toRight, away } : shift
}

/** The counts the commonest-mistake panel works from: the histogram's buckets by id. */
export function bucketCounts(shown: Histogram): Record<string, number> {
  return Object.fromEntries(shown.buckets.map(b => [b.id, b.count]))
}

/**
 * Every wrong option of a choice question, most chosen first, with its feedback and evidence
 * (`evidence` maps a quote's source id to the source's title); `commonest` is the one the projector
 * shows by default, or undefined when fewer than `minShare` of those who answered chose it.
 */
export function wrongChoicesAt(
  question: Question,
  answers: readonly MarkedAnswer[],
  minShare: number,
  sourceTitle: (sourceId: string) => string,
): { commonest?: string, all: LiveWrongChoice[] } {
  const found = misconceptions(question, bucketCounts(histogram(question, answers, true)), answers.length, minShare)
  const all = [...found.commonest ? [found.commonest] : [], ...found.others].map((w): LiveWrongChoice => {
    const choice: LiveWrongChoice = { id: w.id, text: w.text, count: w.count, share: w.share, evidence: w.evidence.map(e => ({ sourceId: e.source, sourceTitle: sourceTitle(e.source), quote: e.quote })) }
    return w.feedback === undefined ? choice : { ...choice, feedback: w.feedback }
  })
  return found.commonest ? { commonest: found.commonest.id, all } : { all }
}

/** The wrong option the projector shows at reveal: the lecturer's choice (null: none), else the commonest. */
export function shownMistake(choices: { commonest?: string, all: readonly LiveWrongChoice[] }, chosen: string | null | undefined): LiveWrongChoice | undefined {
  const id = chosen === undefined ? choices.commonest : chosen
  return id === null ? undefined : choices.all.find(c => c.id === id)
}
