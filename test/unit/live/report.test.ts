// Results across classes: the commonest wrong answer of each kind (ties, all right, nobody answered) and the
// report's figures per question, session and objective (empty sessions, a question not asked in one session,
// removed participants, shared and missing labels, questions no longer in the quizzes).
import type { Objective } from '../../../logic/content/catalogue.ts'
import type { Quiz } from '../../../logic/content/quiz.ts'
import type { Question } from '../../../logic/kinds/registry.ts'
import type { Figures, ObjectiveCell, QuestionCell, Report, ReportAnswer, ReportSession, WrongAnswer } from '../../../logic/live/report.ts'
import { describe, expect, it } from 'vitest'
import { reportCsv, reportText } from '../../../logic/live/report-format.ts'
import { buildReport, commonestWrong } from '../../../logic/live/report.ts'
import { markAnswer } from '../../../logic/marking/attempt.ts'
import { questions, quiz } from './fixture.ts'

const threeWay: Question = { ...questions.single, options: [{ id: 'pta', text: 'PTA' }, { id: 'court', text: 'A court' }, { id: 'senate', text: 'The Senate' }] }
function marked(question: Question, answers: unknown[]) {
  return answers.map((answer) => {
    const mark = markAnswer(question, answer)
    return { answer, score: mark.score, max: mark.max }
  })
}

type WrongRow = [name: string, question: Question, answers: unknown[], expected: WrongAnswer | undefined]

describe('commonestWrong', () => {
  it.each<WrongRow>([
    ['single: the wrong option picked most, as its text', questions.single, ['pta', 'court', 'court'], { texts: ['A court'], count: 2, share: 2 / 3 }],
    ['single: a tie lists both, in the question\'s order', threeWay, ['senate', 'court', 'pta', 'pta'], { texts: ['A court', 'The Senate'], count: 1, share: 1 / 4 }],
    ['single: all right gives none', questions.single, ['pta', 'pta'], undefined],
    ['nobody answered gives none', questions.single, [], undefined],
    ['multiple: the wrong option picked most, also in partly right answers', questions.multiple, [['a', 'c'], ['a', 'b'], ['c']], { texts: ['C'], count: 2, share: 2 / 3 }],
    ['true/false: the wrong value', questions.truefalse, [true, false, true, true], { texts: ['True'], count: 3, share: 3 / 4 }],
    ['numeric: the same wrong value however typed, shown with the unit', questions.numeric, ['4,000 users', 'four thousand', '5000', '6000'], { texts: ['4,000 users'], count: 2, share: 2 / 4 }],
    ['numeric: within the tolerance is right', questions.numeric, ['5,005', '4995'], undefined],
    ['numeric: text that is not a number is grouped as marking reads it', questions.numeric, ['lots', 'Lots!', '5000'], { texts: ['lots'], count: 2, share: 2 / 3 }],
    ['text: one wrong answer however spelled, shown as most wrote it', questions.text, ['Senate', 'the senate', 'Senate', 'PTA', 'SENATE.'], { texts: ['Senate'], count: 4, share: 4 / 5 }],
    ['text: a tie lists both in the order first given', questions.text, ['Court', 'PTA', 'Senate'], { texts: ['Court', 'Senate'], count: 1, share: 1 / 3 }],
    ['text: an empty answer is no wrong answer', questions.text, ['', 'PTA'], undefined],
    ['text: accepted variants are right', questions.text, ['P.T.A.', 'Pakistan Telecommunications Authority (PTA)'], undefined],
    ['matching: the wrong pairing made most', questions.matching, [{ p1: 'o2', p2: 'o2' }, { p1: 'o2', p2: 'o1' }, { p1: 'o1', p2: 'o2' }], { texts: ['P1 → O2'], count: 2, share: 2 / 3 }],
    ['ordering: the item most often misplaced, tied', questions.ordering, [['second', 'first', 'third'], ['second', 'first', 'third'], ['first', 'second', 'third']], { texts: ['Second put 1st (right: 2nd)', 'First put 2nd (right: 1st)'], count: 2, share: 2 / 3 }],
    ['ordering: all right gives none', questions.ordering, [['first', 'second', 'third']], undefined],
  ])('%s', (_name, question, answers, expected) => {
    expect(commonestWrong(question, marked(question, answers))).toEqual(expected)
  })
})

