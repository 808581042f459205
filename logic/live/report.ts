// Results across classes (`npm run live -- --report`): stored sessions side by side — per question and per
// learning objective, for each session (group) and all of them together: answered, % correct, mean score and
// the commonest wrong answer with its share. Pure: it reads plain answer records (whoever stores them), so the
// caller decides which answers count (e.g. only the marked round of a peer-instruction question).
import type { Objective } from '../content/catalogue.ts'
import type { Quiz } from '../content/quiz.ts'
import type { Question } from '../kinds/registry.ts'
import type { Mark } from '../marking/mark.ts'
import type { AskedQuestion } from './results.ts'
import type { MarkedAnswer } from './stats.ts'
import { formatNumber } from '../kinds/numeric.ts'
import { compactAnswer, foldTypography, parseNumber } from '../text/normalise.ts'
import { misconceptions } from './misconception.ts'
import { questionKey } from './protocol.ts'
import { answerStats, histogram } from './stats.ts'

/** A stored session, as the report lists it. */
export interface ReportSession {
  sessionId: string
  /** The lecturer's name for the group (`--label`); undefined when none was given. */
  label?: string
  createdAt: number
  /** Every participant who joined, removed ones included. */
  participants: readonly string[]
  /** Participants the lecturer removed: out of every figure, as out of the gradebook. */
  removed: readonly string[]
  /** The questions opened in the session, in the order first opened. */
  asked: readonly AskedQuestion[]
}

/** One participant's marked answer to one question in one session. */
export interface ReportAnswer {
  sessionId: string
  quizId: string
  questionId: string
  participantId: string
  answer: unknown
  score: number
  max: number
}

/** The commonest wrong answer: every answer tied for it (in the question's order, or first given first), how many gave it, and that as a share (0…1) of those who answered. */
export interface WrongAnswer {
  texts: string[]
  count: number
  share: number
}

export interface Figures {
  answered: number
  /** 0–100, one decimal; null when nobody answered. */
  percentCorrect: number | null
  /** Of the question's points; null when nobody answered. */
  meanScore: number | null
  /** Undefined when nobody answered wrongly. */
  commonestWrong?: WrongAnswer
}

/** A question in one session: not asked there, or its figures. */
export type QuestionCell = { asked: false } | ({ asked: true } & Figures)

export interface QuestionRow {
  quizId: string
  questionId: string
  prompt: string
  kind: Question['kind']
  points: number
  objective: string
  /** One cell per session, in the report's session order. */
  bySession: QuestionCell[]
  /** Every answer of every session that asked it, together. */
  overall: Figures
}

export interface ObjectiveFigures {
  /** Questions on this objective asked. */
  questions: number
  answered: number
  /** Of all the answers to those questions, 0–100, one decimal; null when nobody answered. */
  percentCorrect: number | null
  /** Points scored as a share of the points answered for, 0–100, one decimal; null when nobody answered. */
  meanPercent: number | null
  /** The question with the lowest % correct (ties: the first in the quizzes' order); undefined when nobody answered. */
  weakest?: { quizId: string, questionId: string, percentCorrect: number }
}

export type ObjectiveCell = { asked: false } | ({ asked: true } & ObjectiveFigures)

export interface ObjectiveRow {
  id: string
  title: string
  bySession: ObjectiveCell[]
  overall: ObjectiveFigures
}

export interface SessionRow {
  sessionId: string
  label?: string
  /** How the tables name it: its label (with the id when two sessions share it), else its id. */
  group: string
  createdAt: number
  /** Participants not removed. */
  participants: number
}

export interface Report {
  sessions: SessionRow[]
  /** Questions asked in at least one session, in the quizzes' order. */
  questions: QuestionRow[]
  /** Objectives with at least one question asked, in data/objectives.yaml's order. */
  objectives: ObjectiveRow[]
  /** `quiz/question` keys asked in a session but no longer in the quizzes (left out of the tables). */
  missing: string[]
}

/** A stored score as a mark, for the shared statistics (only score and verdict count there). */
function markOf(score: number, max: number): Mark {
  return { score, max, verdict: score >= max ? 'correct' : score > 0 ? 'partial' : 'wrong', parts: {} }
}

const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' }
const ordinalRules = new Intl.PluralRules('en-GB', { type: 'ordinal' })
function ordinal(n: number): string {
  return `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)] ?? 'th'}`
}

/**
 * Counts wrong answers by what marking tells apart (`key`), each shown as most wrote it (or by a
 * text made once per key); ties keep the order first given.
 */
class WrongTally {
  private readonly counts = new Map<string, { count: number, spellings: Map<string, number>, text?: string }>()

