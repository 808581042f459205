// Server messages for the live page tests: a two-question quiz, a lecturer's and the projector's view of it, and results.
import type { Question } from '../../../logic/kinds/registry.ts'
import type { LecturerState, ProjectorState, ResultsResponse } from '../../../logic/live/protocol.ts'

export const JOIN_URL = 'http://192.0.2.10:4000/live/'

export const question: Question = {
  kind: 'single',
  id: 'who-demanded',
  prompt: 'Who demanded access to BlackBerry messages?',
  points: 1,
  options: [{ id: 'pta', text: 'The PTA' }, { id: 'eff', text: 'The EFF' }],
  answer: 'pta',
  explanation: 'The PTA made the demand.',
  objective: 'blackberry-case',
  evidence: [{ source: 'cnet-blackberry', quote: 'the PTA' }],
}

export function lecturerState(patch: Partial<LecturerState> = {}): LecturerState {
  return {
    type: 'lecturer-state',
    phase: 'open',
    quizId: 'bb',
    questionId: 'who-demanded',
    position: { index: 1, count: 2, quizTitle: 'BlackBerry quiz' },
    question,
    participants: [
      { id: 'p1', name: '<b>Ana</b>', connected: true, answered: true },
      { id: 'p2', name: 'Ben', connected: false, answered: false },
    ],
    answeredCount: 1,
    participantCount: 2,
    histogram: { buckets: [{ id: 'pta', label: 'The PTA', count: 1 }, { id: 'eff', label: 'The EFF', count: 0 }] },
    joinUrl: JOIN_URL,
    quizzes: [
      { id: 'bb', title: 'BlackBerry quiz', questions: [{ id: 'who-demanded', kind: 'single', prompt: 'Who demanded access?' }, { id: 'when', kind: 'numeric', prompt: 'When?' }] },
      { id: 'wa', title: 'WhatsApp quiz', questions: [{ id: 'what', kind: 'text', prompt: 'What?' }] },
    ],
    revealed: [],
    ...patch,
  }
}

export function projectorState(patch: Partial<ProjectorState> = {}): ProjectorState {
  return {
    type: 'projector-state',
    phase: 'open',
    question: { kind: 'single', id: 'who-demanded', prompt: question.prompt, points: 1, options: [{ id: 'pta', text: 'The PTA' }, { id: 'eff', text: 'The EFF' }] },
    position: { index: 1, count: 2, quizTitle: 'BlackBerry quiz' },
    answeredCount: 3,
    participantCount: 4,
    histogram: { buckets: [{ id: 'pta', label: 'The PTA', count: 2 }, { id: 'eff', label: 'The EFF', count: 1 }] },
    joinUrl: JOIN_URL,
    ...patch,
  }
}

export const results: ResultsResponse = {
  sessionId: 's1',
  maxTotal: 3,
  questions: [
    { quizId: 'bb', questionId: 'who-demanded', prompt: 'Who demanded access?', kind: 'single', max: 1, answered: 2, meanScore: 0.5, percentCorrect: 50, histogram: { buckets: [{ id: 'pta', label: 'The PTA', count: 1, correct: true }, { id: 'eff', label: 'The EFF', count: 1, correct: false }] } },
    { quizId: 'bb', questionId: 'when', prompt: 'When?', kind: 'numeric', max: 2, answered: 0, meanScore: null, percentCorrect: null, histogram: { buckets: [] } },
  ],
  participants: [
    { id: 'p1', name: 'Ana', scores: { 'bb/who-demanded': 1 }, total: 1 },
    { id: 'p2', name: 'Ben', scores: { 'bb/who-demanded': 0 }, total: 0 },
  ],
}
