// The control page's share of the audience's voice: the questions to the lecturer (held ones first) and the pace gauge, as the server sends them.
import type { LecturerPace, LecturerQuestion, ServerMessage } from '../../../logic/live/protocol.ts'
import { shallowRef } from 'vue'

export function useAudienceControl() {
  const questions = shallowRef<LecturerQuestion[]>([])
  const pace = shallowRef<LecturerPace>()

  function receive(message: ServerMessage) {
    if (message.type === 'lecturer-questions')
      questions.value = message.questions
    else if (message.type === 'lecturer-pace')
      pace.value = message
  }

  return { questions, pace, receive }
}
