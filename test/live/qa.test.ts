// Questions to the lecturer, moderation and the pace signal over real WebSockets (ports 4190–4194): an upvote counts
// once per student; questions, upvotes and the lecturer's marks survive a restart; a held or hidden question never
// reaches the projector or another student; the pace signal never reaches students or the projector.
import type { LiveServer } from '../../node/live/server.ts'
import type { Cleanup, startServer, TestClient } from './helpers.ts'
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { buildFilter, parseWordList } from '../../logic/live/moderation.ts'
import { joinStudent, projectorAwaiting, serveWithLecturer, studentAwaiting, tempSite } from './helpers.ts'

const cleanup: Cleanup = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse())
    await step()
})

function serve(port: number, site = tempSite(), extra: Parameters<typeof startServer>[2] = {}) {
  return serveWithLecturer(port, cleanup, site, extra)
}

const student = (server: LiveServer, name: string, clientId?: string) => studentAwaiting(server, cleanup, 'questions', name, clientId)
const projector = (server: LiveServer) => projectorAwaiting(server, cleanup, 'projector-question')

/** Asks and waits for the acknowledgement. */
async function ask(client: TestClient, text: string, showName = false) {
  client.send({ type: 'ask', text, showName })
  return client.next('asked')
}

/** The lecturer's list once it passes `test`. */
function lecturerList(lecturer: TestClient, test: (questions: Array<{ id: string, text: string, votes: number, status: string, answered: boolean, projected: boolean, name?: string, matched: string[] }>) => boolean) {
  return lecturer.next('lecturer-questions', m => test(m.questions), 3000).then(m => m.questions)
}

describe('questions to the lecturer', () => {
  it('counts an upvote once per student, however often and from however many devices it is sent, and lets it be withdrawn', async () => {
    const { server, site, lecturer } = await serve(4190)
    const ann = await student(server, 'Ann')
    const bob = await student(server, 'Bob')
    const bobPhone = await student(server, 'Bob', bob.clientId)
    const cat = await student(server, 'Cat')
    const { id } = await ask(ann.client, 'Why did RIM agree to the interception?')
    for (const device of [bob.client, bob.client, bobPhone.client, bob.client])
      device.send({ type: 'vote', questionId: id, up: true })
    cat.client.send({ type: 'vote', questionId: id, up: true })
    ann.client.send({ type: 'vote', questionId: id, up: true })
    expect((await ann.client.next('error')).message).toBe('You cannot upvote your own question.')
    expect((await lecturerList(lecturer, q => q[0]?.votes === 2))[0]).toMatchObject({ id, votes: 2, status: 'visible' })
    const bobSees = await bob.client.next('questions', m => m.questions[0]?.votes === 2)
    expect(bobSees).toMatchObject({ voted: [id], mine: [] })
    expect(bobSees.questions[0]).not.toHaveProperty('name')
    bobPhone.client.send({ type: 'vote', questionId: id, up: false })
    await lecturerList(lecturer, q => q[0]?.votes === 1)
    const db = new DatabaseSync(site.dbPath)
    expect(db.prepare('SELECT COUNT(*) AS n FROM audience_votes').get()).toEqual({ n: 1 })
    db.close()
  })

  it('keeps questions, upvotes and the lecturer\'s marks through a restart with --session', async () => {
    const site = tempSite()
    const first = await serve(4191, site)
    const ann = await student(first.server, 'Ann')
    const bob = await student(first.server, 'Bob')
    const kept = await ask(ann.client, 'Is end-to-end encryption lawful in Pakistan?', true)
    const answered = await ask(bob.client, 'Who asked first?')
    const hidden = await ask(bob.client, 'An off-topic joke')
    bob.client.send({ type: 'vote', questionId: kept.id, up: true })
    await lecturerList(first.lecturer, q => q.length === 3 && q.some(x => x.votes === 1))
    first.lecturer.send({ type: 'qa', action: 'answered', questionId: answered.id })
    first.lecturer.send({ type: 'qa', action: 'hide', questionId: hidden.id })
    first.lecturer.send({ type: 'qa', action: 'project', questionId: kept.id })
    const before = await lecturerList(first.lecturer, q => q.some(x => x.projected) && q.some(x => x.status === 'hidden') && q.some(x => x.answered))
    await first.close()

    const second = await serve(4192, site, { sessionId: first.server.sessionId })
    expect(await lecturerList(second.lecturer, () => true).catch(() => [])).toEqual(before)
    const again = await joinStudent(second.server.url, 'Bob', bob.clientId)
    cleanup.push(() => again.client.socket.terminate())
    const seen = await again.client.next('questions')
    expect(seen.questions.map(q => [q.text, q.votes, q.answered, q.name])).toEqual([
      ['Is end-to-end encryption lawful in Pakistan?', 1, false, 'Ann'],
      ['Who asked first?', 0, true, undefined],
    ])
    expect(seen.voted).toEqual([kept.id])
    expect(seen.mine).toEqual([answered.id])
    const screen = await projector(second.server)
    expect(screen.messages.find(m => m.type === 'projector-question')).toEqual({ type: 'projector-question', question: { text: 'Is end-to-end encryption lawful in Pakistan?', name: 'Ann', votes: 1 } })
  })

  it('refuses an empty, an overlong and a fourth question in a row, saying why', async () => {
    const { server } = await serve(4193)
    const ann = await student(server, 'Ann')
    ann.client.send({ type: 'ask', text: '   ', showName: false })
    expect((await ann.client.next('error')).message).toBe('Type your question first.')
    ann.client.send({ type: 'ask', text: 'x'.repeat(501), showName: false })
    expect((await ann.client.next('error')).message).toBe('Questions may be at most 500 characters (this one has 501).')
    for (const n of [1, 2, 3])
      await ask(ann.client, `question ${n}`)
    ann.client.send({ type: 'ask', text: 'question 4', showName: false })
    expect(await ann.client.next('error')).toEqual({ type: 'error', code: 'question-refused', message: 'You have sent several questions just now: you can send another in about 20 seconds.' })
  })
})

