import type WebSocket from 'ws'
// The load test's poll traffic (`npm run loadtest -- --polls`): the lecturer opens the word cloud `one-word` beside the
// questions (a poll channel, node/live/polls.ts) and every student sends one to three words at a random moment while
// the questions run; every fourth changes their words once more. Reports the entries acknowledged (the server's
// `student-poll` echoing them) and stored (one per student, the last sent), none lost, and the acknowledgement latency.
import type { ServerMessage } from '../logic/live/protocol.ts'
import type { SessionSnapshot } from '../node/live/store.ts'

export const LOAD_POLL_ID = 'one-word'
const WORDS = ['privacy', 'security', 'trust', 'encryption', 'honesty', 'safety', 'transparency', 'keys', 'lawful', 'freedom', 'snitch']

export const pollStats = {
  sent: 0,
  acked: 0,
  /** student → the words last sent. */
  last: new Map<number, string>(),
  latencies: [] as number[],
  errors: 0,
}

/** One student's word-cloud entries, once they see the poll open, spread over `durationMs`. */
export function pollTraffic(socket: WebSocket, i: number, durationMs: number): void {
  let runId: string | undefined
  /** The words sent and not yet echoed, with when they were sent. */
  const waiting = new Map<string, number>()
  const send = (words: string[]) => {
    if (socket.readyState !== socket.OPEN || !runId)
      return
    const text = JSON.stringify(words)
    waiting.set(text, performance.now())
    pollStats.sent++
    pollStats.last.set(i, text)
    socket.send(JSON.stringify({ type: 'poll-answer', runId, answer: words }))
  }
  const pick = (n: number) => Array.from({ length: 1 + (n % 3) }, (_, k) => WORDS[(n + k * 3) % WORDS.length]!)
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as ServerMessage
    if (message.type === 'student-poll' && message.runId && !runId) {
      runId = message.runId
      setTimeout(() => send(pick(i)), Math.random() * durationMs / 2)
      if (i % 4 === 0)
        setTimeout(() => send(pick(i + 1)), durationMs / 2 + Math.random() * durationMs / 2)
    }
    else if (message.type === 'student-poll' && message.answer !== undefined && waiting.has(JSON.stringify(message.answer))) {
      const text = JSON.stringify(message.answer)
      pollStats.acked++
      pollStats.latencies.push(performance.now() - waiting.get(text)!)
      waiting.delete(text)
    }
    else if (message.type === 'error' && message.code === 'poll-refused') {
      pollStats.errors++
    }
  })
}

/** The poll lines of the report, and whether anything was lost (an entry acknowledged but not stored as last sent). */
export function pollSummary(snapshot: SessionSnapshot | undefined, percentile: (sorted: number[], p: number) => number): { text: string, lost: boolean } {
  const stored = snapshot?.pollAnswers ?? []
  const byStudent = new Map(stored.map(a => [a.participantId, JSON.stringify(a.answer)]))
  const storedWords = [...byStudent.values()].sort()
  const sentWords = [...pollStats.last.values()].sort()
  const same = storedWords.length === sentWords.length && storedWords.every((w, k) => w === sentWords[k])
  const sorted = [...pollStats.latencies].sort((a, b) => a - b)
  const ms = (value: number) => `${value.toFixed(1)} ms`
  const lost = pollStats.acked !== pollStats.sent || !same || pollStats.errors > 0
  return {
    lost,
    text: `word-cloud entries sent ${pollStats.sent}, acked ${pollStats.acked}, stored ${stored.length} (one per student, ${same ? 'each the last sent' : 'NOT each the last sent'}); ack latency p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1) ?? Number.NaN)}; refused ${pollStats.errors}`,
  }
}
