// Quiz state for the whole deck: the student's answers, what is checked and
// finished, attempts, totals, over the pure marking and progress modules.
// Persisted to localStorage on every change (typed drafts included); a damaged
// or outdated saved record is discarded with a notice, never thrown.
import type { Objective } from '../logic/content/catalogue.ts'
import type { Quiz } from '../logic/content/quiz.ts'
import type { Mark } from '../logic/marking/mark.ts'
import type { ProgressRecord, QuizProgress } from '../logic/progress/record.ts'
import type { QuizSummary } from '../logic/progress/summary.ts'
import { defineStore } from 'pinia'
import content from 'virtual:content'
import { computed, ref, watch } from 'vue'
import { keyHash } from '../logic/content/key-hash.ts'
import { markAnswer } from '../logic/marking/attempt.ts'
import { decodeProgress, encodeProgress } from '../logic/progress/codec.ts'
import { resultRows, selfStudyGradeSheet } from '../logic/progress/export.ts'
import { describeDropped, reconcileProgress } from '../logic/progress/reconcile.ts'
import { emptyQuizProgress, emptyRecord, STORAGE_KEY, STORAGE_KEY_PATTERN } from '../logic/progress/record.ts'
import { isMarked, summariseQuiz, totalsByObjective } from '../logic/progress/summary.ts'
import { browserStorage } from './browser-storage.ts'

const now = () => new Date().toISOString()

/** Reads the saved record; returns it fitted to the current quizzes, and what to tell the student. */
function load(storage: Storage | undefined, quizzes: readonly Quiz[]): { record: ProgressRecord, notices: string[] } {
  const notices: string[] = []
  const outdatedKeys = storage
    ? Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => !!key && key !== STORAGE_KEY && STORAGE_KEY_PATTERN.test(key))
    : []
  for (const key of outdatedKeys)
    storage?.removeItem(key)
  if (outdatedKeys.length)
    notices.push('Your saved quiz answers came from an older version of these quizzes and could not be used, so they were cleared.')
  const decoded = decodeProgress(storage?.getItem(STORAGE_KEY) ?? null)
  if (!decoded.ok) {
    storage?.removeItem(STORAGE_KEY)
    notices.push(decoded.reason === 'outdated'
      ? `Your saved quiz answers could not be used (${decoded.message}), so they were cleared.`
      : `Your saved quiz answers could not be read (${decoded.message}), so they were cleared.`)
    return { record: emptyRecord(), notices }
  }
  const { record, dropped } = reconcileProgress(decoded.value, quizzes)
  const droppedNotice = describeDropped(dropped)
  if (droppedNotice)
    notices.push(droppedNotice)
  return { record, notices }
}

