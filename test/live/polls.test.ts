// Live polls over real WebSockets (ports 4200–4206, 4210): answers stored and resumed after a restart, results kept from the
// projector until "show results", held and hidden word-cloud and open-text entries never on the projector, before/after
// movement from known answers, and polls absent from the results and the gradebook CSV (but in their own CSV).
import type { Poll } from '../../logic/content/polls.ts'
import type { LiveServer, LiveServerOptions } from '../../node/live/server.ts'
import type { Cleanup, TestClient } from './helpers.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { buildFilter, parseWordList } from '../../logic/live/moderation.ts'
import { livePollRoomPath } from '../../logic/live/paths.ts'
import { content, joinStudent, projectorAwaiting, serveWithLecturer, studentAwaiting, tempSite } from './helpers.ts'

const cloud: Poll = { id: 'test-cloud', kind: 'words', prompt: 'One to three words', maxWords: 3, maxLength: 30 }
const said: Poll = { id: 'test-text', kind: 'text', prompt: 'One sentence', maxLength: 200 }
const withPolls = { ...content, polls: [...content.polls, cloud, said] }
/** The deck's opening scale, as the content has it today (its prompt and labels are read, not copied). */
const stand = content.polls.find(p => p.id === 'where-you-stand')!
/** A CSV cell as RFC 4180 writes it: quoted when it holds a comma, quote or line break. */
const csvCell = (text: string) => /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
const listed = parseWordList('snitch\n', 'words.txt')
const wordFilter = buildFilter(listed.ok ? listed : undefined)

const cleanup: Cleanup = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse())
    await step()
})

async function serve(port: number, site = tempSite(), extra: Partial<LiveServerOptions> = {}) {
  const served = await serveWithLecturer(port, cleanup, site, { content: withPolls, wordFilter, ...extra })
  await served.lecturer.next('lecturer-poll')
  return served
}

const student = (server: LiveServer, name: string, clientId?: string) => studentAwaiting(server, cleanup, 'student-poll', name, clientId)
const projector = (server: LiveServer) => projectorAwaiting(server, cleanup, 'projector-poll')

/** Opens a poll and waits until students see it; returns the run id. */
async function open(lecturer: TestClient, pollId: string, students: TestClient[], label?: 'before' | 'after') {
  lecturer.send({ type: 'poll', action: 'open', pollId, ...(label ? { label } : {}) })
  const view = await lecturer.next('lecturer-poll', m => m.current?.poll.id === pollId && m.current.status === 'open' && m.current.label === label)
  for (const s of students)
    await s.next('student-poll', m => m.runId === view.current!.runId)
  return view.current!.runId
}

/** Sends an answer and waits until it is stored (the student's poll view echoes it). */
async function answer(client: TestClient, runId: string, value: unknown) {
  client.send({ type: 'poll-answer', runId, answer: value })
  return client.next('student-poll', m => m.runId === runId && m.answer !== undefined)
}

async function control(lecturer: TestClient, action: 'close' | 'show' | 'hide', status: string) {
  lecturer.send({ type: 'poll', action })
  return lecturer.next('lecturer-poll', m => m.current?.status === status)
}