// A second quiz on another objective, for the per-objective figures.
const conceptQuestion: Question = { ...questions.truefalse, id: 'q-concept', objective: 'concepts', points: 1 }
const conceptQuiz: Quiz = { ...quiz, id: 'concept-quiz', objectives: ['concepts'], questions: [conceptQuestion] }
const quizzes = [quiz, conceptQuiz]
const objectives: Objective[] = [
  { id: 'concepts', title: 'Key concepts', text: '…' },
  { id: 'blackberry-case', title: 'BlackBerry and Pakistan', text: '…' },
  { id: 'open-letter', title: 'The open letter', text: '…' },
]
const find = (id: string) => quizzes.flatMap(q => q.questions.map(question => ({ quizId: q.id, question }))).find(q => q.question.id === id)!

function session(sessionId: string, asked: string[], participants: string[], extra: Partial<ReportSession> = {}): ReportSession {
  return { sessionId, createdAt: 0, participants, removed: [], asked: asked.map(id => ({ quizId: find(id).quizId, questionId: id })), ...extra }
}
/** `answer(session, participant, question, answer)`, marked as the server marks it. */
function answer(sessionId: string, participantId: string, questionId: string, given: unknown): ReportAnswer {
  const { quizId, question } = find(questionId)
  const mark = markAnswer(question, given)
  return { sessionId, quizId, questionId, participantId, answer: given, score: mark.score, max: mark.max }
}

function cellText(cell: QuestionCell | ({ asked: true } & Figures)): string {
  if (!cell.asked)
    return 'not asked'
  const wrong = cell.commonestWrong ? `${cell.commonestWrong.texts.join(' | ')} ${Math.round(cell.commonestWrong.share * 1000) / 10} %` : '—'
  return `${cell.answered} · ${cell.percentCorrect ?? '—'} % · ${cell.meanScore ?? '—'} · ${wrong}`
}
function objectiveText(cell: ObjectiveCell): string {
  if (!cell.asked)
    return 'not asked'
  return `${cell.questions} q · ${cell.answered} · ${cell.percentCorrect ?? '—'} % · ${cell.meanPercent ?? '—'} % of points · weakest ${cell.weakest ? `${cell.weakest.questionId} ${cell.weakest.percentCorrect} %` : '—'}`
}
/** Each question's cells (sessions, then overall) and each objective's, as text. */
function summary(report: Report) {
  return {
    groups: report.sessions.map(s => `${s.group} (${s.participants})`),
    questions: Object.fromEntries(report.questions.map(q => [q.questionId, [...q.bySession.map(cellText), `overall ${cellText({ asked: true, ...q.overall })}`]])),
    objectives: Object.fromEntries(report.objectives.map(o => [o.title, [...o.bySession.map(objectiveText), `overall ${objectiveText({ asked: true, ...o.overall })}`]])),
    missing: report.missing,
  }
}

type ReportRow = [name: string, sessions: ReportSession[], answers: ReportAnswer[], expected: ReturnType<typeof summary>]

