// The deck's citations: every <EvidenceQuote>/<SourceRef> in slides.md and
// pages/*.md names a known source and quotes it verbatim; every speaker of an
// argument is a known actor. The scanner itself is tested on small samples.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCitations, findCitations } from '../../logic/deck/citations.ts'
import { findPassage } from '../../logic/deck/passage.ts'
import { readContent } from '../../node/read-content.ts'

const root = join(import.meta.dirname, '../..')
const result = readContent(root)
if (!result.ok)
  throw new Error('content does not validate: run npm run validate')
const content = result.value
const texts = new Map(Object.entries(content.texts))

const pagesDir = join(root, 'pages')
const slideFiles = ['slides.md', ...(existsSync(pagesDir) ? readdirSync(pagesDir).filter(f => f.endsWith('.md')).map(f => `pages/${f}`) : [])]
const citations = slideFiles.flatMap(file => findCitations(file, readFileSync(join(root, file), 'utf8')))

describe('citations on the slides', () => {
  it('finds the deck\'s citations', () => {
    expect(citations.length).toBeGreaterThan(10)
  })

  it('name known sources and quote them verbatim', () => {
    expect(checkCitations(citations, texts)).toEqual([])
  })
})

describe('findCitations and checkCitations', () => {
  const sample = [
    '# A slide',
    '<EvidenceQuote source="cnet-blackberry" quote="It is therefore withdrawing on December 30" />',
    '<EvidenceQuote source="cnet-blackberry" quote=\'withdrawing on "December" 31\' />',
    '<SourceRef source="no-such-doc" />',
    '<EvidenceQuote :source="x" />',
  ].join('\n')
  const found = findCitations('sample.md', sample)

  it('reads literal attributes in either kind of quotes, with their line', () => {
    expect(found.map(c => [c.line, c.component, c.source])).toEqual([
      [2, 'EvidenceQuote', 'cnet-blackberry'],
      [3, 'EvidenceQuote', 'cnet-blackberry'],
      [4, 'SourceRef', 'no-such-doc'],
      [5, 'EvidenceQuote', undefined],
    ])
    expect(found[1]?.quote).toBe('withdrawing on "December" 31')
  })

  it('reports a misquote, an unknown source and a citation it cannot check', () => {
    const problems = checkCitations(found, texts)
    expect(problems).toHaveLength(3)
    expect(problems[0]).toMatch(/^sample\.md:3: <EvidenceQuote>: not found verbatim in source "cnet-blackberry"/)
    expect(problems[1]).toBe('sample.md:4: <SourceRef> names unknown source "no-such-doc"')
    expect(problems[2]).toBe('sample.md:5: <EvidenceQuote> has no literal source="…"')
  })
})

describe('structured facts', () => {
  const actorIds = new Set(content.facts.actors.actors.map(a => a.id))

  it('name only known actors as speakers of arguments', () => {
    const unknown = content.facts.arguments.arguments.flatMap(a => a.speakers.filter(id => !actorIds.has(id)).map(id => `${a.id}: ${id}`))
    expect(unknown).toEqual([])
  })

  it('name only known actors in who-pressed-whom, each acting in a case the actor is part of', () => {
    const actors = new Map(content.facts.actors.actors.map(a => [a.id, a]))
    const problems = content.facts.relations.relations.flatMap(r => [...r.from, r.to].flatMap((id) => {
      const actor = actors.get(id)
      if (!actor)
        return [`${r.id}: unknown actor ${id}`]
      return actor.cases.includes(r.case) ? [] : [`${r.id}: ${id} is not part of ${r.case}`]
    }))
    expect(problems).toEqual([])
  })

  it('list the eleven signatories of the open letter', () => {
    const signatories = content.facts.actors.actors.filter(a => a.evidence.some(e => e.source === 'open-letter' && /\((?:Global|Pakistan|India|US|Uganda)\)$/.test(e.quote)))
    expect(signatories).toHaveLength(11)
  })
})

describe('findPassage', () => {
  it.each([
    ['abc def ghi', 'def', { before: 'abc ', match: 'def', after: ' ghi' }],
    ['abc def ghi', 'xyz', undefined],
    ['abc', '', undefined],
  ])('splits %j around %j', (text, quote, expected) => {
    expect(findPassage(text, quote)).toEqual(expected)
  })
})
