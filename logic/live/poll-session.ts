// Polls in a live session, pure: a poll channel beside the question phases (logic/live/session.ts knows nothing
// of it). The lecturer opens a poll over whatever is on screen (a new run, or the "before"/"after" run of an
// opinion scale), closes it, shows its results on the projector and hides them; students answer only while it is
// open (one answer per student per run, changeable while open). Word-cloud words and open-text entries pass the
// word filter: a caught entry is held for the lecturer, who can hide or release any entry; only visible entries
// reach the projector. Every change is a PollEvent, stored before it takes effect and replayed on resume.
import type { Poll } from '../content/polls.ts'
import type { ScaleMovement } from '../polls/movement.ts'
import type { PollTally } from '../polls/tally.ts'
import type { WordFilter } from './moderation.ts'
import { readPollAnswer } from '../polls/answer.ts'
import { scaleMovement } from '../polls/movement.ts'
import { movementRows, pollResultRows } from '../polls/results-csv.ts'
import { cloudWord, tallyPoll } from '../polls/tally.ts'
import { matchedWords } from './moderation.ts'

export const pollLabels = ['before', 'after'] as const
/** A scale run twice in a session: at the start and at the end. */
export type PollLabel = typeof pollLabels[number]

export interface PollRun {
  id: string
  pollId: string
  label?: PollLabel
}

/** open: students answer, the projector shows the prompt and a count; closed: the projector is back on the question; shown: the projector has the results. */
export type PollStatus = 'open' | 'closed' | 'shown'

export type EntryStatus = 'visible' | 'held' | 'hidden'

export interface PollSessionState {
  /** Every run of the session, in the order first opened. */
  runs: PollRun[]
  /** The run on screen, if any. */
  current?: { runId: string, status: PollStatus }
  /** run id → entry key → the lecturer's decision (an entry without one is visible unless the filter holds it). */
  moderation: Record<string, Record<string, 'hidden' | 'released'>>
}

export const initialPollState = (): PollSessionState => ({ runs: [], moderation: {} })

/** A change, as stored and replayed. */
export type PollEvent
  = | { action: 'open', runId: string, pollId: string, label?: PollLabel }
    | { action: 'close' | 'show' | 'hide' }
    | { action: 'hide-entry' | 'release-entry', runId: string, key: string }

export type PollResult = { ok: true, state: PollSessionState } | { ok: false, message: string }

const refuse = (message: string): { ok: false, message: string } => ({ ok: false, message })

/**
 * The event that opens `pollId`: a labelled run opened before is opened again (its answers kept, still
 * changeable); otherwise a new run with `newId`. Refused while another poll is open or when the label does not fit.
 */
export function openEvent(state: PollSessionState, poll: Poll | undefined, label: PollLabel | undefined, newId: string): { ok: true, event: PollEvent } | { ok: false, message: string } {
  if (!poll)
    return refuse('There is no such poll.')
  if (state.current?.status === 'open')
    return refuse('A poll is open: close it first.')
  if (label !== undefined && poll.kind !== 'scale')
    return refuse('Only an opinion scale can be run before and after.')
  if (label === 'after' && !state.runs.some(r => r.pollId === poll.id && r.label === 'before'))
    return refuse(`Run "${poll.id}" as "before" first: "after" is compared with it.`)
  const earlier = label === undefined ? undefined : state.runs.find(r => r.pollId === poll.id && r.label === label)
  return { ok: true, event: { action: 'open', runId: earlier?.id ?? newId, pollId: poll.id, ...(label ? { label } : {}) } }
}

/** The state after an event, or why it cannot happen now. */
export function applyPollEvent(state: PollSessionState, event: PollEvent): PollResult {
  const current = state.current
  switch (event.action) {
    case 'open': {
      if (current?.status === 'open')
        return refuse('A poll is open: close it first.')
      const known = state.runs.find(r => r.id === event.runId)
      if (known && (known.pollId !== event.pollId || known.label !== event.label))
        return refuse('That run belongs to another poll.')
      const runs = known ? state.runs : [...state.runs, { id: event.runId, pollId: event.pollId, ...(event.label ? { label: event.label } : {}) }]
      return { ok: true, state: { ...state, runs, current: { runId: event.runId, status: 'open' } } }
    }
    case 'close':
      return current?.status === 'open'
        ? { ok: true, state: { ...state, current: { ...current, status: 'closed' } } }
        : refuse('No poll is open.')
    case 'show':
      if (!current)
        return refuse('No poll to show: open one first.')
      if (current.status === 'open')
        return refuse('Close the poll before showing its results (they stay hidden while students answer).')
      return { ok: true, state: { ...state, current: { ...current, status: 'shown' } } }
    case 'hide':
      return current?.status === 'shown'
        ? { ok: true, state: { ...state, current: { ...current, status: 'closed' } } }
        : refuse('No poll results are on the projector.')
    case 'hide-entry':
    case 'release-entry': {
      if (!state.runs.some(r => r.id === event.runId))
        return refuse('There is no such poll run.')
      const decisions = { ...state.moderation[event.runId], [event.key]: event.action === 'hide-entry' ? 'hidden' as const : 'released' as const }
      return { ok: true, state: { ...state, moderation: { ...state.moderation, [event.runId]: decisions } } }
    }
  }
}

/** Rebuilds the polls of a resumed session from its stored events (one that no longer applies is skipped). */
export function replayPollEvents(events: readonly PollEvent[]): PollSessionState {
  let state = initialPollState()
  for (const event of events) {
    const next = applyPollEvent(state, event)
    if (next.ok)
      state = next.state
  }
  return state
}