  /** `spelling`: as this answer wrote it; a function: the one text of this key, made the first time. */
  add(key: string, spelling: string | (() => string)): void {
    let entry = this.counts.get(key)
    if (!entry) {
      entry = typeof spelling === 'string' ? { count: 0, spellings: new Map() } : { count: 0, spellings: new Map(), text: spelling() }
      this.counts.set(key, entry)
    }
    entry.count++
    if (typeof spelling === 'string')
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1)
  }

  commonest(answered: number): WrongAnswer | undefined {
    const entries = [...this.counts.values()]
    const top = Math.max(0, ...entries.map(e => e.count))
    if (top === 0)
      return undefined
    return { texts: entries.filter(e => e.count === top).map(e => e.text ?? commonestSpelling(e.spellings)), count: top, share: top / answered }
  }
}

/** A typed answer's group and how it is shown, or undefined for an empty one; `read` runs once per distinct text. */
function typedKeys(read: (answer: string) => [key: string, spelling: string] | undefined): (answer: unknown) => [key: string, spelling: string] | undefined {
  const seen = new Map<string, [string, string] | undefined>()
  return (answer) => {
    if (typeof answer !== 'string')
      return undefined
    if (!seen.has(answer))
      seen.set(answer, read(answer))
    return seen.get(answer)
  }
}

function commonestSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = ''
  let most = 0
  for (const [spelling, count] of spellings) {
    if (count > most) {
      best = spelling
      most = count
    }
  }
  return best
}

/**
 * The commonest wrong answer to a question among `answers` (all those who answered it):
 * for single, multiple and true/false the wrong option picked most (as the live misconception
 * panel counts it); for short text the wrong answer given most once normalised as marking does
 * (shown as most wrote it); for numbers the wrong value given most, read as marking reads it; for
 * matching the wrong pairing made most; for ordering the item most often put in a wrong place.
 */
export function commonestWrong(question: Question, answers: ReadonlyArray<{ answer: unknown, score: number, max: number }>): WrongAnswer | undefined {
  const answered = answers.length
  if (answered === 0)
    return undefined
  const wrong = answers.filter(a => a.score < a.max)
  switch (question.kind) {
    case 'single':
    case 'multiple':
    case 'truefalse': {
      const marked: MarkedAnswer[] = answers.map(a => ({ answer: a.answer, mark: markOf(a.score, a.max) }))
      const counts = Object.fromEntries(histogram(question, marked, true).buckets.map(b => [b.id, b.count]))
      const { commonest, others } = misconceptions(question, counts, answered, 0)
      if (!commonest)
        return undefined
      const tied = [commonest, ...others.filter(o => o.count === commonest.count)]
      return { texts: tied.map(o => o.text), count: commonest.count, share: commonest.count / answered }
    }
    case 'text':
    case 'numeric': {
      const unit = question.kind === 'numeric' && question.unit ? ` ${question.unit}` : ''
      const keyOf = typedKeys((answer) => {
        const compact = compactAnswer(answer)
        if (compact === '')
          return undefined
        const value = question.kind === 'numeric' ? parseNumber(answer, question.unit) : null
        return value === null ? [`text:${compact}`, foldTypography(answer)] : [`number:${value}`, `${formatNumber(value)}${unit}`]
      })
      const tally = new WrongTally()
      for (const { answer } of wrong) {
        const key = keyOf(answer)
        if (key)
          tally.add(...key)
      }
      return tally.commonest(answered)
    }
    case 'matching': {
      const tally = new WrongTally()
      const options = new Map(question.options.map(o => [o.id, o.text]))
      for (const { answer } of wrong) {
        const given = answer && typeof answer === 'object' ? answer as Record<string, unknown> : {}
        for (const prompt of question.prompts) {
          const chosen = given[prompt.id]
          if (typeof chosen === 'string' && options.has(chosen) && chosen !== question.answer[prompt.id])
            tally.add(`${prompt.id}\n${chosen}`, () => `${prompt.text} → ${options.get(chosen)}`)
        }
      }
      return tally.commonest(answered)
    }
    case 'ordering': {
      const tally = new WrongTally()
      const items = new Map(question.items.map(i => [i.id, i.text]))
      const places = new Map(question.answer.map((id, position) => [id, position]))
      for (const { answer } of wrong) {
        const given = Array.isArray(answer) ? answer : []
        given.forEach((id, position) => {
          const right = places.get(id)
          if (typeof id === 'string' && items.has(id) && right !== undefined && right !== position)
            tally.add(`${id}\n${position}`, () => `${items.get(id)} put ${ordinal(position + 1)} (right: ${ordinal(right + 1)})`)
        })
      }
      return tally.commonest(answered)
    }
  }
}

type Scored = Pick<ReportAnswer, 'answer' | 'score' | 'max'>

function figures(question: Question, answers: readonly Scored[]): Figures {
  const { answered, meanScore, percentCorrect } = answerStats(answers.map(a => ({ answer: a.answer, mark: markOf(a.score, a.max) })))
  const wrong = commonestWrong(question, answers)
  return wrong ? { answered, percentCorrect, meanScore, commonestWrong: wrong } : { answered, percentCorrect, meanScore }
}