describe('buildReport', () => {
  it.each<ReportRow>([
    ['no sessions', [], [], { groups: [], questions: {}, objectives: {}, missing: [] }],
    ['an empty session (nothing asked)', [session('s1', [], [])], [], { groups: ['s1 (0)'], questions: {}, objectives: {}, missing: [] }],
    ['asked but nobody answered', [session('s1', ['q-single'], ['a'])], [], {
      groups: ['s1 (1)'],
      questions: { 'q-single': ['0 · — % · — · —', 'overall 0 · — % · — · —'] },
      objectives: { 'BlackBerry and Pakistan': ['1 q · 0 · — % · — % of points · weakest —', 'overall 1 q · 0 · — % · — % of points · weakest —'] },
      missing: [],
    }],
    ['a question asked in one session only is "not asked" in the other, and overall is that session\'s', [
      session('s1', ['q-single'], ['a', 'b', 'c'], { label: 'Group A, 2025' }),
      session('s2', ['q-concept'], ['d', 'e'], { label: 'Group B, 2026' }),
    ], [
      answer('s1', 'a', 'q-single', 'pta'),
      answer('s1', 'b', 'q-single', 'court'),
      answer('s1', 'c', 'q-single', 'court'),
      answer('s2', 'd', 'q-concept', false),
      answer('s2', 'e', 'q-concept', true),
    ], {
      groups: ['Group A, 2025 (3)', 'Group B, 2026 (2)'],
      questions: {
        'q-single': ['3 · 33.3 % · 0.67 · A court 66.7 %', 'not asked', 'overall 3 · 33.3 % · 0.67 · A court 66.7 %'],
        'q-concept': ['not asked', '2 · 50 % · 0.5 · True 50 %', 'overall 2 · 50 % · 0.5 · True 50 %'],
      },
      objectives: {
        'Key concepts': ['not asked', '1 q · 2 · 50 % · 50 % of points · weakest q-concept 50 %', 'overall 1 q · 2 · 50 % · 50 % of points · weakest q-concept 50 %'],
        'BlackBerry and Pakistan': ['1 q · 3 · 33.3 % · 33.3 % of points · weakest q-single 33.3 %', 'not asked', 'overall 1 q · 3 · 33.3 % · 33.3 % of points · weakest q-single 33.3 %'],
      },
      missing: [],
    }],
    ['overall pools every answer; all right has no wrong answer', [session('s1', ['q-single'], ['a', 'b']), session('s2', ['q-single'], ['c', 'd'])], [
      answer('s1', 'a', 'q-single', 'pta'),
      answer('s1', 'b', 'q-single', 'pta'),
      answer('s2', 'c', 'q-single', 'court'),
      answer('s2', 'd', 'q-single', 'pta'),
    ], {
      groups: ['s1 (2)', 's2 (2)'],
      questions: { 'q-single': ['2 · 100 % · 2 · —', '2 · 50 % · 1 · A court 50 %', 'overall 4 · 75 % · 1.5 · A court 25 %'] },
      objectives: { 'BlackBerry and Pakistan': ['1 q · 2 · 100 % · 100 % of points · weakest q-single 100 %', '1 q · 2 · 50 % · 50 % of points · weakest q-single 50 %', 'overall 1 q · 4 · 75 % · 75 % of points · weakest q-single 75 %'] },
      missing: [],
    }],
    ['removed participants count nowhere', [session('s1', ['q-text'], ['a', 'b', 'x'], { removed: ['x'] })], [
      answer('s1', 'a', 'q-text', 'PTA'),
      answer('s1', 'b', 'q-text', 'Senate'),
      answer('s1', 'x', 'q-text', 'Court'),
      answer('s1', 'x', 'q-single', 'court'),
    ], {
      groups: ['s1 (2)'],
      questions: { 'q-text': ['2 · 50 % · 1 · Senate 50 %', 'overall 2 · 50 % · 1 · Senate 50 %'] },
      objectives: { 'BlackBerry and Pakistan': ['1 q · 2 · 50 % · 50 % of points · weakest q-text 50 %', 'overall 1 q · 2 · 50 % · 50 % of points · weakest q-text 50 %'] },
      missing: [],
    }],
    ['an objective sums its questions (partial credit in points) and names the weakest; answers of unlisted sessions are left out', [session('s1', ['q-ordering', 'q-matching'], ['a', 'b'])], [
      answer('s1', 'a', 'q-ordering', ['first', 'second', 'third']),
      answer('s1', 'b', 'q-ordering', ['first', 'third', 'second']),
      answer('s1', 'a', 'q-matching', { p1: 'o2', p2: 'o2' }),
      answer('s1', 'b', 'q-matching', { p1: 'o2', p2: 'o1' }),
      answer('elsewhere', 'z', 'q-single', 'court'),
    ], {
      groups: ['s1 (2)'],
      questions: {
        // (2 + 0.67) / 2 = 1.335, shown to two decimals as the results table does.
        'q-ordering': ['2 · 50 % · 1.34 · Third put 2nd (right: 3rd) | Second put 3rd (right: 2nd) 50 %', 'overall 2 · 50 % · 1.34 · Third put 2nd (right: 3rd) | Second put 3rd (right: 2nd) 50 %'],
        'q-matching': ['2 · 0 % · 0.5 · P1 → O2 100 %', 'overall 2 · 0 % · 0.5 · P1 → O2 100 %'],
      },
      // (2 + 0.67 + 1 + 0) of 8 points = 45.9 %; the ordering 50 % correct, the matching 0 %.
      objectives: { 'BlackBerry and Pakistan': ['2 q · 4 · 25 % · 45.9 % of points · weakest q-matching 0 %', 'overall 2 q · 4 · 25 % · 45.9 % of points · weakest q-matching 0 %'] },
      missing: [],
    }],
    ['a shared label is told apart by the id; a question no longer in the quizzes is listed as missing', [
      session('s1', ['q-single'], ['a'], { label: 'Group A' }),
      session('s2', [], ['b'], { label: 'Group A', asked: [{ quizId: 'old-quiz', questionId: 'gone' }] }),
    ], [answer('s1', 'a', 'q-single', 'pta')], {
      groups: ['Group A (s1) (1)', 'Group A (s2) (1)'],
      questions: { 'q-single': ['1 · 100 % · 2 · —', 'not asked', 'overall 1 · 100 % · 2 · —'] },
      objectives: { 'BlackBerry and Pakistan': ['1 q · 1 · 100 % · 100 % of points · weakest q-single 100 %', 'not asked', 'overall 1 q · 1 · 100 % · 100 % of points · weakest q-single 100 %'] },
      missing: ['old-quiz/gone'],
    }],
  ])('%s', (_name, sessions, answers, expected) => {
    expect(summary(buildReport(quizzes, objectives, sessions, answers))).toEqual(expected)
  })

  it('lists questions in the quizzes\' order and objectives in data/objectives.yaml\'s, whatever order they were asked in', () => {
    const report = buildReport(quizzes, objectives, [session('s1', ['q-concept', 'q-matching', 'q-single'], [])], [])
    expect(report.questions.map(q => q.questionId)).toEqual(['q-single', 'q-matching', 'q-concept'])
    expect(report.objectives.map(o => o.id)).toEqual(['concepts', 'blackberry-case'])
  })
})

