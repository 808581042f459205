// The student page's state: joining with a name, the open question, the answer being drafted,
// its way to the server (queued while offline, re-sent with the same submissionId after a
// reconnect, confirmed by the ack) and the result after reveal. The components only display it.
import type { ServerMessage, StudentState } from '../../../logic/live/protocol.ts'
import type { Outbox } from '../outbox.ts'
import type { DeviceStorage } from './device-storage.ts'
import { computed, ref, shallowRef, watch } from 'vue'
import { acknowledge, dropStale, enqueue, parseOutbox, pendingFor, sendable } from '../outbox.ts'
import { useLiveSocket } from '../useLiveSocket.ts'
import { answerStatus, isEmptyAnswer, sameAnswer } from './answer-state.ts'
import { deviceStorage, forgetOtherSessions, randomId, storageKeys } from './device-storage.ts'
import { useAudience } from './useAudience.ts'

export function useStudentSession(storage: DeviceStorage = deviceStorage()) {
  const clientId = ref(storage.get(storageKeys.clientId))
  const name = ref(storage.get(storageKeys.name) ?? '')
  /** The join form is shown until the server knows this phone. */
  const needsName = ref(!clientId.value)
  const outbox = shallowRef<Outbox>(parseOutbox(storage.get(storageKeys.outbox)))
  /** The last answer the server acknowledged on this connection's watch. */
  const confirmed = shallowRef<{ sessionId: string, questionId: string, answer: unknown }>()
  const draft = shallowRef<unknown>()
  /** Something the student should know that is not an error of theirs (e.g. an answer that came too late). */
  const notice = ref<string>()
  /** Why the server refused the name typed (e.g. someone else has it). */
  const joinProblem = ref<string>()
  const sentOnThisConnection = new Set<string>()

  const live = useLiveSocket({
    stateType: 'state',
    hello: () => ({ type: 'hello', role: 'student', clientId: clientId.value ?? '', ...(name.value ? { name: name.value } : {}) }),
    onOpen: () => sentOnThisConnection.clear(),
    onMessage: receive,
  })

  const audience = useAudience(message => live.send(message))

  const sessionId = computed(() => live.welcome.value?.sessionId)
  const state = computed(() => live.state.value)
  const phase = computed(() => state.value?.phase)
  const question = computed(() => state.value?.question)
  const openQuestionId = computed(() => phase.value === 'open' ? question.value?.id : undefined)
  const pending = computed(() => sessionId.value && question.value ? pendingFor(outbox.value, sessionId.value, question.value.id) : undefined)
  const received = computed<{ answer: unknown } | undefined>(() => {
    const c = confirmed.value
    if (c && c.sessionId === sessionId.value && c.questionId === question.value?.id)
      return { answer: c.answer }
    return state.value?.received ? { answer: state.value.answer } : undefined
  })
  /** Once the question is closed, what counts is what the server has, not an unsent edit. */
  const shown = computed(() => phase.value === 'open' ? draft.value : received.value?.answer)
  const status = computed(() => phase.value !== 'open'
    ? (received.value ? 'received' : 'none')
    : answerStatus({
        draft: draft.value,
        pending: pending.value?.answer,
        hasPending: !!pending.value,
        received: received.value?.answer,
        hasReceived: !!received.value,
        online: live.status.value === 'open',
      }))
  const canSubmit = computed(() => phase.value === 'open' && !isEmptyAnswer(draft.value) && status.value !== 'sending' && status.value !== 'received' && status.value !== 'queued')

  function receive(message: ServerMessage) {
    audience.receive(message)
    if (message.type === 'welcome' && message.participant) {
      name.value = message.participant.name
      storage.set(storageKeys.name, name.value)
      forgetOtherSessions(storage, message.sessionId)
    }
    else if (message.type === 'state') {
      settle(message)
    }
    else if (message.type === 'ack') {
      const entry = outbox.value.find(e => e.questionId === message.questionId && e.submissionId === message.submissionId)
      if (entry) {
        confirmed.value = { sessionId: entry.sessionId, questionId: entry.questionId, answer: entry.answer }
        saveOutbox(acknowledge(outbox.value, message))
      }
    }
    else if (message.type === 'error' && (message.code === 'name-required' || message.code === 'name-refused')) {
      // The server does not know this phone (a new session), or cannot use that name: ask for the name again.
      live.stop()
      needsName.value = true
      joinProblem.value = message.code === 'name-refused' ? message.message : undefined
    }
    else if (message.type === 'error' && (message.code === 'removed' || message.code === 'session-full')) {
      // Retrying would only be refused again.
      live.stop()
    }
  }

  /** A new state: start the draft of a newly opened question, give up answers that can no longer be accepted, send the rest. */
  function settle(next: StudentState) {
    const sid = sessionId.value
    if (!sid)
      return
    const { kept, dropped } = dropStale(outbox.value, sid, openQuestionId.value)
    if (dropped.length > 0) {
      const arrived = (e: Outbox[number]) => e.sessionId === sid && e.questionId === next.question?.id && next.received && sameAnswer(e.answer, next.answer)
      if (dropped.some(e => e.sessionId === sid && !arrived(e)))
        notice.value = 'An answer saved on this phone could not be sent: the question closed before the connection came back.'
      saveOutbox(kept)
    }
    flush()
  }

  // Each question starts from what this phone has: an unsent draft, else the queued or stored answer.
  watch([sessionId, () => question.value?.id], ([sid, qid], [oldSid, oldQid]) => {
    if (sid === oldSid && qid === oldQid)
      return
    const saved = sid && qid ? storage.get(storageKeys.draft(sid, qid)) : null
    draft.value = saved !== null ? safeJson(saved) : pending.value?.answer ?? received.value?.answer
  })
  // The server's stored answer arrives after a reload: show it unless something is being typed.
  watch(received, (now) => {
    if (now && isEmptyAnswer(draft.value))
      draft.value = now.answer
  })

  function setDraft(value: unknown) {
    draft.value = value
    const sid = sessionId.value
    const qid = question.value?.id
    if (!sid || !qid)
      return
    const latest = pending.value ? pending.value.answer : received.value?.answer
    if (isEmptyAnswer(value) || sameAnswer(value, latest))
      storage.remove(storageKeys.draft(sid, qid))
    else
      storage.set(storageKeys.draft(sid, qid), JSON.stringify(value))
  }

  function submit() {
    const sid = sessionId.value
    const qid = openQuestionId.value
    if (!sid || !qid || !canSubmit.value)
      return
    notice.value = undefined
    saveOutbox(enqueue(outbox.value, { sessionId: sid, questionId: qid, answer: draft.value, submissionId: randomId() }))
    storage.remove(storageKeys.draft(sid, qid))
    flush()
  }

  /** Sends every queued answer the server can accept that has not gone out on this connection. */
  function flush() {
    if (!sessionId.value)
      return
    for (const entry of sendable(outbox.value, sessionId.value, openQuestionId.value)) {
      if (sentOnThisConnection.has(entry.submissionId))
        continue
      if (live.send({ type: 'answer', questionId: entry.questionId, answer: entry.answer, submissionId: entry.submissionId }))
        sentOnThisConnection.add(entry.submissionId)
    }
  }

  function saveOutbox(next: Outbox) {
    outbox.value = next
    if (next.length > 0)
      storage.set(storageKeys.outbox, JSON.stringify(next))
    else
      storage.remove(storageKeys.outbox)
  }

  function join(displayName: string) {
    if (!clientId.value) {
      clientId.value = randomId()
      storage.set(storageKeys.clientId, clientId.value)
    }
    name.value = displayName.trim()
    storage.set(storageKeys.name, name.value)
    needsName.value = false
    live.connect()
  }

  /** Joined before on this phone: resume straight away. */
  function start() {
    if (!needsName.value)
      live.connect()
  }

  const serverError = computed(() => {
    const error = live.error.value
    // A refused question is said beside the question form (useAudience).
    return error && error.code !== 'name-required' && error.code !== 'name-refused' && error.code !== 'question-refused' ? error.message : undefined
  })

  return {
    connection: live.status,
    name,
    needsName,
    joinProblem,
    joined: computed(() => !!live.welcome.value),
    phase,
    question,
    position: computed(() => state.value?.position),
    result: computed(() => state.value?.result),
    /** The open question's countdown (from the server's deadline and clock). */
    timer: computed(() => state.value?.timer),
    answer: shown,
    status,
    canSubmit,
    notice,
    serverError,
    audience,
    setDraft,
    submit,
    join,
    start,
  }
}

export type StudentSession = ReturnType<typeof useStudentSession>

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  }
  catch {
    return undefined
  }
}
