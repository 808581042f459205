// The live server's Node pieces: the lecturer token check, token buckets, the join URL's host, and the SQLite store (upserts, group commit, a failing write failing alone, reopening).
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { firstExternalIPv4, servedHostnames, urlHost } from '../../../node/live/network.ts'
import { KeyedBuckets, TokenBucket } from '../../../node/live/rate-limit.ts'
import { openSqliteStore } from '../../../node/live/sqlite-store.ts'
import { bearerToken, createToken, tokenChecker } from '../../../node/live/token.ts'

describe('token', () => {
  const token = createToken()
  const check = tokenChecker(token)

  it('is 128 random bits, new each time', () => {
    expect(Buffer.from(token, 'base64url')).toHaveLength(16)
    expect(createToken()).not.toBe(token)
  })

  it.each([
    ['the token', token, true],
    ['one character more', `${token}x`, false],
    ['one character changed', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, false],
    ['empty', '', false],
    ['not a string', 42, false],
    ['undefined', undefined, false],
  ])('accepts %s: %s', (_, given, ok) => {
    expect(check(given)).toBe(ok)
  })

  it.each([
    ['Bearer abc-DEF_1', 'abc-DEF_1'],
    ['bearer abc', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    [undefined, undefined],
  ])('reads %o as %o', (header, expected) => {
    expect(bearerToken(header)).toBe(expected)
  })
})

describe('rate limits', () => {
  it('allows a burst, refuses the next, and refills with time', () => {
    let now = 0
    const bucket = new TokenBucket({ capacity: 3, perSecond: 2 }, () => now)
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false])
    now = 500
    expect([bucket.take(), bucket.take()]).toEqual([true, false])
    now = 10_000
    expect(bucket.isIdle()).toBe(true)
  })

  it('keeps one bucket per key', () => {
    const buckets = new KeyedBuckets({ capacity: 1, perSecond: 0 }, () => 0)
    expect([buckets.take('a'), buckets.take('a'), buckets.take('b')]).toEqual([true, false, true])
  })
})