export const useQuizStore = defineStore('quiz', () => {
  const quizzes: readonly Quiz[] = content.quizzes
  const objectives: readonly Objective[] = content.objectives
  const storage = browserStorage()
  const loaded = load(storage, quizzes)
  const record = ref<ProgressRecord>(loaded.record)
  const notice = ref<string | undefined>(loaded.notices.join(' ') || undefined)

  /** True while taking another window's record: it is already saved, and writing it back would echo. */
  let adopting = false

  function save() {
    if (adopting)
      return
    try {
      storage?.setItem(STORAGE_KEY, encodeProgress(record.value))
    }
    catch {
      notice.value = 'Your answers could not be saved in this browser (storage is full or blocked); they will be lost on reload. Download your results to keep them.'
    }
  }
  save()
  watch(record, save, { deep: true, flush: 'sync' })

  // Another window of the deck (the presenter view, a second tab) saved: take its
  // answers, so neither window overwrites the other's with an older copy. Each
  // window keeps its own question on screen (the audience follows the presenter
  // through the reveal state, not through storage), and nothing is written back.
  globalThis.window?.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY || event.newValue === null)
      return
    const decoded = decodeProgress(event.newValue)
    if (!decoded.ok)
      return
    const next = reconcileProgress(decoded.value, quizzes).record
    for (const [quizId, progress] of Object.entries(next.quizzes))
      progress.position = record.value.quizzes[quizId]?.position ?? progress.position
    adopting = true
    record.value = next
    adopting = false
  })

  function dismissNotice() {
    notice.value = undefined
  }

  function quizById(quizId: string): Quiz | undefined {
    return quizzes.find(q => q.id === quizId)
  }

  /** The quiz's progress; read-only use (an untouched quiz gets a fresh empty one). */
  function progressOf(quizId: string): QuizProgress {
    return record.value.quizzes[quizId] ?? emptyQuizProgress()
  }

  function editable(quizId: string): QuizProgress {
    record.value.quizzes[quizId] ??= emptyQuizProgress()
    return record.value.quizzes[quizId]
  }

  function questionOf(quizId: string, questionId: string) {
    return quizById(quizId)?.questions.find(q => q.id === questionId)
  }

  function answerOf(quizId: string, questionId: string): unknown {
    return record.value.quizzes[quizId]?.answers[questionId]?.value
  }

  function marked(quizId: string, questionId: string): boolean {
    return isMarked(progressOf(quizId), questionId)
  }

  /** Saves an answer (also a half-typed one); ignored once the answer is marked. */
  function setAnswer(quizId: string, questionId: string, value: unknown) {
    const question = questionOf(quizId, questionId)
    if (!question || marked(quizId, questionId))
      return
    editable(quizId).answers[questionId] = { value, keyHash: keyHash(question), updatedAt: now() }
  }

  /** Whether an answer counts as given (an empty text or no pick does not). */
  function hasAnswer(quizId: string, questionId: string): boolean {
    const question = questionOf(quizId, questionId)
    return !!question && markAnswer(question, answerOf(quizId, questionId)).verdict !== 'unanswered'
  }

  /** Practice mode: marks one answer and shows its feedback. */
  function check(quizId: string, questionId: string) {
    const saved = record.value.quizzes[quizId]?.answers[questionId]
    if (quizById(quizId)?.mode !== 'practice' || !saved || !hasAnswer(quizId, questionId) || marked(quizId, questionId))
      return
    saved.checkedAt = now()
  }

  /** The mark of an answer once it is marked (checked or finished). */
  function markOf(quizId: string, questionId: string): Mark | undefined {
    const question = questionOf(quizId, questionId)
    if (!question || !marked(quizId, questionId))
      return undefined
    return markAnswer(question, answerOf(quizId, questionId))
  }

  function summary(quizId: string): QuizSummary | undefined {
    const quiz = quizById(quizId)
    return quiz && summariseQuiz(quiz, progressOf(quizId))
  }

  /** Ends the attempt: every answer is marked and the score is kept in the attempt history. */
  function finish(quizId: string) {
    const quiz = quizById(quizId)
    const progress = editable(quizId)
    if (!quiz || progress.finishedAt)
      return
    progress.finishedAt = now()
    const { score, max, percentage, passed } = summariseQuiz(quiz, progress)
    progress.attempts.push({ finishedAt: progress.finishedAt, score, max, percentage, passed })
  }

  /** A fresh attempt: answers cleared, earlier attempts kept. */
  function retry(quizId: string) {
    const progress = record.value.quizzes[quizId]
    if (progress)
      record.value.quizzes[quizId] = { ...emptyQuizProgress(), attempts: progress.attempts }
  }

  /** Forgets everything about the quiz, attempts included. */
  function reset(quizId: string) {
    delete record.value.quizzes[quizId]
  }

  function setPosition(quizId: string, position: number) {
    const count = quizById(quizId)?.questions.length ?? 0
    const clamped = Math.max(0, Math.min(position, count - 1))
    if (clamped !== progressOf(quizId).position)
      editable(quizId).position = clamped
  }

  const objectiveTotals = computed(() => totalsByObjective(quizzes, id => record.value.quizzes[id], objectives))

  function exportRows() {
    return resultRows(quizzes, id => record.value.quizzes[id])
  }

  /** The quiz totals as a grade sheet keyed by the student's identifier, for the lecturer's LMS. */
  function exportGrades(identifier: string) {
    return selfStudyGradeSheet(quizzes, id => record.value.quizzes[id], identifier)
  }

  return { record, notice, quizzes, dismissNotice, quizById, progressOf, answerOf, marked, hasAnswer, setAnswer, check, markOf, summary, finish, retry, reset, setPosition, objectiveTotals, exportRows, exportGrades }
})