function oneDecimal(fraction: number): number {
  return Math.round(fraction * 1000) / 10
}

function objectiveFigures(questions: ReadonlyArray<{ quizId: string, questionId: string, answers: readonly Scored[] }>): ObjectiveFigures {
  const all = questions.flatMap(q => q.answers)
  const result: ObjectiveFigures = { questions: questions.length, answered: all.length, percentCorrect: null, meanPercent: null }
  if (all.length === 0)
    return result
  const max = all.reduce((sum, a) => sum + a.max, 0)
  result.percentCorrect = oneDecimal(all.filter(a => a.score >= a.max).length / all.length)
  result.meanPercent = max > 0 ? oneDecimal(all.reduce((sum, a) => sum + a.score, 0) / max) : null
  for (const q of questions) {
    if (q.answers.length === 0)
      continue
    const percentCorrect = oneDecimal(q.answers.filter(a => a.score >= a.max).length / q.answers.length)
    if (!result.weakest || percentCorrect < result.weakest.percentCorrect)
      result.weakest = { quizId: q.quizId, questionId: q.questionId, percentCorrect }
  }
  return result
}

/**
 * The report over `sessions` (in the order given) from their `answers`. A question counts as asked
 * in a session when it was opened there (or has answers there); answers of removed participants and
 * of sessions not listed are left out.
 */
export function buildReport(quizzes: readonly Quiz[], objectives: readonly Objective[], sessions: readonly ReportSession[], answers: readonly ReportAnswer[]): Report {
  const labelCounts = new Map<string, number>()
  sessions.forEach(s => s.label !== undefined && labelCounts.set(s.label, (labelCounts.get(s.label) ?? 0) + 1))
  const sessionRows: SessionRow[] = sessions.map((s) => {
    const removed = new Set(s.removed)
    const group = s.label === undefined ? s.sessionId : (labelCounts.get(s.label) ?? 0) > 1 ? `${s.label} (${s.sessionId})` : s.label
    const row: SessionRow = { sessionId: s.sessionId, group, createdAt: s.createdAt, participants: new Set(s.participants.filter(p => !removed.has(p))).size }
    return s.label === undefined ? row : { ...row, label: s.label }
  })

  // session index → questionKey → answers; and which questions each session asked.
  const index = new Map(sessions.map((s, i) => [s.sessionId, i]))
  const removed = sessions.map(s => new Set(s.removed))
  const answersBy = sessions.map(() => new Map<string, Scored[]>())
  const askedBy = sessions.map(s => new Set(s.asked.map(a => questionKey(a.quizId, a.questionId))))
  const askedKeys = new Set(askedBy.flatMap(set => [...set]))
  for (const a of answers) {
    const i = index.get(a.sessionId)
    if (i === undefined || removed[i]!.has(a.participantId))
      continue
    const key = questionKey(a.quizId, a.questionId)
    askedBy[i]!.add(key)
    askedKeys.add(key)
    const list = answersBy[i]!.get(key) ?? []
    list.push({ answer: a.answer, score: a.score, max: a.max })
    answersBy[i]!.set(key, list)
  }

  const known = new Set<string>()
  const questions: QuestionRow[] = []
  for (const quiz of quizzes) {
    for (const question of quiz.questions) {
      const key = questionKey(quiz.id, question.id)
      known.add(key)
      if (!askedKeys.has(key))
        continue
      const bySession: QuestionCell[] = sessions.map((_, i) => askedBy[i]!.has(key) ? { asked: true, ...figures(question, answersBy[i]!.get(key) ?? []) } : { asked: false })
      const overall = figures(question, answersBy.flatMap(m => m.get(key) ?? []))
      questions.push({ quizId: quiz.id, questionId: question.id, prompt: question.prompt, kind: question.kind, points: question.points, objective: question.objective, bySession, overall })
    }
  }

  const objectiveRows: ObjectiveRow[] = []
  for (const objective of objectives) {
    const rows = questions.filter(q => q.objective === objective.id)
    if (rows.length === 0)
      continue
    const on = (i: number) => rows
      .filter(q => askedBy[i]!.has(questionKey(q.quizId, q.questionId)))
      .map(q => ({ quizId: q.quizId, questionId: q.questionId, answers: answersBy[i]!.get(questionKey(q.quizId, q.questionId)) ?? [] }))
    const bySession: ObjectiveCell[] = sessions.map((_, i) => {
      const asked = on(i)
      return asked.length ? { asked: true, ...objectiveFigures(asked) } : { asked: false }
    })
    const overall = objectiveFigures(rows.map(q => ({ quizId: q.quizId, questionId: q.questionId, answers: answersBy.flatMap(m => m.get(questionKey(q.quizId, q.questionId)) ?? []) })))
    objectiveRows.push({ id: objective.id, title: objective.title, bySession, overall })
  }

  return { sessions: sessionRows, questions, objectives: objectiveRows, missing: [...askedKeys].filter(k => !known.has(k)).sort() }
}
