// Who said it: checks that every evidence passage in the fact files names the
// speakers its document credits it to, and that every claim naming a speaker
// agrees with its evidence. A passage credited to a document's writer must be
// the writer's own words (not inside quotation marks, no "said", "according
// to", "pointed out" around it); a passage credited to anyone else needs a
// `cue`, words near it in the document that name them ("Beard said", "Its
// source said:"). A claim's speakers are its passages' speakers, its voice is
// theirs, and a passage that is not in their own words (indirect speech) is
// marked as its writer's paraphrase with `reportedBy`.
import type { FieldProblem } from './errors.ts'
import type { SourceTexts } from './evidence.ts'
import type { Voice } from './fact-vocabulary.ts'

export interface Speaker {
  id: string
  name: string
  group: Voice
  /** Other words the documents use for the speaker ("the company", "Its source"). */
  names?: string[]
  /** The document this actor is the writer of. */
  wrote?: string
}

export interface AttributedPassage {
  source: string
  quote: string
  speakers?: string[]
  cue?: string
}

/** The actors by id and each document's writer, as the checks need them. */
export interface Cast {
  actors: ReadonlyMap<string, Speaker>
  writers: ReadonlyMap<string, string>
  texts: SourceTexts
}

/** Words by which a writer hands a passage to someone else. */
const REPORTING = /\b(?:said|says|argues|argued|contends?|contended|tweeted|pointed out|acknowledged|admitted|added|according to|reports|reported|claims|claimed|insists|insisted|warned|wrote|condemned)\b/i
const SENTENCE_END = /[.!?](?=\s|$)/g
const PARAGRAPH_BREAK = /\n[ \t\u00A0]*\n/g
const OPENING_QUOTE = /^["“‘]/
/** After a passage, its sentence is read to this length, and beyond it only the last clause (", the company said."). */
const TAIL = 80

function paragraphBounds(text: string, at: number): { start: number, end: number, previous: string } {
  let start = 0
  let previousStart = 0
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    const end = match.index + match[0].length
    if (end > at)
      return { start, end: match.index, previous: text.slice(previousStart, start) }
    previousStart = start
    start = end
  }
  return { start, end: text.length, previous: text.slice(previousStart, start) }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}

/**
 * Whether a passage is a quotation in its document: inside quotation marks, or
 * set off as its own paragraph after one ending in a colon ("Its source said:").
 */
export function isQuotation(text: string, quote: string): boolean {
  const at = text.indexOf(quote)
  if (at < 0)
    return false
  if (OPENING_QUOTE.test(quote))
    return true
  const { start, previous } = paragraphBounds(text, at)
  const before = text.slice(start, at)
  const inside = count(before, '"') % 2 === 1 || count(before, '“') > count(before, '”')
  return inside || (start > 0 && before.trim() === '' && previous.trimEnd().endsWith(':'))
}

/** The words that attribute a passage: its sentence up to it, itself, and the rest of the sentence (only its last clause when long). */
function attributionWindow(text: string, at: number, quote: string): string {
  const { start, end } = paragraphBounds(text, at)
  let sentenceStart = start
  for (const match of text.slice(start, at).matchAll(SENTENCE_END))
    sentenceStart = start + match.index + 1
  const after = at + quote.length
  const rest = text.slice(after, end)
  const stop = rest.search(SENTENCE_END)
  const sentenceRest = stop >= 0 ? rest.slice(0, stop) : rest
  const tail = sentenceRest.length <= TAIL ? sentenceRest : sentenceRest.slice(sentenceRest.lastIndexOf(','))
  return text.slice(sentenceStart, after) + tail
}

function speakerNames(speaker: Speaker): string[] {
  return [speaker.name, ...(speaker.names ?? [])]
}

function names(cue: string, speaker: Speaker): boolean {
  const lower = cue.toLowerCase()
  return speakerNames(speaker).some(name => lower.includes(name.toLowerCase()))
}

/** Problems with one passage's `speakers` and `cue`, at paths relative to the passage. */
export function checkPassage(passage: AttributedPassage, cast: Cast): FieldProblem[] {
  const speakers = passage.speakers ?? []
  const text = cast.texts.get(passage.source)
  const unknown = speakers.flatMap((id, i): FieldProblem[] => cast.actors.has(id)
    ? []
    : [{ path: ['speakers', i], message: `unknown actor "${id}" (add it to data/actors.yaml)` }])
  const at = text?.indexOf(passage.quote) ?? -1
  if (unknown.length || text === undefined || at < 0 || speakers.length === 0)
    return unknown
  const writer = cast.writers.get(passage.source)
  if (writer !== undefined && speakers.includes(writer)) {
    if (speakers.length > 1)
      return [{ path: ['speakers'], message: `mixes the writer "${writer}" with other speakers: credit one or the other` }]
    if (passage.cue !== undefined)
      return [{ path: ['cue'], message: 'must be left out: a passage in the writer\'s own words has no cue' }]
    if (isQuotation(text, passage.quote))
      return [{ path: ['speakers'], message: `credits the writer "${writer}" with a passage the document quotes: credit the speaker it quotes, with a cue` }]
    const reported = REPORTING.exec(attributionWindow(text, at, passage.quote))
    return reported
      ? [{ path: ['speakers'], message: `credits the writer "${writer}", but the document attributes this passage ("${reported[0]}"): credit the speakers it names, with a cue` }]
      : []
  }
  if (passage.cue === undefined)
    return [{ path: ['cue'], message: `is missing: give the words near the passage that name ${speakers.join(', ')} (e.g. "Beard said")` }]
  const { start, end, previous } = paragraphBounds(text, at)
  const near = text.slice(start - previous.length, end)
  if (!near.includes(passage.cue))
    return [{ path: ['cue'], message: `"${passage.cue}" is not in the passage's paragraph of "${passage.source}" or the one before it` }]
  return speakers.flatMap((id, i): FieldProblem[] => {
    const speaker = cast.actors.get(id)
    return speaker && !names(passage.cue ?? '', speaker)
      ? [{ path: ['speakers', i], message: `"${id}" is not named in the cue "${passage.cue}" (as ${speakerNames(speaker).map(n => `"${n}"`).join(' or ')})` }]
      : []
  })
}

