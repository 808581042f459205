// The student page's state: joining with a name, the open question, the answer being drafted,
// its way to the server (queued while offline, re-sent with the same submissionId after a
// reconnect, confirmed by the ack) and the result after reveal. The components only display it.
import type { AskId, ServerMessage, StudentState } from '../../../logic/live/protocol.ts'
import type { Outbox } from '../outbox.ts'
import type { DeviceStorage } from './device-storage.ts'
import type { JoinDetails } from './JoinForm.vue'
import { computed, ref, shallowRef, watch } from 'vue'
import { joinCodeFromFragment } from '../../../logic/live/join-code.ts'
import { acknowledge, dropStale, enqueue, parseOutbox, pendingFor, sendable } from '../outbox.ts'
import { useLiveSocket } from '../useLiveSocket.ts'
import { answerStatus, isEmptyAnswer, sameAnswer } from './answer-state.ts'
import { deviceStorage, forgetOtherSessions, randomId, storageKeys } from './device-storage.ts'
import { fetchAskId } from './join.ts'
import { useAudience } from './useAudience.ts'

/** The server's refusals that the join form answers: the field to show with the message. */
const JOIN_REFUSALS = { 'name-required': 'name', 'name-refused': 'name', 'code-required': 'code', 'code-refused': 'code', 'id-required': 'identifier', 'id-refused': 'identifier' } as const
type JoinRefusal = keyof typeof JOIN_REFUSALS

function isJoinRefusal(code: string): code is JoinRefusal {
  return code in JOIN_REFUSALS
}

/** `hash`: the page address's fragment, where the QR code's link carries the join code (`#code=…`). */
export function useStudentSession(storage: DeviceStorage = deviceStorage(), hash: string = globalThis.location?.hash ?? '') {
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
  /** The join code: from the QR code's link, else as typed. Only a new participant needs it. */
  const code = ref(joinCodeFromFragment(hash) ?? '')
  const codeProblem = ref<string>()
  /** The email address or ID number the session asks for (`--ask-id`): typed, sent once, never kept on the phone. */
  const askId = ref<AskId>()
  const identifier = ref('')
  const identifierProblem = ref<string>()
  const sentOnThisConnection = new Set<string>()
  /** Other parts of the page (the poll) that read the server's messages too. */
  const listeners: Array<(message: ServerMessage) => void> = []

  const live = useLiveSocket({
    stateType: 'state',
    hello: () => ({
      type: 'hello',
      role: 'student',
      clientId: clientId.value ?? '',
      ...(name.value ? { name: name.value } : {}),
      ...(code.value ? { code: code.value } : {}),
      ...(identifier.value ? { identifier: identifier.value } : {}),
    }),
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
  // Round 2 of the same question starts with nothing received: the ack of round 1 says nothing about it.
  watch(() => state.value?.round, (round, before) => {
    if (round !== before)
      confirmed.value = undefined
  })
  const received = computed<{ answer: unknown } | undefined>(() => {
    const c = confirmed.value
    if (c && c.sessionId === sessionId.value && c.questionId === question.value?.id)
      return { answer: c.answer }
    return state.value?.received ? { answer: state.value.answer } : undefined
  })
  /** Once the question is closed, what counts is what the server has, not an unsent edit. */
  const shown = computed(() => phase.value === 'open' ? draft.value : received.value?.answer ?? state.value?.firstAnswer)
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
    listeners.forEach(listener => listener(message))
    if (message.type === 'welcome' && message.participant) {
      identifier.value = ''
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
    else if (message.type === 'error' && isJoinRefusal(message.code)) {
      // The server does not know this phone (a new session), or cannot use the name, code or identifier: ask again.
      live.stop()
      needsName.value = true
      const field = JOIN_REFUSALS[message.code]
      joinProblem.value = message.code === 'name-refused' ? message.message : undefined
      // A missing code is asked for without a complaint (the phone joined an earlier session and has none).
      codeProblem.value = message.code === 'code-refused' ? message.message : undefined
      identifierProblem.value = field === 'identifier' ? message.message : undefined
      if (field === 'identifier' || !askId.value)
        void fetchAskId().then(kind => askId.value = kind ?? askId.value)
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

  function join(details: JoinDetails) {
    if (!clientId.value) {
      clientId.value = randomId()
      storage.set(storageKeys.clientId, clientId.value)
    }
    code.value = details.code
    identifier.value = details.identifier ?? ''
    name.value = details.name.trim()
    storage.set(storageKeys.name, name.value)
    needsName.value = false
    live.connect()
  }

  /** Joined before on this phone: resume straight away. */
  function start() {
    if (!needsName.value)
      live.connect()
    else
      void fetchAskId().then(kind => askId.value = kind)
  }

  const serverError = computed(() => {
    const error = live.error.value
    // A refused question is said beside the question form (useAudience), a refused poll answer beside the poll, a refused join beside the join form.
    return error && !isJoinRefusal(error.code) && error.code !== 'question-refused' && error.code !== 'poll-refused' ? error.message : undefined
  })

  return {
    connection: live.status,
    name,
    needsName,
    joinProblem,
    code,
    codeProblem,
    askId,
    identifier,
    identifierProblem,
    joined: computed(() => !!live.welcome.value),
    phase,
    question,
    position: computed(() => state.value?.position),
    result: computed(() => state.value?.result),
    /** Peer instruction: round 2, the step, the first answer kept, which round is marked. */
    round: computed(() => state.value?.round),
    step: computed(() => state.value?.step),
    firstAnswer: computed(() => state.value?.firstAnswer),
    markedRound: computed(() => state.value?.markedRound),
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
    send: live.send,
    onMessage: (listener: (message: ServerMessage) => void) => listeners.push(listener),
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