describe('moderation', () => {
  it('never sends a held or hidden question to the projector or another student; a released one reaches them', async () => {
    const list = parseWordList('snitch\n', 'words.txt')
    const { server, lecturer } = await serve(4194, tempSite(), { wordFilter: buildFilter(list.ok ? list : undefined) })
    const ann = await student(server, 'Ann')
    const bob = await student(server, 'Bob')
    const screen = await projector(server)
    // Asked in different milliseconds, so "oldest first" orders them (two in the same millisecond go by their random ids).
    const held = await ask(ann.client, 'What a load of SH1T this law is')
    await new Promise(resolve => setTimeout(resolve, 5))
    const heldByList = await ask(ann.client, 'Who was the snitch at RIM?')
    expect([held.held, heldByList.held]).toEqual([true, true])
    await new Promise(resolve => setTimeout(resolve, 5))
    const visible = await ask(ann.client, 'Sensible question about <img src=x onerror=alert(1)> tags')
    expect(visible.held).toBe(false)
    const annSees = await ann.client.next('questions', m => m.waiting.length === 2)
    expect(annSees.waiting.map(w => w.text)).toEqual(['What a load of SH1T this law is', 'Who was the snitch at RIM?'])
    const shown = await lecturerList(lecturer, q => q.length === 3)
    expect(shown.map(q => [q.status, q.matched])).toEqual([['held', ['shit*']], ['held', ['snitch']], ['visible', []]])

    // The lecturer hides the visible one from the projector and everyone, and hides a held one without releasing it.
    lecturer.send({ type: 'qa', action: 'project', questionId: visible.id })
    await screen.next('projector-question', m => m.question !== undefined)
    lecturer.send({ type: 'qa', action: 'project', questionId: held.id })
    expect((await lecturer.next('error')).message).toBe('That question is held: release it before putting it on the projector.')
    lecturer.send({ type: 'qa', action: 'hide', questionId: visible.id })
    lecturer.send({ type: 'qa', action: 'hide', questionId: held.id })
    await lecturerList(lecturer, q => q.filter(x => x.status === 'hidden').length === 2)
    await screen.next('projector-question', m => m.question === undefined)
    const afterHide = bob.client.raw.length
    await bob.client.next('questions', m => m.questions.length === 0)
    const late = await student(server, 'Cat')

    for (const client of [bob.client, screen, late.client])
      expect(client.raw.filter(f => f.includes('SH1T') || f.includes('snitch'))).toEqual([])
    for (const client of [bob.client.raw.slice(afterHide), late.client.raw])
      expect(client.filter(f => f.includes('Sensible question'))).toEqual([])
    expect(ann.client.raw.slice(-1)[0]).not.toContain('SH1T')

    // Released, the list's catch reaches the others.
    lecturer.send({ type: 'qa', action: 'release', questionId: heldByList.id })
    expect((await bob.client.next('questions', m => m.questions.length === 1)).questions[0]!.text).toBe('Who was the snitch at RIM?')
  })
})

describe('npm run live -- --words <file>', () => {
  it('stops on a word list with a bad entry, naming the file and line', async () => {
    const site = tempSite()
    cleanup.push(() => site.remove())
    const words = join(site.dir, 'words.txt')
    writeFileSync(words, '# mine\nsnitch\ntwo words\n')
    const args = ['--import', 'tsx', 'scripts/live.ts', '--port', '4195', '--db', site.dbPath, '--dist', site.distDir, '--live-dist', site.liveDistDir, '--words', words]
    const { code, output } = await new Promise<{ code: unknown, output: string }>(resolve => execFile(process.execPath, args, { cwd: process.cwd() }, (error, stdout, stderr) => resolve({ code: error?.code ?? 0, output: stdout + stderr })))
    expect(code).toBe(1)
    expect(output).toContain(`The word list has errors:\n${words}:3: "two words" is not a word list entry`)
  })
})

describe('the pace signal', () => {
  it('reaches the lecturer\'s gauge only, counted once per student within 30 s', async () => {
    const { server, lecturer } = await serve(4190)
    const ann = await student(server, 'Ann')
    const bob = await student(server, 'Bob')
    const screen = await projector(server)
    ann.client.send({ type: 'pace' })
    expect(await ann.client.next('pace-ack')).toEqual({ type: 'pace-ack', counted: true, waitSeconds: 30 })
    expect(await lecturer.next('lecturer-pace', m => m.count === 1)).toEqual({ type: 'lecturer-pace', count: 1, connected: 2, percent: 50 })
    ann.client.send({ type: 'pace' })
    expect(await ann.client.next('pace-ack')).toMatchObject({ counted: false })
    bob.client.send({ type: 'pace' })
    await lecturer.next('lecturer-pace', m => m.count === 2 && m.percent === 100)
    // Let every scheduled room and Q&A update go out before looking.
    await new Promise(resolve => setTimeout(resolve, 400))
    for (const client of [ann.client, bob.client, screen])
      expect(client.raw.filter(f => f.includes('lecturer-pace') || f.includes('"count"') || f.includes('percent'))).toEqual([])
    expect(screen.messages.map(m => m.type)).not.toContain('lecturer-pace')
  })
})
