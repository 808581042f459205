import type WebSocket from 'ws'
// The load test's mixed mode (`npm run loadtest -- --mixed`): beside their answers, every tenth student sends a question
// to the lecturer, every student upvotes up to two others' questions and every fifth taps "too fast / lost me", at
// random moments while the questions run. Reports the questions acknowledged and stored (none lost), the upvotes
// stored (one per student and question) and the question acknowledgement latency.
import type { ServerMessage, StudentQuestions } from '../logic/live/protocol.ts'
import type { SessionSnapshot } from '../node/live/store.ts'

export const audienceStats = {
  asked: 0,
  askAcked: 0,
  paces: 0,
  paceAcked: 0,
  /** `student/question` of every upvote sent (a student upvotes a question once). */
  votes: new Set<string>(),
  askLatencies: [] as number[],
}

/** Starts one student's questions, upvotes and pace signal at the first open question, spread over `durationMs`. */
export function audienceTraffic(socket: WebSocket, i: number, durationMs: number): void {
  let list: StudentQuestions | undefined
  let started = false
  let askedAt = 0
  const later = (run: () => void) => setTimeout(() => socket.readyState === socket.OPEN && run(), Math.random() * durationMs)

  function upvote() {
    const mine = new Set(list?.mine)
    const voted = new Set(list?.voted)
    const open = list?.questions.filter(q => !mine.has(q.id) && !voted.has(q.id) && !audienceStats.votes.has(`${i}/${q.id}`)) ?? []
    const pick = open[Math.floor(Math.random() * open.length)]
    if (!pick)
      return
    audienceStats.votes.add(`${i}/${pick.id}`)
    socket.send(JSON.stringify({ type: 'vote', questionId: pick.id, up: true }))
  }

  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as ServerMessage
    if (message.type === 'questions') {
      list = message
    }
    else if (message.type === 'asked') {
      audienceStats.askAcked++
      audienceStats.askLatencies.push(performance.now() - askedAt)
    }
    else if (message.type === 'pace-ack') {
      audienceStats.paceAcked++
    }
    else if (message.type === 'state' && message.phase === 'open' && !started) {
      started = true
      if (i % 10 === 0) {
        later(() => {
          askedAt = performance.now()
          audienceStats.asked++
          socket.send(JSON.stringify({ type: 'ask', text: `Load-test question ${i}: what did the documents say about retention?`, showName: i % 20 === 0 }))
        })
      }
      later(upvote)
      later(upvote)
      if (i % 5 === 0) {
        later(() => {
          audienceStats.paces++
          socket.send(JSON.stringify({ type: 'pace' }))
        })
      }
    }
  })
}

/** The mixed mode's lines of the report, and whether anything was lost. */
export function audienceSummary(snapshot: SessionSnapshot | undefined, percentile: (sorted: number[], p: number) => number): { text: string, lost: boolean } {
  const stored = snapshot?.audienceQuestions?.length ?? 0
  const votes = new Set((snapshot?.votes ?? []).map(v => `${v.participantId}/${v.questionId}`)).size
  const sorted = [...audienceStats.askLatencies].sort((a, b) => a - b)
  const ms = (value: number) => `${value.toFixed(1)} ms`
  const lost = audienceStats.askAcked !== audienceStats.asked || stored !== audienceStats.askAcked || votes !== audienceStats.votes.size || audienceStats.paceAcked !== audienceStats.paces
  return {
    lost,
    text: `questions to the lecturer sent ${audienceStats.asked}, acked ${audienceStats.askAcked}, stored ${stored}; ack latency p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1) ?? Number.NaN)}
upvotes sent ${audienceStats.votes.size}, stored ${votes}; pace signals sent ${audienceStats.paces}, acked ${audienceStats.paceAcked}`,
  }
}