describe('live polls', () => {
  it('stores answers (one per student, changeable while open) and resumes them, open, after a restart', async () => {
    const site = tempSite()
    const first = await serve(4200, site)
    const ann = await student(first.server, 'Ann')
    const bob = await student(first.server, 'Bob')
    const runId = await open(first.lecturer, 'where-you-stand', [ann.client, bob.client])
    await answer(ann.client, runId, 2)
    await answer(ann.client, runId, 3)
    await answer(bob.client, runId, 6)
    ann.client.send({ type: 'poll-answer', runId, answer: 9 })
    expect(await ann.client.next('error')).toEqual({ type: 'error', code: 'poll-refused', message: 'Pick a point from 1 to 7.' })
    const stored = await first.lecturer.next('lecturer-poll', m => m.current?.answered === 2)
    expect(stored.current!.tally).toMatchObject({ kind: 'scale', counts: [0, 0, 1, 0, 0, 1, 0], n: 2 })
    await first.close()

    const second = await serve(4201, site, { sessionId: first.server.sessionId })
    const resumed = second.lecturer.messages.findLast(m => m.type === 'lecturer-poll')
    expect(resumed).toMatchObject({ current: { runId, status: 'open', answered: 2, tally: { counts: [0, 0, 1, 0, 0, 1, 0] } } })
    const again = await joinStudent(second.server.url, 'Ann', ann.clientId)
    cleanup.push(() => again.client.socket.terminate())
    expect(await again.client.next('student-poll')).toMatchObject({ runId, poll: { id: 'where-you-stand' }, answer: 3 })
    await answer(again.client, runId, 4)
    await control(second.lecturer, 'close', 'closed')
    again.client.send({ type: 'poll-answer', runId, answer: 5 })
    expect((await again.client.next('error')).message).toBe('This poll is not open for answers.')
  })

  it('sends the projector no results until "show results", and none again once hidden', async () => {
    const { server, lecturer } = await serve(4202)
    const screen = await projector(server)
    const ann = await student(server, 'Ann')
    const runId = await open(lecturer, 'cases-heard-of', [ann.client])
    await answer(ann.client, runId, ['whatsapp', 'facebook'])
    expect(await screen.next('projector-poll', m => m.answered === 1)).toEqual({ type: 'projector-poll', poll: expect.objectContaining({ id: 'cases-heard-of' }), status: 'open', answered: 1 })
    lecturer.send({ type: 'poll', action: 'show' })
    expect((await lecturer.next('error')).message).toContain('Close the poll before showing its results')
    await control(lecturer, 'close', 'closed')
    await screen.next('projector-poll', m => m.poll === undefined)
    // Nothing sent so far held a count of an option.
    expect(screen.raw.some(text => text.includes('"options":[{"id":"blackberry","text":"BlackBerry in Pakistan","count"'))).toBe(false)
    expect(screen.messages.filter(m => m.type === 'projector-poll').every(m => !('tally' in m))).toBe(true)
    await control(lecturer, 'show', 'shown')
    const shown = await screen.next('projector-poll', m => m.status === 'shown')
    expect(shown.tally).toMatchObject({ kind: 'choice', n: 1, options: expect.arrayContaining([{ id: 'whatsapp', text: 'WhatsApp and the UK', count: 1, share: 1 }]) })
    await control(lecturer, 'hide', 'closed')
    expect(await screen.next('projector-poll')).toEqual({ type: 'projector-poll', answered: 0 })
    // A student's page leaves the poll once it closes: back to the question.
    expect(ann.client.messages.findLast(m => m.type === 'student-poll')).toEqual({ type: 'student-poll' })
  })

  it('never sends the projector a held or hidden word-cloud word or open-text entry', async () => {
    const { server, lecturer } = await serve(4203)
    const screen = await projector(server)
    const [ann, bob, cat] = await Promise.all(['Ann', 'Bob', 'Cat'].map(name => student(server, name)))
    const words = await open(lecturer, 'test-cloud', [ann!.client, bob!.client, cat!.client])
    await answer(ann!.client, words, ['Privacy', 'snitch'])
    await answer(bob!.client, words, ['privacy', 'Mallory'])
    await answer(cat!.client, words, ['trust'])
    const seen = await lecturer.next('lecturer-poll', m => m.current?.answered === 3)
    expect(seen.current!.entries.map(e => [e.text, e.status])).toEqual([['privacy', 'visible'], ['mallory', 'visible'], ['snitch', 'held'], ['trust', 'visible']])
    lecturer.send({ type: 'poll', action: 'hide-entry', runId: words, key: 'mallory' })
    await lecturer.next('lecturer-poll', m => m.current?.entries.some(e => e.key === 'mallory' && e.status === 'hidden') ?? false)
    await control(lecturer, 'close', 'closed')
    await control(lecturer, 'show', 'shown')
    const cloudShown = await screen.next('projector-poll', m => m.status === 'shown')
    expect(cloudShown.tally).toMatchObject({ kind: 'words', n: 3, words: [{ word: 'privacy', count: 2 }, { word: 'trust', count: 1 }] })

    const text = await open(lecturer, 'test-text', [ann!.client, bob!.client, cat!.client])
    await answer(ann!.client, text, 'Encryption protects everyone')
    await answer(bob!.client, text, 'Only a snitch would say that')
    await answer(cat!.client, text, '<img src=x onerror=alert(1)> Mallory was here')
    const entries = (await lecturer.next('lecturer-poll', m => m.current?.answered === 3)).current!.entries
    lecturer.send({ type: 'poll', action: 'hide-entry', runId: text, key: entries.find(e => e.text.includes('Mallory'))!.key })
    await lecturer.next('lecturer-poll', m => m.current?.entries.some(e => e.status === 'hidden') ?? false)
    await control(lecturer, 'close', 'closed')
    await control(lecturer, 'show', 'shown')
    const textShown = await screen.next('projector-poll', m => m.status === 'shown' && m.poll?.id === 'test-text')
    expect(textShown.tally).toMatchObject({ kind: 'text', n: 3, entries: ['Encryption protects everyone'] })
    for (const word of ['snitch', 'mallory', 'Mallory', 'onerror'])
      expect(screen.raw.some(raw => raw.includes(word)), word).toBe(false)
    // Released by the lecturer, a held entry reaches the projector.
    lecturer.send({ type: 'poll', action: 'release-entry', runId: text, key: entries.find(e => e.text.includes('snitch'))!.key })
    expect((await screen.next('projector-poll', m => m.tally?.kind === 'text' && m.tally.entries.length === 2)).tally).toMatchObject({ entries: ['Encryption protects everyone', 'Only a snitch would say that'] })
  })

  it('shows before and after side by side with who moved which way, counting those who answered both', async () => {
    const { server, lecturer } = await serve(4204)
    const screen = await projector(server)
    const people = await Promise.all(['Ann', 'Bob', 'Cat', 'Dan', 'Eve'].map(name => student(server, name)))
    const clients = people.map(p => p.client)
    lecturer.send({ type: 'poll', action: 'open', pollId: 'where-you-stand', label: 'after' })
    expect((await lecturer.next('error')).message).toBe('Run "where-you-stand" as "before" first: "after" is compared with it.')
    const before = await open(lecturer, 'where-you-stand', clients, 'before')
    for (const [i, point] of [2, 5, 4, 1].entries())
      await answer(clients[i]!, before, point)
    await control(lecturer, 'close', 'closed')
    const after = await open(lecturer, 'where-you-stand', clients, 'after')
    expect(after).not.toBe(before)
    for (const [i, point] of [[0, 4], [1, 3], [2, 4], [4, 7]] as const)
      await answer(clients[i]!, after, point)
    await control(lecturer, 'close', 'closed')
    await control(lecturer, 'show', 'shown')
    const shown = await screen.next('projector-poll', m => m.status === 'shown')
    expect(shown.label).toBe('after')
    expect(shown.movement).toMatchObject({ paired: 3, towardLow: 1, towardHigh: 1, stayed: 1, before: { n: 4, counts: [1, 1, 0, 1, 1, 0, 0] }, after: { n: 4, counts: [0, 0, 1, 2, 0, 0, 1] } })
  })

  it('keeps polls out of the results and the gradebook, and gives them their own token-protected CSV', async () => {
    const { server, lecturer } = await serve(4205)
    const ann = await student(server, 'Ann')
    const runId = await open(lecturer, 'where-you-stand', [ann.client])
    await answer(ann.client, runId, 1)
    await control(lecturer, 'close', 'closed')
    const auth = { authorization: `Bearer ${server.token}` }
    const gradebook = await (await fetch(`${server.url}/live/api/gradebook.csv`, { headers: auth })).text()
    expect(gradebook).not.toContain('where-you-stand')
    expect(gradebook.trim().split('\r\n')).toEqual(['participant,id,total', expect.stringMatching(/^Ann,\w+,0$/)])
    const results = await (await fetch(`${server.url}/live/api/results`, { headers: auth })).json() as { questions: unknown[], maxTotal: number }
    expect(results).toMatchObject({ questions: [], maxTotal: 0 })
    expect((await fetch(`${server.url}/live/api/polls.csv`)).status).toBe(401)
    const csv = await fetch(`${server.url}/live/api/polls.csv`, { headers: auth })
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer()).split('\r\n')
    expect(lines[0]).toBe('\uFEFFrun,poll,prompt,answer,count,percent of respondents')
    expect(stand.kind).toBe('scale')
    const low = stand.kind === 'scale' ? stand.low : ''
    expect(lines).toContain(`run 1,where-you-stand,${csvCell(stand.prompt)},${csvCell(`1, ${low}`)},1,100`)
  })

  it('refuses poll controls from students and answers from the lecturer', async () => {
    const { server, lecturer } = await serve(4206)
    const ann = await student(server, 'Ann')
    ann.client.send({ type: 'poll', action: 'open', pollId: 'where-you-stand' })
    expect(await ann.client.next('error')).toEqual({ type: 'error', code: 'poll-refused', message: 'Only the lecturer may run polls.' })
    lecturer.send({ type: 'poll-answer', runId: 'abc', answer: 1 })
    expect((await lecturer.next('error')).message).toBe('Only a student in this session may answer a poll.')
    lecturer.send({ type: 'poll', action: 'open', pollId: 'no-such-poll' })
    expect((await lecturer.next('error')).message).toBe('There is no such poll.')
  })
})