/** The run on screen and its poll, if both exist. */
export function currentRun(state: PollSessionState): (PollRun & { status: PollStatus }) | undefined {
  const current = state.current
  const run = current && state.runs.find(r => r.id === current.runId)
  return run && current ? { ...run, status: current.status } : undefined
}

/** Students may answer the run only while it is open; the answer must fit the poll. */
export function checkPollAnswer(state: PollSessionState, poll: Poll | undefined, runId: string, raw: unknown): { ok: true, value: unknown } | { ok: false, message: string } {
  if (!poll || state.current?.runId !== runId || state.current.status !== 'open')
    return refuse('This poll is not open for answers.')
  const read = readPollAnswer(poll, raw)
  return read.ok ? { ok: true, value: read.value } : refuse(read.problem)
}

// ---------------------------------------------------------------- entries and moderation

/** One word of a word cloud or one open-text answer, as the lecturer moderates it. */
export interface PollEntry {
  /** A word cloud's word as counted (cloudWord), or the author's participant id for open text. */
  key: string
  text: string
  count: number
  status: EntryStatus
  /** The word list's entries it matched. */
  matched: string[]
}

/** An entry's status: the lecturer's decision, else held when the filter caught it. */
export function entryStatus(decision: 'hidden' | 'released' | undefined, matched: readonly string[]): EntryStatus {
  if (decision === 'hidden')
    return 'hidden'
  return decision === 'released' || matched.length === 0 ? 'visible' : 'held'
}

/** One run's answers: participant id → answer (as stored, already read). */
export type RunAnswers = ReadonlyMap<string, unknown>

/** The moderated entries of a words or text poll (empty for a scale or choice poll), most frequent / oldest first. */
export function pollEntries(poll: Poll, answers: RunAnswers, decisions: Readonly<Record<string, 'hidden' | 'released'>> = {}, filter: WordFilter): PollEntry[] {
  const entry = (key: string, text: string, count: number): PollEntry => {
    const matched = matchedWords(text, filter)
    return { key, text, count, matched, status: entryStatus(decisions[key], matched) }
  }
  if (poll.kind === 'words') {
    const tally = tallyPoll(poll, [...answers.values()])
    return tally.kind === 'words' ? tally.words.map(({ word, count }) => entry(word, word, count)) : []
  }
  if (poll.kind === 'text')
    return [...answers].flatMap(([participant, answer]) => typeof answer === 'string' ? [entry(participant, answer, 1)] : [])
  return []
}

/**
 * The tally the projector may show: a scale's or choice poll's as it is; a word cloud's and open text's with
 * every held or hidden entry taken out (`n` still counts everyone who answered).
 */
export function projectorTally(poll: Poll, answers: RunAnswers, entries: readonly PollEntry[]): PollTally {
  const tally = tallyPoll(poll, [...answers.values()])
  const visible = new Set(entries.filter(e => e.status === 'visible').map(e => e.key))
  if (tally.kind === 'words')
    return { ...tally, words: tally.words.filter(w => visible.has(cloudWord(w.word))) }
  if (tally.kind === 'text')
    return { ...tally, entries: [...answers].filter(([participant, answer]) => typeof answer === 'string' && visible.has(participant)).map(([, answer]) => answer as string) }
  return tally
}

/** Before and after for the "after" run of a scale: its "before" run's answers beside it. */
export function runMovement(poll: Poll, state: PollSessionState, run: PollRun, answersOf: (runId: string) => RunAnswers): ScaleMovement | undefined {
  if (poll.kind !== 'scale' || run.label !== 'after')
    return undefined
  const before = state.runs.find(r => r.pollId === run.pollId && r.label === 'before')
  if (!before)
    return undefined
  const responses = (answers: RunAnswers) => Array.from(answers, ([participant, answer]) => ({ participant, answer }))
  return scaleMovement(poll, responses(answersOf(before.id)), responses(answersOf(run.id)))
}

// ---------------------------------------------------------------- CSV

type Cell = string | number | null

/** A run's name in the CSV: its label, else "run 2" for a poll's second run. */
export function runName(state: PollSessionState, run: PollRun): string {
  if (run.label)
    return run.label
  const same = state.runs.filter(r => r.pollId === run.pollId && !r.label)
  return `run ${same.indexOf(run) + 1}`
}

/**
 * Every run's results (logic/polls/results-csv.ts rows with the run's name first; held and hidden entries left
 * out, as on the projector), then each before/after pair's comparison. Header first; empty when nothing ran.
 */
export function pollSessionRows(state: PollSessionState, polls: ReadonlyMap<string, Poll>, answersOf: (runId: string) => RunAnswers, filter: WordFilter): Cell[][] {
  const rows: Cell[][] = [['run', 'poll', 'prompt', 'answer', 'count', 'percent of respondents']]
  const comparisons: Cell[][] = []
  for (const run of state.runs) {
    const poll = polls.get(run.pollId)
    if (!poll)
      continue
    const answers = answersOf(run.id)
    const tally = projectorTally(poll, answers, pollEntries(poll, answers, state.moderation[run.id], filter))
    const name = runName(state, run)
    rows.push(...pollResultRows(poll, tally).slice(1).map(row => [name, ...row]))
    const movement = runMovement(poll, state, run, answersOf)
    if (movement && poll.kind === 'scale')
      comparisons.push([], ...movementRows(poll, movement).map((row, i) => [i === 0 || i === 4 ? 'run' : 'before/after', ...row]))
  }
  return [...rows, ...comparisons]
}
