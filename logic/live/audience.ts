// Questions to the lecturer, pure: what a question may hold, the upvote rule (one vote per student per question,
// withdrawable, never on one's own or on a question others cannot see), the lecturer's actions (answered, hide,
// release, projector) and the order everyone sees (unanswered first, then most votes, then oldest). What each role
// gets is built here too: students never a held or hidden question of anyone else, the projector only the one on it.
import type { AudienceQuestionView, AudienceStatus, LecturerQuestion, ProjectorQuestion, QaAction, StudentQuestions } from './protocol.ts'
import { MAX_TYPED_ANSWER } from './answer-fits.ts'

/** Questions may be as long as typed answers. */
export const QUESTION_MAX = MAX_TYPED_ANSWER

export interface AudienceQuestion {
  id: string
  participantId: string
  text: string
  /** The asker's display name, set only when they ticked "show my name". */
  name?: string
  askedAt: number
  status: AudienceStatus
  answered: boolean
  projected: boolean
  /** The word list's entries the text matched when asked. */
  matched: readonly string[]
  /** Participant ids of those who upvoted it. */
  voters: ReadonlySet<string>
}

export interface Refused { ok: false, message: string }

const FORMAT = /\p{Cf}/gu
const CONTROL = /[\p{Cc}\p{Cs}]/gu
const SPACES = /\s+/g

/** The question as stored and shown: one line of plain text, trimmed; or why it cannot be sent. */
export function cleanQuestionText(raw: string): { ok: true, text: string } | Refused {
  const text = raw.normalize('NFC').replace(FORMAT, '').replace(CONTROL, ' ').replace(SPACES, ' ').trim()
  if (!text)
    return { ok: false, message: 'Type your question first.' }
  if ([...text].length > QUESTION_MAX)
    return { ok: false, message: `Questions may be at most ${QUESTION_MAX} characters (this one has ${[...text].length}).` }
  return { ok: true, text }
}

/** "1 vote", "3 votes": as every page says it. */
export function votesText(votes: number): string {
  return `${votes} ${votes === 1 ? 'vote' : 'votes'}`
}

/** The voters after a student upvotes (`up`) or withdraws their upvote; a second upvote changes nothing. */
export function vote(question: AudienceQuestion, participantId: string, up: boolean): { ok: true, voters: ReadonlySet<string>, changed: boolean } | Refused {
  if (question.status !== 'visible')
    return { ok: false, message: 'There is no such question.' }
  if (question.participantId === participantId)
    return { ok: false, message: 'You cannot upvote your own question.' }
  if (question.voters.has(participantId) === up)
    return { ok: true, voters: question.voters, changed: false }
  const voters = new Set(question.voters)
  if (up)
    voters.add(participantId)
  else
    voters.delete(participantId)
  return { ok: true, voters, changed: true }
}

/** The question after a lecturer's action. Hiding takes it off the projector; only a visible question goes on it. */
export function applyQaAction(question: AudienceQuestion, action: QaAction): { ok: true, question: AudienceQuestion } | Refused {
  switch (action) {
    case 'answered':
    case 'unanswered':
      return { ok: true, question: { ...question, answered: action === 'answered' } }
    case 'hide':
      return { ok: true, question: { ...question, status: 'hidden', projected: false } }
    case 'release':
      return { ok: true, question: { ...question, status: 'visible' } }
    case 'project':
      return question.status === 'visible'
        ? { ok: true, question: { ...question, projected: true } }
        : { ok: false, message: `That question is ${question.status}: release it before putting it on the projector.` }
    case 'unproject':
      return { ok: true, question: { ...question, projected: false } }
  }
}

/** Unanswered before answered, then most votes, then the oldest, then by id (a stable order for equal times). */
export function compareQuestions(a: AudienceQuestion, b: AudienceQuestion): number {
  return Number(a.answered) - Number(b.answered)
    || b.voters.size - a.voters.size
    || a.askedAt - b.askedAt
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export function sortQuestions(questions: Iterable<AudienceQuestion>): AudienceQuestion[] {
  return [...questions].sort(compareQuestions)
}

function publicView(q: AudienceQuestion): AudienceQuestionView {
  return { id: q.id, text: q.text, ...(q.name !== undefined ? { name: q.name } : {}), votes: q.voters.size, answered: q.answered }
}

/** What every student sees alike: the visible questions, sorted. */
export function sharedQuestions(sorted: readonly AudienceQuestion[]): AudienceQuestionView[] {
  return sorted.filter(q => q.status === 'visible').map(publicView)
}

/** What only this student sees besides: their own questions (visible ids; held ones with their text), and their upvotes. */
export function ownQuestions(sorted: readonly AudienceQuestion[], participantId: string): Omit<StudentQuestions, 'type' | 'questions'> {
  const mine = sorted.filter(q => q.participantId === participantId)
  return {
    mine: mine.filter(q => q.status === 'visible').map(q => q.id),
    voted: sorted.filter(q => q.status === 'visible' && q.voters.has(participantId)).map(q => q.id),
    waiting: mine.filter(q => q.status === 'held').map(q => ({ id: q.id, text: q.text })),
  }
}

const LECTURER_ORDER: Record<AudienceStatus, number> = { held: 0, visible: 1, hidden: 2 }

/** The lecturer sees every question: held ones first (they wait for a decision), then the visible ones in order, hidden ones last. */
export function lecturerQuestions(sorted: readonly AudienceQuestion[]): LecturerQuestion[] {
  return [...sorted].sort((a, b) => LECTURER_ORDER[a.status] - LECTURER_ORDER[b.status]).map(q => ({ ...publicView(q), status: q.status, matched: [...q.matched], projected: q.projected, askedAt: q.askedAt }))
}

/** The projector shows the question put on it, if it is still visible. */
export function projectorQuestion(questions: Iterable<AudienceQuestion>): ProjectorQuestion {
  for (const q of questions) {
    if (q.projected && q.status === 'visible')
      return { type: 'projector-question', question: { text: q.text, ...(q.name !== undefined ? { name: q.name } : {}), votes: q.voters.size } }
  }
  return { type: 'projector-question' }
}
