// The student page's poll: the open poll run and this student's stored answer (from the server's `student-poll`,
// which also acknowledges an answer), why an answer was refused, and sending one. Polls are unmarked.
import type { ServerMessage, StudentPoll } from '../../../logic/live/protocol.ts'
import type { StudentSession } from './useStudentSession.ts'
import { ref, shallowRef } from 'vue'

export function useStudentPoll(session: Pick<StudentSession, 'send' | 'onMessage'>) {
  const poll = shallowRef<StudentPoll>()
  const problem = ref<string>()

  session.onMessage((message: ServerMessage) => {
    if (message.type === 'student-poll') {
      if (message.runId !== poll.value?.runId || message.answer !== undefined)
        problem.value = undefined
      poll.value = message
    }
    else if (message.type === 'error' && message.code === 'poll-refused') {
      problem.value = message.message
    }
  })

  function submit(answer: unknown) {
    const runId = poll.value?.runId
    if (!runId)
      return
    problem.value = session.send({ type: 'poll-answer', runId, answer }) ? undefined : 'Not connected: your answer was not sent. Send it again once the connection is back.'
  }

  return { poll, problem, submit }
}
