// The attribution guard (logic/content/attribution.ts) on the real documents and
// actors: each row is a slip the deck once made or could make (a reporter's
// paraphrase credited as someone's own words, an anonymous source given a
// name, a writer credited with words the document gives to others) and the
// problem it must raise, next to the right attribution, which passes.
import type { AttributedClaim, AttributedPassage } from '../../logic/content/attribution.ts'
import type { FieldProblem } from '../../logic/content/errors.ts'
import type { Voice } from '../../logic/content/fact-vocabulary.ts'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { castOf, checkCast, checkClaim, checkEvent, checkPassage, isQuotation } from '../../logic/content/attribution.ts'
import { readContent } from '../../node/read-content.ts'

const result = readContent(join(import.meta.dirname, '../..'))
if (!result.ok)
  throw new Error('content does not validate: run npm run validate')
const content = result.value
const texts = new Map(Object.entries(content.texts))
const actors = content.facts.actors.actors
const cast = castOf(actors, texts)

const BLACK_HOLE = 'It is crucially important that we can access their communications — and when we can’t, it can provide a black hole for investigators.'
const LESS_SECURITY = 'Privacy and security supporters have pointed out time and time again that any move by the government to weaken encryption or introduce backdoors will lessen security for everyone'
const OFFICIALS = 'according to a letter signed by U.S. Attorney General William Barr, Acting Homeland Security Secretary Kevin McAleenan, U.K. Home Secretary Priti Patel, and Australia’s Minister for Home Affairs Peter Dutton'
const four = ['william-barr', 'kevin-mcaleenan', 'priti-patel', 'peter-dutton']

/** No problems when `problem` is null; otherwise one that matches it. */
function expectProblems(problems: FieldProblem[], problem: RegExp | null): void {
  const messages = problems.map(p => `${p.path.join('.')}: ${p.message}`)
  if (problem === null)
    expect(messages).toEqual([])
  else
    expect(messages.join('\n')).toMatch(problem)
}

function passage(source: string, quote: string, speakers: string[], cue?: string): AttributedPassage {
  return cue === undefined ? { source, quote, speakers } : { source, quote, speakers, cue }
}

