// Who may join a live session as a new participant (issue #16 item 4, #15 item 5): the session's join code,
// compared in constant time and limited per address against guessing, and, with `--ask-id`, a valid identifier
// that no one else in the session has given. Also the join settings a session runs with: stored with it, made
// for a session stored before join codes existed, and `--ask-id` held to what the session started with.
import type { AskId, ErrorCode } from '../../logic/live/protocol.ts'
import type { BucketSpec } from './rate-limit.ts'
import type { JoinSettings } from './store.ts'
import { IDENTIFIER_LABELS } from '../../logic/interchange/grade-csv.ts'
import { checkIdentifier } from '../../logic/live/identifier.ts'
import { joinCodeProblem, newJoinCode, normaliseJoinCode } from '../../logic/live/join-code.ts'
import { KeyedBuckets } from './rate-limit.ts'
import { tokenChecker } from './token.ts'

/** Wrong codes per client address: a class behind one NAT mistypes now and then; a guesser gets about 30 a minute of 28^6 ≈ 482 million. */
export const defaultWrongCodes: BucketSpec = { capacity: 30, perSecond: 0.5 }

export interface JoinRefusal {
  code: ErrorCode
  message: string
}

/** The join settings stored in a sessions row (columns missing or empty in databases made before them). */
export function joinSettingsOf(row: { join_code?: string | null, ask_id?: string | null }): Partial<JoinSettings> {
  return {
    ...(row.join_code ? { joinCode: row.join_code } : {}),
    ...(row.ask_id === 'email' || row.ask_id === 'number' ? { askId: row.ask_id } : {}),
  }
}

function askIdWords(askId: AskId | undefined): string {
  return askId ? `--ask-id ${askId}` : 'no --ask-id'
}

/**
 * The settings a session runs with. A new session (`stored` undefined) gets a new code; a resumed one keeps its
 * code, or gets one if it was stored before join codes (`changed`: store it). `--ask-id` cannot change on resume:
 * participants who joined would lack the identifier, or have one the session no longer asks for.
 */
export function settleJoinSettings(sessionId: string, stored: Partial<JoinSettings> | undefined, askId: AskId | undefined): { settings: JoinSettings, changed: boolean } {
  if (!stored)
    return { settings: { joinCode: newJoinCode(), ...(askId ? { askId } : {}) }, changed: true }
  if (askId && askId !== stored.askId)
    throw new Error(`Session "${sessionId}" was started with ${askIdWords(stored.askId)}, and that cannot change on resume. Resume it ${stored.askId ? `with --ask-id ${stored.askId} or without --ask-id` : 'without --ask-id'}, or start a new session with --ask-id ${askId}.`)
  const settings = { joinCode: stored.joinCode ?? newJoinCode(), ...(stored.askId ? { askId: stored.askId } : {}) }
  return { settings, changed: !stored.joinCode }
}

export class JoinGate {
  private readonly wrong: KeyedBuckets
  /** Addresses that have used up their wrong codes, and until when. */
  private readonly blockedUntil = new Map<string, number>()
  private readonly matches: (code: unknown) => boolean

  constructor(readonly settings: JoinSettings, wrongCodes: BucketSpec = defaultWrongCodes, private readonly now: () => number = Date.now) {
    this.wrong = new KeyedBuckets(wrongCodes, now)
    this.matches = tokenChecker(settings.joinCode)
  }

  /** A refusal, or undefined when `typed` is the session's code and the address may still try. */
  checkCode(address: string, typed: string | undefined): JoinRefusal | undefined {
    if (typed === undefined || normaliseJoinCode(typed) === '')
      return { code: 'code-required', message: 'Enter the join code shown on the projector.' }
    const until = this.blockedUntil.get(address)
    if (until !== undefined && until > this.now())
      return { code: 'code-refused', message: 'Too many wrong join codes from this network. Wait a minute, then type the code shown on the projector again.' }
    this.blockedUntil.delete(address)
    if (this.matches(normaliseJoinCode(typed)))
      return undefined
    if (!this.wrong.take(address))
      this.blockedUntil.set(address, this.now() + 60_000)
    return { code: 'code-refused', message: joinCodeProblem(typed) ?? 'That is not this session\'s join code. Check it against the projector and type it again.' }
  }

  /** The identifier to store (none when the session asks for none), or why it cannot be used. */
  checkIdentifier(typed: string | undefined): { ok: true, identifier?: string } | ({ ok: false } & JoinRefusal) {
    const kind = this.settings.askId
    if (!kind)
      return { ok: true }
    if (typed === undefined)
      return { ok: false, code: 'id-required', message: `This session asks for your ${IDENTIFIER_LABELS[kind]}, so that the marks reach the LMS.` }
    const checked = checkIdentifier(kind, typed)
    return checked.ok ? checked : { ok: false, code: 'id-refused', message: checked.message }
  }
}