/** The single voice of a group of speakers, or undefined when they differ or are unknown. */
function voiceOf(ids: readonly string[], cast: Cast): Voice | undefined {
  const groups = new Set(ids.map(id => cast.actors.get(id)?.group))
  const [only] = groups
  return groups.size === 1 ? only : undefined
}

function checkPassages(evidence: readonly AttributedPassage[], cast: Cast): FieldProblem[] {
  return evidence.flatMap((passage, i) => checkPassage(passage, cast).map(p => ({ ...p, path: ['evidence', i, ...p.path] })))
}

export interface AttributedClaim {
  speakers: string[]
  voice: Voice
  reportedBy?: string
  evidence: AttributedPassage[]
}

/** An argument: its speakers are its passages' speakers, its voice theirs, a paraphrase marked. */
export function checkClaim(claim: AttributedClaim, cast: Cast): FieldProblem[] {
  const problems = checkPassages(claim.evidence, cast)
  const named = [...new Set(claim.evidence.flatMap(e => e.speakers ?? []))]
  const given = new Set(claim.speakers)
  if (named.length !== given.size || named.some(id => !given.has(id)))
    problems.push({ path: ['speakers'], message: `must be the speakers its evidence names: [${named.join(', ')}]` })
  const voice = voiceOf(claim.speakers, cast)
  if (voice === undefined)
    problems.push({ path: ['speakers'], message: 'must all speak with one voice (their actors\' group); split the claim' })
  else if (voice !== claim.voice)
    problems.push({ path: ['voice'], message: `must be "${voice}", the voice of its speakers` })
  const paraphrases = claim.evidence.flatMap((passage, i) => {
    const text = cast.texts.get(passage.source)
    const writer = cast.writers.get(passage.source)
    const own = writer !== undefined && (passage.speakers ?? []).includes(writer)
    return text !== undefined && !own && !isQuotation(text, passage.quote) ? [{ i, writer }] : []
  })
  for (const { i, writer } of paraphrases) {
    if (claim.reportedBy !== writer)
      problems.push({ path: ['reportedBy'], message: `must be "${writer}": evidence[${i}] is not in its speakers' own words but its writer's report of them` })
  }
  if (paraphrases.length === 0 && claim.reportedBy !== undefined)
    problems.push({ path: ['reportedBy'], message: 'must be left out: every passage is in its speakers\' own words' })
  return problems
}

/** A timeline event: its attribution is the voice of its first passage. */
export function checkEvent(event: { attribution: Voice, evidence: AttributedPassage[] }, cast: Cast): FieldProblem[] {
  const problems = checkPassages(event.evidence, cast)
  const voice = voiceOf(event.evidence[0]?.speakers ?? [], cast)
  if (voice !== undefined && voice !== event.attribution)
    problems.push({ path: ['attribution'], message: `must be "${voice}", the voice of the speakers of evidence[0]` })
  return problems
}

/** Any other fact with evidence: each passage's speakers and cue. */
export const checkEvidenceSpeakers = checkPassages

/** Actors: every document has one writer, and every other name is one a document uses. */
export function checkCast(actors: readonly Speaker[], texts: SourceTexts): FieldProblem[] {
  const problems: FieldProblem[] = []
  const all = [...texts.values()]
  actors.forEach((actor, i) => {
    if (actor.wrote !== undefined && !texts.has(actor.wrote))
      problems.push({ path: ['actors', i, 'wrote'], message: `unknown source "${actor.wrote}"` })
    actor.names?.forEach((name, j) => {
      if (!all.some(text => text.toLowerCase().includes(name.toLowerCase())))
        problems.push({ path: ['actors', i, 'names', j], message: `"${name}" is not in any document` })
    })
  })
  for (const source of texts.keys()) {
    const writers = actors.filter(actor => actor.wrote === source)
    if (writers.length !== 1)
      problems.push({ path: ['actors'], message: `must have exactly one actor with wrote: ${source} (has ${writers.length})` })
  }
  return problems
}

/** The lookups the checks need, from the actors list. */
export function castOf(actors: readonly Speaker[], texts: SourceTexts): Cast {
  return {
    actors: new Map(actors.map(actor => [actor.id, actor])),
    writers: new Map(actors.flatMap(actor => actor.wrote === undefined ? [] : [[actor.wrote, actor.id] as const])),
    texts,
  }
}
