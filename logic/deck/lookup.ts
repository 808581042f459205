// Looks up what the deck's components show by id: sources, actors, case titles.
import type { Source } from '../content/catalogue.ts'
import type { Actor, CaseId } from '../content/facts.ts'

export const caseTitles: Record<CaseId, string> = {
  'blackberry-pakistan': 'BlackBerry in Pakistan',
  'whatsapp-uk': 'WhatsApp and the UK',
  'facebook-letter': 'The letter to Facebook',
}

/** The document's title, or its id when the catalogue does not know it. */
export function sourceTitle(sources: ReadonlyArray<Pick<Source, 'id' | 'title'>>, id: string): string {
  return sources.find(source => source.id === id)?.title ?? id
}

/** The document's short label for a citation chip, or its id when the catalogue does not know it. */
export function sourceShort(sources: ReadonlyArray<Pick<Source, 'id' | 'short'>>, id: string): string {
  return sources.find(source => source.id === id)?.short ?? id
}

/** One citation per document, the first passage cited from each: two chips naming the same document read as a typo. */
export function oneChipPerSource<T extends { source: string }>(evidence: readonly T[]): T[] {
  return evidence.filter((e, i) => evidence.findIndex(other => other.source === e.source) === i)
}

/** Items in the order of `ids` (all items when `ids` is absent); unknown ids are an error. */
export function pick<T extends { id: string }>(items: readonly T[], ids?: readonly string[]): T[] {
  if (!ids)
    return [...items]
  return ids.map((id) => {
    const item = items.find(candidate => candidate.id === id)
    if (!item)
      throw new Error(`unknown id "${id}" (known: ${items.map(i => i.id).join(', ')})`)
    return item
  })
}

/** The actors' names joined for a caption: "Barr, Patel and Dutton". */
export function actorNames(actors: readonly Actor[], ids: readonly string[]): string {
  const names = pick(actors, ids).map(actor => actor.name)
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0] ?? ''
}

const LEADING_THE = /^The /

/** Who makes a claim, for its caption: "Navi Pillay, as reported by the open letter's 11 signatories". */
export function claimSpeakers(actors: readonly Actor[], claim: { speakers: readonly string[], reportedBy?: string }): string {
  const speakers = actorNames(actors, claim.speakers)
  return claim.reportedBy
    ? `${speakers}, as reported by ${actorNames(actors, [claim.reportedBy]).replace(LEADING_THE, 'the ')}`
    : speakers
}