describe('openSqliteStore', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))
  const answer = (participantId: string, submissionId: string, score = 1) => ({ participantId, quizId: 'quiz', questionId: 'q1', answer: { picked: ['a'] }, submissionId, score, max: 1, answeredAt: 5 })

  it('keeps one answer per participant and question, the latest, and reads everything back after reopening', async () => {
    dir = mkdtempSync(join(tmpdir(), 'live-store-'))
    const path = join(dir, 'live.sqlite')
    const store = openSqliteStore(path)
    await store.createSession('s1', 1)
    await store.createSession('s1', 2)
    await store.addParticipant('s1', { id: 'p1', clientHash: 'h1', name: 'Ann', joinedAt: 3 })
    await Promise.all([store.saveAnswer('s1', answer('p1', 'sub-1', 0)), store.saveAnswer('s1', answer('p1', 'sub-2', 1))])
    await store.recordEvent('s1', { phase: 'open', quizId: 'quiz', questionId: 'q1', at: 4 })
    await store.recordEvent('s1', { phase: 'finished', at: 6 })
    await store.close()

    const reopened = openSqliteStore(path)
    expect(await reopened.loadSession('s1')).toEqual({
      sessionId: 's1',
      createdAt: 1,
      participants: [{ id: 'p1', clientHash: 'h1', name: 'Ann', joinedAt: 3 }],
      answers: [answer('p1', 'sub-2', 1)],
      events: [{ phase: 'open', quizId: 'quiz', questionId: 'q1', at: 4 }, { phase: 'finished', at: 6 }],
      removed: [],
    })
    expect(await reopened.loadSession('nope')).toBeUndefined()
    await reopened.close()
  })

  it('fails a bad write alone when it shares a transaction with good ones', async () => {
    dir = mkdtempSync(join(tmpdir(), 'live-store-'))
    const store = openSqliteStore(join(dir, 'live.sqlite'))
    await store.createSession('s1', 1)
    const good = store.addParticipant('s1', { id: 'p1', clientHash: 'h1', name: 'Ann', joinedAt: 3 })
    const bad = store.saveAnswer('s1', answer('nobody', 'sub-x'))
    const duplicate = store.addParticipant('s1', { id: 'p2', clientHash: 'h1', name: 'Same browser', joinedAt: 3 })
    await expect(good).resolves.toBeUndefined()
    await expect(bad).rejects.toThrow(/FOREIGN KEY/)
    await expect(duplicate).rejects.toThrow(/UNIQUE/)
    expect((await store.loadSession('s1'))?.participants.map(p => p.name)).toEqual(['Ann'])
    await store.close()
    await expect(store.saveAnswer('s1', answer('p1', 'sub-late'))).rejects.toThrow(/closed/)
  })

  it('lists the sessions it holds, and keeps removed participants apart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'live-store-'))
    const store = openSqliteStore(join(dir, 'live.sqlite'))
    expect(await store.listSessions()).toEqual([])
    await store.createSession('s1', 1)
    await store.createSession('s2', 2)
    await store.addParticipant('s1', { id: 'p1', clientHash: 'h1', name: 'Ann', joinedAt: 3 })
    await store.addParticipant('s1', { id: 'p2', clientHash: 'h2', name: 'Bob', joinedAt: 3 })
    await store.removeParticipant('s1', 'p2', 4)
    expect(await store.listSessions()).toEqual([{ sessionId: 's1', createdAt: 1, participants: 2 }, { sessionId: 's2', createdAt: 2, participants: 0 }])
    expect((await store.loadSession('s1'))?.removed).toEqual(['p2'])
    await store.close()
  })

  it('lets one server at a time use a database, and the next one in once it has closed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'live-store-'))
    const path = join(dir, 'live.sqlite')
    const first = openSqliteStore(path)
    expect(() => openSqliteStore(path)).toThrow(`Another live server is using the database ${path}`)
    // Reading (an export) needs no lock.
    const reader = openSqliteStore(path, { readOnly: true })
    expect(await reader.listSessions()).toEqual([])
    await reader.close()
    await first.close()
    const second = openSqliteStore(path)
    await second.close()
  })

  it.each([
    ['a file that is not a database', (path: string) => writeFileSync(path, 'not a database, just text '.repeat(200)), /file is not a database/],
    ['a folder where the file should be', (path: string) => mkdirSync(path), /unable to open|directory/],
  ])('refuses to start on %s, naming the file', (_, make, cause) => {
    dir = mkdtempSync(join(tmpdir(), 'live-store-'))
    const path = join(dir, 'live.sqlite')
    make(path)
    expect(() => openSqliteStore(path)).toThrow(`Cannot write the database ${path}`)
    expect(() => openSqliteStore(path)).toThrow(cause)
  })

  it('acknowledges nothing once its file has been deleted, and says so', async () => {
    dir = mkdtempSync(join(tmpdir(), 'live-store-'))
    const path = join(dir, 'live.sqlite')
    const store = openSqliteStore(path)
    await store.createSession('s1', 1)
    rmSync(path)
    await expect(store.addParticipant('s1', { id: 'p1', clientHash: 'h1', name: 'Ann', joinedAt: 3 })).rejects.toThrow(`The database file ${path} was deleted or replaced while the server was running`)
    await expect(store.recordEvent('s1', { phase: 'finished', at: 4 })).rejects.toThrow(/deleted or replaced/)
    await store.close()
  })

  it('acknowledges nothing once its file has been replaced by another', async () => {
    dir = mkdtempSync(join(tmpdir(), 'live-store-'))
    const path = join(dir, 'live.sqlite')
    const store = openSqliteStore(path)
    await store.createSession('s1', 1)
    // Another file moved over it (as a restore from a backup would).
    writeFileSync(`${path}.other`, '')
    renameSync(`${path}.other`, path)
    await expect(store.recordEvent('s1', { phase: 'finished', at: 4 })).rejects.toThrow(`The database file ${path} was deleted or replaced`)
    await store.close()
  })
})

describe('urlHost', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['192.168.1.20', '192.168.1.20'],
    ['::1', '[::1]'],
  ])('puts %s in a URL as %s', (host, shown) => {
    expect(urlHost(host)).toBe(shown)
  })

  it.each(['0.0.0.0', '::'])('shows this machine\'s first external IPv4 address for %s', (host) => {
    expect(urlHost(host)).toBe(firstExternalIPv4() ?? '127.0.0.1')
    expect(urlHost(host)).toMatch(/^\d+\.\d+\.\d+\.\d+$/)
  })
})

describe('servedHostnames', () => {
  it.each([
    ['127.0.0.1', ['127.0.0.1', '::1', 'localhost'], ['evil.example']],
    ['192.168.1.20', ['192.168.1.20'], ['localhost', '127.0.0.1']],
    ['0.0.0.0', ['127.0.0.1', 'localhost', firstExternalIPv4() ?? '127.0.0.1'], ['evil.example', '0.0.0.0']],
  ])('a server bound to %s answers to %j and not to %j', (host, yes, no) => {
    const names = servedHostnames(host)
    yes.forEach(name => expect(names.has(name), name).toBe(true))
    no.forEach(name => expect(names.has(name), name).toBe(false))
  })
})
