// A student's own answers to the deck's opinion scales (self-study: the room's
// answers are the live server's). Persisted to localStorage on every change,
// like quiz progress; a damaged saved record, or an answer the scale no longer
// has, is discarded with a notice, never thrown.
import type { Poll, ScalePoll } from '../logic/content/polls.ts'
import type { OwnAnswers, Run } from '../logic/polls/own-answers.ts'
import { defineStore } from 'pinia'
import content from 'virtual:content'
import { ref, watch } from 'vue'
import { readPollAnswer } from '../logic/polls/answer.ts'
import { decodeOwnAnswers, OWN_ANSWERS_KEY } from '../logic/polls/own-answers.ts'
import { browserStorage } from './browser-storage.ts'

export const usePollAnswersStore = defineStore('poll-answers', () => {
  const polls: readonly Poll[] = content.polls
  const storage = browserStorage()
  const loaded = decodeOwnAnswers(storage?.getItem(OWN_ANSWERS_KEY) ?? null, polls)
  const record = ref<OwnAnswers>(loaded.record)
  const notice = ref<string | undefined>(loaded.notice)

  /** True while taking another window's record: it is saved already, and writing it back would echo. */
  let adopting = false

  function save() {
    if (adopting)
      return
    try {
      storage?.setItem(OWN_ANSWERS_KEY, JSON.stringify(record.value))
    }
    catch {
      notice.value = 'Your answer could not be saved in this browser (storage is full or blocked); it will be lost on reload.'
    }
  }
  if (loaded.notice)
    save()
  watch(record, save, { deep: true, flush: 'sync' })

  // Another window of the deck saved (a second tab, the presenter view): take its
  // answers, so this window never writes an older copy over them.
  globalThis.window?.addEventListener('storage', (event) => {
    if (event.key !== OWN_ANSWERS_KEY || event.newValue === null)
      return
    adopting = true
    record.value = decodeOwnAnswers(event.newValue, polls).record
    adopting = false
  })

  function scaleById(pollId: string): ScalePoll | undefined {
    const poll = polls.find(p => p.id === pollId)
    return poll?.kind === 'scale' ? poll : undefined
  }

  function pointOf(pollId: string, run: Run): number | undefined {
    return record.value.answers[pollId]?.[run]
  }

  /** Keeps a point the scale has; anything else is ignored. */
  function choose(pollId: string, run: Run, point: number) {
    const poll = scaleById(pollId)
    if (!poll || !readPollAnswer(poll, point).ok)
      return
    // Through the reactive record (not the object `??=` returns), so the change is saved.
    const answers = record.value.answers
    answers[pollId] ??= {}
    answers[pollId][run] = point
  }

  function dismissNotice() {
    notice.value = undefined
  }

  return { notice, scaleById, pointOf, choose, dismissNotice }
})
