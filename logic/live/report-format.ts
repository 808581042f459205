// The cross-session report (logic/live/report.ts) as the lecturer reads it: a terminal table that fits
// 100 columns (long prompts and answers cut with "…") and the same figures as one CSV table.
import type { Figures, ObjectiveCell, ObjectiveFigures, QuestionCell, Report, WrongAnswer } from './report.ts'
import { csvText } from '../csv.ts'
import { questionKey } from './protocol.ts'

export const NOT_ASKED = 'not asked'
const NONE = '—'
const SPACES = /\s+/g
const KIND_NAMES: Record<string, string> = { single: 'single choice', multiple: 'multiple select', truefalse: 'true/false', numeric: 'number', text: 'short answer', ordering: 'ordering', matching: 'matching' }

/** "2026-11-27 14:05" (UTC). */
export function reportDate(at: number): string {
  return new Date(at).toISOString().slice(0, 16).replace('T', ' ')
}

/** Cuts text to `width` characters (by code point), ending in "…" when cut. */
export function fit(text: string, width: number): string {
  const flat = text.replace(SPACES, ' ')
  const chars = [...flat]
  return chars.length <= width ? flat : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`
}

function pad(text: string, width: number, right = false): string {
  const cut = fit(text, width)
  const gap = ' '.repeat(Math.max(0, width - [...cut].length))
  return right ? gap + cut : cut + gap
}

/** "57.1 %", or "—" for none. */
export function percent(value: number | null): string {
  return value === null ? NONE : `${value.toFixed(1)} %`
}

/** The commonest wrong answer's share of those who answered, 0–100 with one decimal. */
export function sharePercent(wrong: WrongAnswer | undefined): number | null {
  return wrong ? Math.round(wrong.share * 1000) / 10 : null
}

/** The commonest wrong answer as one line: ties joined by " | " after "tied: ". */
export function wrongText(wrong: WrongAnswer | undefined): string {
  if (!wrong)
    return NONE
  return wrong.texts.length > 1 ? `tied: ${wrong.texts.join(' | ')}` : wrong.texts[0] ?? NONE
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

const INDENT = '   '
/** Column widths of the per-question and per-objective tables (the last column takes the rest). */
const GROUP = 22
const NUMBER = 9
const MEAN = 12
const SHARE = 7

/** The report as text for a terminal `width` columns wide (100 by default). */
export function reportText(report: Report, width = 100): string {
  const lines: string[] = []
  const rest = (used: number) => Math.max(10, width - used)
  lines.push(`Sessions (${report.sessions.length})`)
  if (report.sessions.length === 0)
    lines.push(`${INDENT}None.`)
  else
    lines.push(`${INDENT}${pad('Session', 22)} ${pad('Started (UTC)', 16)} ${pad('Participants', 12, true)}  Label`)
  for (const s of report.sessions)
    lines.push(`${INDENT}${pad(s.sessionId, 22)} ${pad(reportDate(s.createdAt), 16)} ${pad(String(s.participants), 12, true)}  ${fit(s.label ?? NONE, rest(INDENT.length + 22 + 1 + 16 + 1 + 12 + 2))}`)
  if (report.missing.length)
    lines.push('', `Not shown (asked, but no longer in the quizzes): ${report.missing.join(', ')}`)
  if (report.questions.length === 0) {
    lines.push('', 'No question was asked in these sessions.')
    return `${lines.join('\n')}\n`
  }

  const numbers = questionNumbers(report)
  const titles = new Map(report.objectives.map(o => [o.id, o.title]))
  lines.push('', 'Per question: answered, % fully correct, mean score (of the question\'s points), and the commonest', 'wrong answer with the share of those who answered who gave it.')
  const answerWidth = rest(INDENT.length + GROUP + NUMBER * 2 + MEAN + SHARE + 5)
  const questionRow = (group: string, cell: QuestionCell, points: number) => cell.asked
    ? `${INDENT}${pad(group, GROUP)} ${pad(String(cell.answered), NUMBER, true)} ${pad(percent(cell.percentCorrect), NUMBER, true)} ${pad(cell.meanScore === null ? NONE : `${cell.meanScore} of ${points}`, MEAN, true)} ${pad(percent(sharePercent(cell.commonestWrong)), SHARE, true)} ${fit(wrongText(cell.commonestWrong), answerWidth)}`
    : `${INDENT}${pad(group, GROUP)} ${pad(NOT_ASKED, NUMBER, true)}`
  for (const q of report.questions) {
    lines.push('', fit(`${numbers.get(questionKey(q.quizId, q.questionId))} ${q.quizId} / ${q.questionId} · ${KIND_NAMES[q.kind] ?? q.kind} · ${plural(q.points, 'point')} · ${titles.get(q.objective) ?? q.objective}`, width))
    lines.push(`${INDENT}${fit(q.prompt, width - INDENT.length)}`)
    lines.push(`${INDENT}${pad('Group', GROUP)} ${pad('Answered', NUMBER, true)} ${pad('Correct', NUMBER, true)} ${pad('Mean', MEAN, true)} ${pad('Share', SHARE, true)} Commonest wrong answer`)
    report.sessions.forEach((s, i) => lines.push(questionRow(s.group, q.bySession[i]!, q.points)))
    if (report.sessions.length > 1)
      lines.push(questionRow('Overall', { asked: true, ...q.overall }, q.points))
  }

  lines.push('', 'Per learning objective: questions asked, answers, % fully correct, points scored of the points', 'answered for, and the question with the lowest % correct.')
  const objectiveRow = (group: string, cell: ObjectiveCell) => cell.asked
    ? `${INDENT}${pad(group, GROUP)} ${pad(String(cell.questions), NUMBER, true)} ${pad(String(cell.answered), NUMBER, true)} ${pad(percent(cell.percentCorrect), NUMBER, true)} ${pad(percent(cell.meanPercent), NUMBER, true)}  ${weakestText(cell, numbers)}`
    : `${INDENT}${pad(group, GROUP)} ${pad(NOT_ASKED, NUMBER, true)}`
  for (const o of report.objectives) {
    lines.push('', fit(`${o.title} (${o.id})`, width))
    lines.push(`${INDENT}${pad('Group', GROUP)} ${pad('Questions', NUMBER, true)} ${pad('Answers', NUMBER, true)} ${pad('Correct', NUMBER, true)} ${pad('Points', NUMBER, true)}  Lowest`)
    report.sessions.forEach((s, i) => lines.push(objectiveRow(s.group, o.bySession[i]!)))
    if (report.sessions.length > 1)
      lines.push(objectiveRow('Overall', { asked: true, ...o.overall }))
  }
  return `${lines.join('\n')}\n`
}

/** `quiz/question` → "Q1", "Q2" … in the report's order. */
export function questionNumbers(report: Report): Map<string, string> {
  return new Map(report.questions.map((q, i) => [questionKey(q.quizId, q.questionId), `Q${i + 1}`]))
}

/** The objective's question with the lowest % correct, as "Q2 (33.3 %)". */
export function weakestText(figures: ObjectiveFigures, numbers: ReadonlyMap<string, string>): string {
  const weakest = figures.weakest
  return weakest ? `${numbers.get(questionKey(weakest.quizId, weakest.questionId))} (${percent(weakest.percentCorrect)})` : NONE
}

export const REPORT_CSV_HEADER = ['section', 'quiz', 'question', 'objective', 'text', 'group', 'session', 'asked', 'questions', 'answered', 'percent_correct', 'mean_score', 'points', 'percent_of_points', 'commonest_wrong_answer', 'commonest_wrong_percent', 'lowest_question'] as const

type Cell = string | number | null

/**
 * The same figures as one CSV table (a byte-order mark, then CRLF lines, formula-like text defused):
 * a `question` row per question and session (then `overall`), then an `objective` row per objective and session.
 * A question not asked in a session has `asked` = no and empty figures.
 */
export function reportCsv(report: Report): string {
  const rows: Cell[][] = [[...REPORT_CSV_HEADER]]
  const groups = [...report.sessions.map(s => ({ group: s.group, session: s.sessionId })), ...(report.sessions.length > 1 ? [{ group: 'overall', session: '' }] : [])]
  const figureCells = (cell: Figures, points: number): Cell[] =>
    [1, cell.answered, cell.percentCorrect, cell.meanScore, points, null, cell.commonestWrong ? wrongText(cell.commonestWrong) : null, sharePercent(cell.commonestWrong)]
  for (const q of report.questions) {
    const cells = [...q.bySession, { asked: true as const, ...q.overall }]
    groups.forEach(({ group, session }, i) => {
      const cell = cells[i]!
      rows.push(['question', q.quizId, q.questionId, q.objective, q.prompt, group, session, cell.asked ? 'yes' : 'no', ...(cell.asked ? figureCells(cell, q.points) : [null, null, null, null, q.points, null, null, null]), null])
    })
  }
  for (const o of report.objectives) {
    const cells = [...o.bySession, { asked: true as const, ...o.overall }]
    groups.forEach(({ group, session }, i) => {
      const cell = cells[i]!
      rows.push(['objective', null, null, o.id, o.title, group, session, cell.asked ? 'yes' : 'no', ...(cell.asked
        ? [cell.questions, cell.answered, cell.percentCorrect, null, null, cell.meanPercent, null, null, cell.weakest ? questionKey(cell.weakest.quizId, cell.weakest.questionId) : null]
        : [null, null, null, null, null, null, null, null, null])])
    })
  }
  return `\uFEFF${csvText(rows)}`
}