describe('the room on the deck\'s scale slides (port 4210)', () => {
  it('is the lecturer\'s browser\'s only, shows a count but no tally while a run is open, and the movement once both are closed', async () => {
    const { server, lecturer } = await serve(4210)
    const path = `${server.url}${livePollRoomPath('where-you-stand')}`
    expect((await fetch(path)).status).toBe(401)
    expect((await fetch(path, { headers: { cookie: 'live-deck=forged' } })).status).toBe(401)
    const unlock = await fetch(`${server.url}/live/api/deck`, { method: 'POST', headers: { authorization: `Bearer ${server.token}` } })
    const deck = { cookie: unlock.headers.get('set-cookie')!.split(';')[0]! }
    const room = async () => (await fetch(path, { headers: deck })).json()
    expect(await room()).toEqual({ pollId: 'where-you-stand', before: { status: 'not-run' }, after: { status: 'not-run' } })
    expect((await fetch(`${server.url}${livePollRoomPath('no-such-poll')}`, { headers: deck })).status).toBe(404)

    const people = await Promise.all(['Ann', 'Bob', 'Cat', 'Dan', 'Eve'].map(name => student(server, name)))
    const clients = people.map(p => p.client)
    const before = await open(lecturer, 'where-you-stand', clients, 'before')
    for (const [i, point] of [2, 5, 4, 1].entries())
      await answer(clients[i]!, before, point)
    expect(await room()).toEqual({ pollId: 'where-you-stand', before: { status: 'open', answered: 4 }, after: { status: 'not-run' } })
    await control(lecturer, 'close', 'closed')
    const after = await open(lecturer, 'where-you-stand', clients, 'after')
    for (const [i, point] of [[0, 4], [1, 3], [2, 4], [4, 7]] as const)
      await answer(clients[i]!, after, point)
    const open2 = await room() as Record<string, unknown>
    expect(open2).toMatchObject({ before: { status: 'closed', answered: 4, tally: { counts: [1, 1, 0, 1, 1, 0, 0] } }, after: { status: 'open', answered: 4 } })
    expect(open2).not.toHaveProperty('movement')
    expect(open2.after).not.toHaveProperty('tally')
    await control(lecturer, 'close', 'closed')
    const bearer = await (await fetch(path, { headers: { authorization: `Bearer ${server.token}` } })).json()
    expect(bearer).toMatchObject({ after: { status: 'closed', answered: 4, tally: { counts: [0, 0, 1, 2, 0, 0, 1], mean: 4.5 } }, movement: { paired: 3, towardLow: 1, towardHigh: 1, stayed: 1 } })
  })
})
