// The deck's citations: every <EvidenceQuote>/<SourceRef> in slides.md and
// pages/*.md names a known source and quotes it verbatim; every passage shown
// between quotation marks in slide text and speaker notes is verbatim in a
// document the slide cites; every speaker of an argument is a known actor. The
// scanners themselves are tested on small samples.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkQuotations, isVerbatim, quotationsIn, slideQuotations, visibleText } from '../../logic/content/quotations.ts'
import { checkCitations, checkCitationVoices, findCitations } from '../../logic/deck/citations.ts'
import { findPassage } from '../../logic/deck/passage.ts'
import { readContent } from '../../node/read-content.ts'

const root = join(import.meta.dirname, '../..')
const result = readContent(root)
if (!result.ok)
  throw new Error('content does not validate: run npm run validate')
const content = result.value
const texts = new Map(Object.entries(content.texts))
const writerVoices = new Map(content.facts.actors.actors.flatMap(actor => actor.wrote ? [[actor.wrote, actor.group] as const] : []))

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

  it('label each quote with the voice its document gives it', () => {
    expect(checkCitationVoices(citations, texts, writerVoices)).toEqual([])
  })
})

describe('checkCitationVoices', () => {
  it.each<[string, string, string, string, boolean]>([
    ['a set-off quotation as the anonymous source\'s', 'whatsapp-uk', 'It is crucially important that we can access their communications', 'anonymous', true],
    ['a set-off quotation as the writer\'s', 'whatsapp-uk', 'It is crucially important that we can access their communications', 'reporter', false],
    ['the writer\'s report of supporters as the writer\'s', 'whatsapp-uk', 'Privacy and security supporters have pointed out time and time again', 'reporter', true],
    ['the writer\'s report of supporters as an advocacy group\'s', 'whatsapp-uk', 'Privacy and security supporters have pointed out time and time again', 'advocacy', false],
    ['BlackBerry\'s quoted words as the company\'s', 'sf-blackberry-exit', 'That is a compromise we are not willing to make.', 'company', true],
    ['BlackBerry\'s quoted words as the reporter\'s', 'sf-blackberry-exit', 'That is a compromise we are not willing to make.', 'reporter', false],
    ['the letter\'s own words as advocacy', 'open-letter', 'Direct access leaves all of us', 'advocacy', true],
  ])('%s', (_name, source, quote, voice, passes) => {
    const found = checkCitationVoices([{ file: 's.md', line: 1, component: 'EvidenceQuote', source, quote, voice }], texts, writerVoices)
    expect(found.length === 0).toBe(passes)
  })
})

describe('quotations on the slides', () => {
  const sourceIds = content.sources.map(source => source.id)
  const shown = slideFiles.flatMap(file => slideQuotations(file, readFileSync(join(root, file), 'utf8'), sourceIds))

  it('finds the quotations in slide text and speaker notes', () => {
    expect(shown.length).toBeGreaterThan(20)
  })

  it('are verbatim in a document the slide cites', () => {
    expect(checkQuotations(shown, texts)).toEqual([])
  })
})

describe('quotationsIn, visibleText and isVerbatim', () => {
  it.each<[string, string, string[]]>([
    ['curly and straight quotation marks', 'He said “a black hole” and "a staggering attempt".', ['a black hole', 'a staggering attempt']],
    ['the presenter\'s question after Ask:', 'Ask: "Who here uses WhatsApp?" Then: "cannot".', ['cannot']],
    ['attributes, tags and <q> are not text', '<EvidenceQuote quote="x" /> <q>we will not</q> `"code"` <!-- "in a note" -->', ['in a note']],
  ])('%s', (_case, markdown, expected) => {
    expect(quotationsIn(visibleText(markdown))).toEqual(expected)
  })

  const whatsapp = [content.texts['whatsapp-uk'] ?? '']
  it.each<[string, boolean]>([
    ['a black hole for investigators', true],
    ['A black hole for investigators', true],
    ['It is crucially important … a black hole for investigators', true],
    ['it can provide a black hole for investigators.', true],
    ['it can’t', false],
    ['when we can\'t', true],
    ['a black hole for the government', false],
    ['It is crucially important … for the government', false],
    ['end-to-end', false],
  ])('%j is verbatim in the WhatsApp article: %s', (quotation, expected) => {
    expect(isVerbatim(quotation, whatsapp)).toBe(expected)
  })

  it('checks a slide\'s quotations against the documents it cites only', () => {
    const slide = '# A\n\n"a black hole for investigators" <SourceRef source="cnet-blackberry" />\n'
    expect(checkQuotations(slideQuotations('s.md', slide, ['cnet-blackberry', 'whatsapp-uk']), texts)).toEqual([
      's.md:1: "a black hole for investigators" is not verbatim in cnet-blackberry (quote exactly, or write words that are not the documents\' as <q>…</q>)',
    ])
    expect(checkQuotations(slideQuotations('s.md', slide.replace('cnet-blackberry', 'whatsapp-uk'), ['cnet-blackberry', 'whatsapp-uk']), texts)).toEqual([])
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
