// Issues #16 (items 1–2) and #14 (live), over real WebSockets on 127.0.0.1:4150–4153: blind voting (no per-option count
// reaches students or the projector before "show votes"), no option feedback or evidence before reveal (every message
// they receive parsed), two rounds stored apart (round 1 cannot change in round 2), both rounds in the gradebook, the
// commonest mistake at reveal and the lecturer's choice of another, and a restart resuming in the right round and step.
import type { ServerMessage } from '../../logic/live/protocol.ts'
import type { LiveServer, LiveServerOptions } from '../../node/live/server.ts'
import type { TestClient } from './helpers.ts'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { questionKey } from '../../logic/live/protocol.ts'
import { allChoiceFeedback } from '../../logic/marking/choice-feedback.ts'
import { TestClient as Client, content, joinLecturer, joinStudent, startServer, tempSite } from './helpers.ts'

const quiz = content.quizzes.find(q => q.id === 'blackberry-pakistan')!
const question = quiz.questions.find(q => q.kind === 'single' && allChoiceFeedback(q).some(f => !f.right && f.evidence.length > 0))
if (question?.kind !== 'single')
  throw new Error('the fixture quiz needs a single-choice question with feedback and evidence on a wrong option')
const right = question.answer
const [wrongA, wrongB] = question.options.filter(o => o.id !== right).map(o => o.id) as [string, string]
const key = questionKey(quiz.id, question.id)

/** Every option's feedback and every quote of its evidence, of every question of every quiz. */
const secrets = content.quizzes.flatMap(q => q.questions.flatMap(allChoiceFeedback)).flatMap(f => [f.feedback, ...f.evidence.map(e => e.quote)])

const cleanup: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse())
    await step()
})

async function serve(port: number, extra: Partial<LiveServerOptions> = {}, site = tempSite()) {
  const server = await startServer(port, site, extra)
  cleanup.push(() => server.close())
  const lecturer = await joinLecturer(server.url, server.token)
  cleanup.push(() => lecturer.socket.terminate())
  return { server, site, lecturer }
}

async function projectorOf(server: LiveServer): Promise<TestClient> {
  const projector = await Client.connect(server.url)
  cleanup.push(() => projector.socket.terminate())
  projector.send({ type: 'hello', role: 'projector' })
  await projector.next('projector-state')
  return projector
}

async function student(server: LiveServer, name: string) {
  const joined = await joinStudent(server.url, name)
  cleanup.push(() => joined.client.socket.terminate())
  return joined
}

/** Sends a control and waits for the lecturer's view that follows it. */
async function control(lecturer: TestClient, message: Record<string, unknown>, test: (s: Extract<ServerMessage, { type: 'lecturer-state' }>) => boolean) {
  lecturer.send({ type: 'control', ...message })
  return lecturer.next('lecturer-state', test)
}

async function answer(client: TestClient, value: string, id: string) {
  const submissionId = `${id}-submission`
  client.send({ type: 'answer', questionId: question!.id, answer: value, submissionId })
  await client.next('ack', a => a.submissionId === submissionId)
}

/** Every message received so far, parsed: none may name a per-option count, and none any option's feedback or evidence. */
function expectBlind(client: TestClient, what: string) {
  for (const [index, message] of client.messages.entries()) {
    const text = client.raw[index]!
    if (message.type === 'projector-state') {
      expect(message.histogram.buckets, `${what}: histogram in ${text}`).toEqual([])
      expect(message.shift, `${what}: shift`).toBeUndefined()
    }
    // `position` counts questions and the histogram is checked above: nothing else may count or explain an option.
    expect(JSON.stringify({ ...message, position: undefined, histogram: undefined }), what).not.toMatch(/"(?:count|buckets|shift|mistake|feedback|evidence|toRight|wrongChoices)"/)
    for (const secret of secrets)
      expect(text.includes(secret), `${what} holds option feedback or evidence: ${secret}`).toBe(false)
  }
}

function expectNoFeedback(client: TestClient, what: string) {
  for (const text of client.raw) {
    for (const secret of secrets)
      expect(text.includes(secret), `${what} holds option feedback or evidence: ${secret}`).toBe(false)
  }
}

