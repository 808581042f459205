// What a student may send to a poll, by kind, checked the same way in the deck,
// on the live server and in tallies: a scale point that exists, options the poll
// offers (one, or several when it allows it), one to maxWords single words of at
// most maxLength characters, or one sentence of at most maxLength characters.
// Text is trimmed and its spaces collapsed; nothing is ever rendered as HTML.
import type { Poll } from '../content/polls.ts'
import * as v from 'valibot'

/** A student's answer to a poll of each kind, as sent and stored. */
export interface PollAnswerByKind {
  scale: number
  choice: string[]
  words: string[]
  text: string
}
export type PollAnswer = PollAnswerByKind[keyof PollAnswerByKind]

export const pollAnswerSchemas = {
  scale: v.number(),
  choice: v.array(v.string()),
  words: v.array(v.string()),
  text: v.string(),
} satisfies { [K in keyof PollAnswerByKind]: v.GenericSchema<unknown, PollAnswerByKind[K]> }

export type ReadAnswer<A = PollAnswer> = { ok: true, value: A } | { ok: false, problem: string }

const SPACES = /\s+/g
const tidy = (text: string) => text.normalize('NFC').replace(SPACES, ' ').trim()
const refuse = (problem: string): { ok: false, problem: string } => ({ ok: false, problem })

/** The answer, tidied, when the poll accepts it; else why not, in words for the student. */
export function readPollAnswer(poll: Poll, raw: unknown): ReadAnswer {
  const shape = v.safeParse(pollAnswerSchemas[poll.kind], raw)
  switch (poll.kind) {
    case 'scale': {
      const point = shape.output as number
      return shape.success && Number.isInteger(point) && point >= 1 && point <= poll.points
        ? { ok: true, value: point }
        : refuse(`Pick a point from 1 to ${poll.points}.`)
    }
    case 'choice': {
      if (!shape.success)
        return refuse('Pick one of the options.')
      const picks = shape.output as string[]
      if (picks.length === 0)
        return refuse(poll.multiple ? 'Pick at least one option.' : 'Pick one of the options.')
      if (!picks.every(id => poll.options.some(o => o.id === id)))
        return refuse('That is not one of the options.')
      if (new Set(picks).size !== picks.length)
        return refuse('Each option may be picked once.')
      return !poll.multiple && picks.length > 1 ? refuse('Pick only one option.') : { ok: true, value: picks }
    }
    case 'words': {
      if (!shape.success)
        return refuse(`Send one to ${poll.maxWords} words.`)
      const words = (shape.output as string[]).map(tidy).filter(Boolean)
      if (words.length === 0 || words.length > poll.maxWords)
        return refuse(poll.maxWords === 1 ? 'Send one word.' : `Send one to ${poll.maxWords} words.`)
      if (words.some(word => word.includes(' ')))
        return refuse('One word in each box (join words with a hyphen: end-to-end).')
      return words.some(word => [...word].length > poll.maxLength)
        ? refuse(`Each word may be at most ${poll.maxLength} characters.`)
        : { ok: true, value: words }
    }
    case 'text': {
      const text = shape.success ? tidy(shape.output as string) : ''
      if (!text)
        return refuse('Write an answer first.')
      return [...text].length > poll.maxLength ? refuse(`Answers may be at most ${poll.maxLength} characters.`) : { ok: true, value: text }
    }
  }
}
