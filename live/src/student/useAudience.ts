// The student page's Q&A and pace signal: the visible questions (as the server sends them), which are this
// student's and which they upvoted, their held ones, sending a question, toggling an upvote and the one-tap
// "too fast / lost me" signal with its 30 s pause. The components only display it.
import type { ClientMessage, ServerMessage, StudentQuestions } from '../../../logic/live/protocol.ts'
import { computed, ref, shallowRef } from 'vue'

const NOT_CONNECTED = 'Not connected: wait for the connection to come back, then try again.'

export function useAudience(send: (message: ClientMessage) => boolean) {
  const view = shallowRef<StudentQuestions>()
  /** A question is on its way (the box keeps its text until the server has it). */
  const asking = ref(false)
  /** Why the last question or upvote was refused. */
  const askProblem = ref<string>()
  /** What became of the last question sent. */
  const askDone = ref<string>()
  /** Bumped when a question arrived, so the form can clear its box. */
  const askedCount = ref(0)
  const paceWaiting = ref(false)
  const paceNote = ref<string>()
  let paceTimer: ReturnType<typeof setTimeout> | undefined

  function receive(message: ServerMessage) {
    if (message.type === 'questions') {
      view.value = message
    }
    else if (message.type === 'welcome' && asking.value) {
      // A new connection: a question sent on the old one either arrived (it is in the list) or did not.
      asking.value = false
      askProblem.value = 'The connection dropped while your question was being sent. If it is not in the list below, send it again.'
    }
    else if (message.type === 'asked') {
      asking.value = false
      askProblem.value = undefined
      askedCount.value++
      askDone.value = message.held
        ? 'Sent. The lecturer reads it before anyone else sees it.'
        : 'Sent. Everyone can see and upvote it now.'
    }
    else if (message.type === 'error' && (message.code === 'question-refused' || (asking.value && message.code === 'storage-failed'))) {
      asking.value = false
      askDone.value = undefined
      askProblem.value = message.message
    }
    else if (message.type === 'pace-ack') {
      paceWaiting.value = true
      paceNote.value = message.counted
        ? `The lecturer sees that it is going too fast for you. You can tell them again in ${message.waitSeconds} s.`
        : `You told the lecturer a moment ago. You can tell them again in ${message.waitSeconds} s.`
      clearTimeout(paceTimer)
      paceTimer = setTimeout(() => {
        paceWaiting.value = false
      }, message.waitSeconds * 1000)
    }
  }

  function ask(text: string, showName: boolean) {
    askDone.value = undefined
    if (!text.trim()) {
      askProblem.value = 'Type your question first.'
      return
    }
    if (send({ type: 'ask', text, showName })) {
      asking.value = true
      askProblem.value = undefined
    }
    else {
      askProblem.value = NOT_CONNECTED
    }
  }

  function toggleVote(questionId: string) {
    const up = !view.value?.voted.includes(questionId)
    askProblem.value = send({ type: 'vote', questionId, up }) ? undefined : NOT_CONNECTED
  }

  function signalPace() {
    paceNote.value = send({ type: 'pace' }) ? undefined : NOT_CONNECTED
  }

  return {
    questions: computed(() => view.value?.questions ?? []),
    mine: computed(() => new Set(view.value?.mine ?? [])),
    voted: computed(() => new Set(view.value?.voted ?? [])),
    waiting: computed(() => view.value?.waiting ?? []),
    asking,
    askProblem,
    askDone,
    askedCount,
    paceWaiting,
    paceNote,
    receive,
    ask,
    toggleVote,
    signalPace,
  }
}

export type Audience = ReturnType<typeof useAudience>