describe('blind voting, peer instruction and the commonest mistake (issues #16, #14)', () => {
  it('sends no per-option count before "show votes" and no feedback before reveal, in both rounds; reveals the commonest mistake', async () => {
    const { server, lecturer } = await serve(4150)
    const projector = await projectorOf(server)
    const [ann, ben, cat] = await Promise.all(['Ann', 'Ben', 'Cat'].map(name => student(server, name))) as [Awaited<ReturnType<typeof student>>, Awaited<ReturnType<typeof student>>, Awaited<ReturnType<typeof student>>]

    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: question.id }, s => s.phase === 'open')
    await answer(ann.client, wrongA, 'ann-r1')
    await answer(ben.client, wrongA, 'ben-r1')
    await answer(cat.client, right, 'cat-r1')
    // The lecturer sees the distribution while the room votes blind.
    const live = await lecturer.next('lecturer-state', s => s.answeredCount === 3)
    expect(live.histogram.buckets.find(b => b.id === wrongA)?.count).toBe(2)
    await projector.next('projector-state', s => s.answeredCount === 3)

    // Round 1 → discuss → round 2, still blind.
    await control(lecturer, { action: 'discuss' }, s => s.step === 'discuss')
    const discussing = await ann.client.next('state', s => s.step === 'discuss')
    expect(discussing).toMatchObject({ round: 2, firstAnswer: wrongA, markedRound: 2, received: false })
    await control(lecturer, { action: 'vote-again' }, s => s.phase === 'open' && s.round === 2)
    await answer(ann.client, right, 'ann-r2')
    await projector.next('projector-state', s => s.round === 2 && s.answeredCount === 1)
    for (const [client, name] of [[projector, 'projector'], [ann.client, 'Ann'], [ben.client, 'Ben'], [cat.client, 'Cat']] as const)
      expectBlind(client, name)

    // Show votes: the distribution (round 1 against round 2), no key, no feedback.
    await control(lecturer, { action: 'show-votes' }, s => s.step === 'votes')
    const shown = await projector.next('projector-state', s => s.step === 'votes')
    expect(shown.histogram.buckets.find(b => b.id === right)).toEqual({ id: right, label: expect.any(String), count: 2 })
    expect(shown.shift).toMatchObject({ answeredFirst: 3, answeredAgain: 1, changed: 1 })
    expect(shown.shift!.toRight).toBeUndefined()
    expect(shown.result).toBeUndefined()
    for (const [client, name] of [[projector, 'projector'], [ann.client, 'Ann'], [ben.client, 'Ben'], [cat.client, 'Cat']] as const)
      expectNoFeedback(client, name)

    // Reveal: the key, the movements, the commonest mistake (Ben's, carried over) with its feedback and evidence.
    const revealedView = await control(lecturer, { action: 'reveal' }, s => s.phase === 'revealed')
    const revealed = await projector.next('projector-state', s => s.phase === 'revealed')
    expect(revealed.shift).toMatchObject({ toRight: 1, away: 0 })
    const feedbackA = allChoiceFeedback(question).find(f => f.id === wrongA)
    expect(revealed.mistake).toMatchObject({ id: wrongA, count: 1, feedback: feedbackA?.feedback })
    expect(revealedView.shownMistake).toBe(wrongA)
    expect(revealedView.wrongChoices!.map(w => w.id).sort()).toEqual(question.options.filter(o => o.id !== right).map(o => o.id).sort())
    expect((await ann.client.next('state', s => s.phase === 'revealed')).result!.mark.verdict).toBe('correct')
    // Ben did not answer again: his first answer counts, and the students get no feedback of the room's.
    const benResult = await ben.client.next('state', s => s.phase === 'revealed')
    expect(benResult.result!.mark.verdict).toBe('wrong')
    expect(JSON.stringify({ ...benResult, position: undefined })).not.toMatch(/"(?:mistake|shift|count)"/)

    // The lecturer steps to another wrong option and puts it on the projector; then none.
    lecturer.send({ type: 'control', action: 'show-mistake', optionId: wrongB })
    expect((await projector.next('projector-state', s => s.mistake?.id === wrongB)).mistake!.count).toBe(0)
    lecturer.send({ type: 'control', action: 'show-mistake', optionId: right })
    expect(await lecturer.next('error')).toMatchObject({ code: 'bad-message' })
    lecturer.send({ type: 'control', action: 'show-mistake', optionId: null })
    expect((await projector.next('projector-state', s => s.phase === 'revealed')).mistake).toBeUndefined()
  })

  it('hides the commonest mistake when fewer than --mistake-share chose it, and refuses show-mistake before reveal', async () => {
    const { server, lecturer } = await serve(4151, { rounds: { mistakeShare: 0.9 } })
    const projector = await projectorOf(server)
    const ann = await student(server, 'Ann')
    const ben = await student(server, 'Ben')
    await control(lecturer, { action: 'open', quizId: quiz.id, questionId: question.id }, s => s.phase === 'open')
    lecturer.send({ type: 'control', action: 'show-mistake', optionId: wrongA })
    expect(await lecturer.next('error')).toMatchObject({ code: 'not-open' })
    await answer(ann.client, wrongA, 'a1')
    await answer(ben.client, right, 'b1')
    await control(lecturer, { action: 'reveal' }, s => s.phase === 'revealed')
    const revealed = await projector.next('projector-state', s => s.phase === 'revealed')
    expect(revealed.histogram.buckets.find(b => b.id === wrongA)?.count).toBe(1)
    expect(revealed.mistake).toBeUndefined()
  })

  it('keeps each round\'s answer in its own record, marks the chosen round, puts both in the gradebook and resumes in the right round and step', async () => {
    const site = tempSite()
    cleanup.push(() => site.remove())
    const first = await serve(4152, { rounds: { markedRound: 1 } }, site)
    const ann = await student(first.server, 'Ann')
    const ben = await student(first.server, 'Ben')
    await control(first.lecturer, { action: 'open', quizId: quiz.id, questionId: question.id }, s => s.phase === 'open')
    await answer(ann.client, wrongA, 'ann-r1')
    await answer(ben.client, right, 'ben-r1')
    await control(first.lecturer, { action: 'discuss' }, s => s.step === 'discuss')
    // Nothing is taken while the room discusses.
    ann.client.send({ type: 'answer', questionId: question.id, answer: right, submissionId: 'ann-early-submission' })
    expect(await ann.client.next('error')).toMatchObject({ code: 'not-open' })
    await control(first.lecturer, { action: 'vote-again' }, s => s.phase === 'open')
    await answer(ann.client, right, 'ann-r2')
    await answer(ann.client, wrongB, 'ann-r2b')
    await answer(ann.client, right, 'ann-r2c')
    // A round-1 submission sent again in round 2 (a reconnect) is acknowledged and changes nothing.
    await answer(ann.client, wrongA, 'ann-r1')
    await control(first.lecturer, { action: 'show-votes' }, s => s.step === 'votes')

    const db = new DatabaseSync(site.dbPath, { readOnly: true })
    const row = (table: string, name: string) => db.prepare(`SELECT a.answer FROM ${table} a JOIN participants p ON p.id = a.participant_id WHERE p.name = ?`).get(name) as { answer: string } | undefined
    expect(row('answers', 'Ann')?.answer).toBe(JSON.stringify(wrongA))
    expect(row('second_round_answers', 'Ann')?.answer).toBe(JSON.stringify(right))
    expect(row('second_round_answers', 'Ben')).toBeUndefined()
    db.close()

    // Restart on the same session, without --marked-round: it resumes with votes shown in round 2, still marking round 1.
    await first.server.close()
    const again = await serve(4153, { sessionId: first.server.sessionId }, site)
    // joinLecturer has taken the first view: the one the resumed room sent on hello.
    const resumed = again.lecturer.messages.findLast(m => m.type === 'lecturer-state')
    expect(resumed).toMatchObject({ phase: 'closed', round: 2, step: 'votes', markedRound: 1 })
    const annAgain = await joinStudent(again.server.url, 'Ann', ann.clientId)
    cleanup.push(() => annAgain.client.socket.terminate())
    expect(annAgain.state).toMatchObject({ round: 2, step: 'votes', firstAnswer: wrongA, answer: right, received: true })
    await control(again.lecturer, { action: 'reveal' }, s => s.phase === 'revealed')

    const results = await (await fetch(`${again.server.url}/live/api/results`, { headers: { authorization: `Bearer ${again.server.token}` } })).json() as { markedRound: number, participants: Array<{ name: string, scores: Record<string, number>, rounds?: Record<string, [number | null, number | null]> }> }
    expect(results.markedRound).toBe(1)
    const points = question.points
    expect(results.participants.map(p => [p.name, p.scores[key], p.rounds?.[key]])).toEqual([['Ann', 0, [0, points]], ['Ben', points, [points, null]]])
    const csv = await (await fetch(`${again.server.url}/live/api/gradebook.csv`, { headers: { authorization: `Bearer ${again.server.token}` } })).text()
    const lines = csv.replace('\uFEFF', '').split('\r\n')
    expect(lines[0]).toBe(`participant,id,${question.id},${question.id} round 1,${question.id} round 2,total`)
    expect(lines[1]).toMatch(new RegExp(`^Ann,\\w+,0,0,${points},0$`))
    expect(lines[2]).toMatch(new RegExp(`^Ben,\\w+,${points},${points},,${points}$`))
  })
})
