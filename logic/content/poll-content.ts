// The polls of the content: every poll file's polls, and every "Ask:" prompt of
// the speaker notes with the poll it runs as (a poll file's `ask:` entry, else
// the kind its wording suggests, see logic/deck/ask-prompts.ts). Poll ids are
// unique across all of them; problems come back as ContentErrors.
import type { AskPrompt } from '../deck/ask-prompts.ts'
import type { ContentError } from './errors.ts'
import type { Poll } from './polls.ts'
import { askPoll, askPrompts, DECK_FILE } from '../deck/ask-prompts.ts'
import { validatePollFile } from './polls.ts'

/** An "Ask:" prompt and the poll a control page runs for it. */
export interface AskPoll {
  prompt: AskPrompt
  poll: Poll
}

const POLL_FILE = /^polls\/[^/]+\.ya?ml$/

/** The files compilePolls reads: the poll files and slides.md. */
export function isPollFile(path: string): boolean {
  return POLL_FILE.test(path) || path === DECK_FILE
}

export function isPollYaml(path: string): boolean {
  return POLL_FILE.test(path)
}

/** `files`: path → text, as compileContent gets them; slides.md is optional (no prompts without it). */
export function compilePolls(files: ReadonlyMap<string, string>): { polls: Poll[], asks: AskPoll[], errors: ContentError[] } {
  const errors: ContentError[] = []
  const deck = files.get(DECK_FILE)
  const found = deck === undefined ? { prompts: [], problems: [] } : askPrompts(deck)
  for (const problem of found.problems)
    errors.push({ file: DECK_FILE, scope: 'notes', field: 'Ask', message: problem.message, line: problem.line })

  const polls: Poll[] = []
  const fileOf = new Map<string, string>()
  const overrides = new Map<string, Poll>()
  for (const file of [...files.keys()].filter(path => POLL_FILE.test(path)).sort()) {
    const result = validatePollFile(file, files.get(file) ?? '', found.prompts)
    errors.push(...result.errors)
    for (const poll of result.polls ?? []) {
      const other = fileOf.get(poll.id)
      if (other && other !== file)
        errors.push({ file, scope: `poll ${poll.id}`, field: 'id', message: `duplicate poll id "${poll.id}" (also in ${other})` })
      fileOf.set(poll.id, file)
      if (poll.ask !== undefined) {
        const earlier = overrides.get(poll.ask)
        if (earlier)
          errors.push({ file, scope: `poll ${poll.id}`, field: 'ask', message: `"${poll.ask}" is already run by poll "${earlier.id}"` })
        overrides.set(poll.ask, poll)
      }
      polls.push(poll)
    }
  }

  const asks = found.prompts.map(prompt => ({ prompt, poll: overrides.get(prompt.id) ?? askPoll(prompt) }))
  for (const { poll } of asks) {
    const other = fileOf.get(poll.id)
    if (other && poll.ask !== undefined && overrides.get(poll.ask) !== poll)
      errors.push({ file: other, scope: `poll ${poll.id}`, field: 'id', message: `is the id of the "Ask:" prompt "${poll.ask}"'s own poll; choose another` })
  }
  return { polls, asks, errors }
}
