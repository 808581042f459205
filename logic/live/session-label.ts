// A session's label (`npm run live -- --label "Group B, 2026"`): the lecturer's name for the group or year
// a session was run with, shown in the terminal, on the control page and in the cross-session report.

export const LABEL_MAX = 60
const CONTROL = /\p{Cc}/u
const FORMAT = /\p{Cf}/gu
const SPACES = /\s+/g

/** The label as stored (undefined: an empty label, which clears it), or why it cannot be used. */
export type LabelCheck = { ok: true, label: string | undefined } | { ok: false, message: string }

export function cleanLabel(raw: string): LabelCheck {
  if (CONTROL.test(raw))
    return { ok: false, message: '--label is plain text on one line.' }
  const label = raw.normalize('NFC').replace(FORMAT, '').replace(SPACES, ' ').trim()
  if ([...label].length > LABEL_MAX)
    return { ok: false, message: `--label may be at most ${LABEL_MAX} characters (it has ${[...label].length}).` }
  return { ok: true, label: label === '' ? undefined : label }
}

/** A stored session in one line, as the terminal lists them: id, label (if any), start (UTC) and participants. */
export function sessionLine(session: { sessionId: string, label?: string, createdAt: number, participants: number }): string {
  const started = new Date(session.createdAt).toISOString().slice(0, 16).replace('T', ' ')
  return `${session.sessionId}  ${session.label === undefined ? '' : `"${session.label}"  `}(started ${started} UTC, ${session.participants} participant${session.participants === 1 ? '' : 's'})`
}