describe('checkPassage', () => {
  it.each<[string, AttributedPassage, RegExp | null]>([
    ['the writer\'s own assertion', passage('whatsapp-uk', 'Their impenetrability is the very reason encrypted messaging tools like WhatsApp and Telegram have proved so popular', ['whatsapp-uk-writer']), null],
    ['a paraphrase the writer credits to others, given to the writer', passage('whatsapp-uk', LESS_SECURITY, ['whatsapp-uk-writer']), /attributes this passage \("pointed out"\)/],
    ['the same, credited to whom the document names', passage('whatsapp-uk', LESS_SECURITY, ['privacy-security-supporters'], 'Privacy and security supporters have pointed out'), null],
    ['a set-off quotation given to the writer', passage('whatsapp-uk', BLACK_HOLE, ['whatsapp-uk-writer']), /passage the document quotes/],
    ['the anonymous source given to the government', passage('whatsapp-uk', BLACK_HOLE, ['uk-government'], 'Its source said:'), /"uk-government" is not named in the cue/],
    ['the anonymous source, kept anonymous', passage('whatsapp-uk', BLACK_HOLE, ['sky-news-source'], 'Its source said:'), null],
    ['a quoted speaker with no cue', passage('whatsapp-uk', BLACK_HOLE, ['sky-news-source']), /cue: |is missing/],
    ['a cue from another paragraph', passage('cnet-blackberry', 'BlackBerry has long emphasized security in its sales pitch', ['marty-beard'], 'Beard said'), /is not in the passage's paragraph/],
    ['a cue not in the document', passage('cnet-blackberry', 'Pakistan\'s demand was not a question of public safety', ['marty-beard'], 'Beard wrote'), /is not in the passage's paragraph/],
    ['a company statement, with its cue', passage('cnet-blackberry', 'Pakistan\'s demand was not a question of public safety', ['marty-beard'], 'Beard said'), null],
    ['a trailing "the company said" given to the writer', passage('sf-blackberry-exit', 'Originally, Pakistan\'s shutdown order was for\u00A0Nov. 30', ['sf-reporter']), /attributes this passage \("said"\)/],
    ['a trailing "said in a blog post" given to the writer', passage('cnet-blackberry', 'It is therefore withdrawing on December 30', ['katie-collins']), /attributes this passage \("said"\)/],
    ['the four officials named by "Barr and other officials"', passage('facebook-letter', 'Facebook has not committed to address our serious concerns', four, 'according to Barr and other officials'), null],
    ['the writer mixed with a speaker', passage('whatsapp-uk', LESS_SECURITY, ['whatsapp-uk-writer', 'privacy-security-supporters'], 'Privacy and security supporters have pointed out'), /mixes the writer/],
    ['a cue on the writer\'s own words', passage('whatsapp-uk', 'Their impenetrability is the very reason', ['whatsapp-uk-writer'], 'Their impenetrability'), /must be left out/],
    ['an unknown actor', passage('whatsapp-uk', BLACK_HOLE, ['the-government'], 'Its source said:'), /unknown actor "the-government"/],
  ])('%s', (_case, given, problem) => {
    expectProblems(checkPassage(given, cast), problem)
  })
})

describe('isQuotation', () => {
  it.each<[string, string, boolean]>([
    ['whatsapp-uk', BLACK_HOLE, true],
    ['whatsapp-uk', LESS_SECURITY, false],
    ['sf-blackberry-exit', 'we have never permitted wholesale access', true],
    ['facebook-letter', 'Facebook should not comply.', true],
    ['open-letter', 'condemned de facto coercion of private sector companies', false],
    ['whatsapp-uk', 'WhatsApp refused to add a backdoor that would allow', false],
  ])('%s: %j → %s', (source, quote, expected) => {
    expect(isQuotation(texts.get(source) ?? '', quote)).toBe(expected)
  })
})

function claim(speakers: string[], voice: Voice, evidence: AttributedPassage[], reportedBy?: string): AttributedClaim {
  return reportedBy === undefined ? { speakers, voice, evidence } : { speakers, voice, evidence, reportedBy }
}

describe('checkClaim', () => {
  const supporters = passage('whatsapp-uk', LESS_SECURITY, ['privacy-security-supporters'], 'Privacy and security supporters have pointed out')
  const blackHole = passage('whatsapp-uk', BLACK_HOLE, ['sky-news-source'], 'Its source said:')
  const pillay = passage('open-letter', 'Navi Pillay, condemned de facto coercion of private sector companies', ['navi-pillay'], 'Navi Pillay, condemned')
  const letter = passage('facebook-letter', 'We are writing to request that Facebook does not proceed with its plan', four, OFFICIALS)
  it.each<[string, AttributedClaim, RegExp | null]>([
    ['a paraphrase marked as the writer\'s', claim(['privacy-security-supporters'], 'anonymous', [supporters], 'whatsapp-uk-writer'), null],
    ['a paraphrase not marked', claim(['privacy-security-supporters'], 'anonymous', [supporters]), /reportedBy: must be "whatsapp-uk-writer"/],
    ['a paraphrase marked as another writer\'s', claim(['privacy-security-supporters'], 'anonymous', [supporters], 'sf-reporter'), /reportedBy: must be "whatsapp-uk-writer"/],
    ['a letter\'s report of Pillay, not marked', claim(['navi-pillay'], 'international', [pillay]), /reportedBy: must be "letter-signatories"/],
    ['the anonymous source as the government\'s voice', claim(['sky-news-source'], 'government', [blackHole]), /voice: must be "anonymous"/],
    ['the anonymous source named as the government', claim(['uk-government'], 'anonymous', [blackHole]), /speakers: must be the speakers its evidence names: \[sky-news-source\]/],
    ['a direct quotation marked as reported', claim(['sky-news-source'], 'anonymous', [blackHole], 'whatsapp-uk-writer'), /reportedBy: must be left out/],
    ['the four officials, in their letter\'s words', claim(four, 'government', [letter]), null],
    ['one of the four left out', claim(four.slice(0, 3), 'government', [letter]), /must be the speakers its evidence names/],
    ['speakers of different voices', claim(['sky-news-source', 'privacy-security-supporters', 'eff'], 'anonymous', [blackHole, supporters, passage('whatsapp-uk', 'I think they have to be commended', ['eff'], 'Electronic Frontier Foundation')], 'whatsapp-uk-writer'), /one voice/],
  ])('%s', (_case, given, problem) => {
    expectProblems(checkClaim(given, cast), problem)
  })
})

describe('checkEvent', () => {
  const extension = passage('sf-blackberry-exit', 'the government\u00A0extended its shutdown order by a month, the company said.', ['blackberry'], 'the company said')
  it.each<[Voice, boolean]>([['company', true], ['reporter', false], ['government', false]])('an extension "the company said" with attribution %s passes: %s', (attribution, passes) => {
    expect(checkEvent({ attribution, evidence: [extension] }, cast).length === 0).toBe(passes)
  })
})

describe('checkCast', () => {
  it('passes the real actors', () => {
    expect(checkCast(actors, texts)).toEqual([])
  })

  it.each<[string, typeof actors, RegExp]>([
    ['a name no document uses', actors.map(a => a.id === 'blackberry' ? { ...a, names: ['the regulator'] } : a), /"the regulator" is not in any document/],
    ['a document with two writers', actors.map(a => a.id === 'sky-news' ? { ...a, wrote: 'whatsapp-uk' } : a), /exactly one actor with wrote: whatsapp-uk \(has 2\)/],
    ['a document with no writer', actors.filter(a => a.id !== 'facebook-letter-writer'), /exactly one actor with wrote: facebook-letter \(has 0\)/],
  ])('reports %s', (_case, given, problem) => {
    expect(checkCast(given, texts).map(p => p.message).join('\n')).toMatch(problem)
  })
})