describe('reportText and reportCsv', () => {
  const long = 'A very long prompt that goes on and on about who demanded what from whom and when and then keeps going for a good while longer than any terminal line'
  const longQuiz: Quiz = { ...quiz, questions: [{ ...questions.text, prompt: long }] }
  const sessions = [session('s1', [], ['a', 'b'], { label: 'A group whose label is long enough to be cut' }), session('s2', [], ['c'])]
  const answers: ReportAnswer[] = [
    { sessionId: 's1', quizId: quiz.id, questionId: 'q-text', participantId: 'a', answer: '=HYPERLINK("http://evil.example","click") and a great deal more text', score: 0, max: 2 },
    { sessionId: 's1', quizId: quiz.id, questionId: 'q-text', participantId: 'b', answer: '=HYPERLINK("http://evil.example","click") and a great deal more text', score: 0, max: 2 },
  ]
  const report = buildReport([longQuiz], objectives, sessions, answers)

  it('fits 100 columns, cutting long prompts, labels and answers with "…", and shows "not asked"', () => {
    const text = reportText(report)
    const lines = text.split('\n')
    expect(Math.max(...lines.map(line => [...line].length))).toBeLessThanOrEqual(100)
    expect(lines).toContain(`   ${long.slice(0, 96)}…`)
    expect(lines).toContain('   A group whose label i…         2     0.0 %       0 of 2 100.0 % =HYPERLINK("http://evil.example"…')
    expect(lines).toContain(`   s1                     1970-01-01 00:00            2  A group whose label is long enough to be c…`)
    expect(text).toContain('   s2                     not asked')
  })

  it('writes formula-like answers into the CSV defused, with "no" for a question not asked', () => {
    const rows = reportCsv(report).slice(1).split('\r\n')
    expect(rows[1]).toBe(`question,live-fixture,q-text,blackberry-case,${long},A group whose label is long enough to be cut,s1,yes,1,2,0,0,2,,"'=HYPERLINK(""http://evil.example"",""click"") and a great deal more text",100,`)
    expect(rows[2]).toBe(`question,live-fixture,q-text,blackberry-case,${long},s2,s2,no,,,,,2,,,,`)
  })
})
