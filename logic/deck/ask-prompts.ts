// The "Ask:" prompts of the speaker notes in slides.md, as polls the room can
// answer: each gets an id from its slide (its routeAlias, else its title), so
// inserting or moving a slide renumbers nothing, and a kind chosen from its
// wording (a yes/no question becomes a choice poll, anything else open text).
// A poll file may replace that choice (`ask: <id>`, see logic/content/polls.ts).
import type { ChoicePoll, OpenTextPoll } from '../content/polls.ts'
import { parseSync } from '@slidev/parser/core'

export const DECK_FILE = 'slides.md'

export interface AskPrompt {
  /** Stable: the slide's routeAlias or title as a slug, then `-2`, `-3` … for a slide's further prompts. */
  id: string
  /** The question as the notes word it (the part in quotation marks, without them). */
  text: string
  /** What the notes add after the question (good answers, cautions), for the lecturer only. */
  aside: string
  /** The slide's title (or routeAlias), to find it on a control page. */
  slideTitle: string
  /** 1-based slide number and line in slides.md when the content was compiled: for display only, not an id. */
  slide: number
  line: number
}

export interface AskProblem {
  line: number
  message: string
}

/** `Ask: "Is this … ?" The notes' aside.` or `Ask: Is this …?` */
const ASK_LINE = /^Ask:(.*)$/
const QUOTED = /^"([^"]+)"(.*)$/
/** Words that open a question answered yes or no. */
const YES_NO_START = /^(?:is|are|was|were|does|do|did|can|could|would|should|has|have|will)\b/i
/** The open-text answer's length when the notes choose the kind. */
export const ASK_TEXT_LENGTH = 280

const ACCENTS = /[\u0300-\u036F]/g
const NOT_ID = /[^a-z0-9]+/g
const DASHES_AROUND = /^-+|-+$/g
const OR = /\bor\b/i

/** "Case 1: BlackBerry in Pakistan" → "case-1-blackberry-in-pakistan" */
export function slug(text: string): string {
  return text.normalize('NFKD').replace(ACCENTS, '').toLowerCase().replace(NOT_ID, '-').replace(DASHES_AROUND, '')
}

/** Every "Ask:" line of every slide's notes, with problems (a slide with no title or routeAlias to name it, two prompts with one id). */
export function askPrompts(markdown: string): { prompts: AskPrompt[], problems: AskProblem[] } {
  const prompts: AskPrompt[] = []
  const problems: AskProblem[] = []
  const lineOf = new Map<string, number>()
  const lines = markdown.split('\n')
  for (const slide of parseSync(markdown, DECK_FILE).slides) {
    const alias = typeof slide.frontmatter.routeAlias === 'string' ? slide.frontmatter.routeAlias : undefined
    const name = alias ?? slide.title ?? ''
    const base = slug(name)
    // The notes are the slide's last comment: find each of their "Ask:" lines in the file, in order.
    let cursor = slide.contentStart
    let count = 0
    for (const noteLine of (slide.note ?? '').split('\n')) {
      const ask = ASK_LINE.exec(noteLine.trim())
      if (!ask)
        continue
      const index = lines.findIndex((text, i) => i >= cursor && text.trim() === noteLine.trim())
      cursor = index + 1
      const line = index + 1
      const asked = (ask[1] ?? '').trim()
      const quoted = QUOTED.exec(asked)
      const text = (quoted?.[1] ?? asked).trim()
      if (!base || !text) {
        problems.push({ line, message: base ? 'has no question after "Ask:"' : 'the slide has no title or routeAlias to name this prompt: give it a routeAlias in its frontmatter' })
        continue
      }
      count += 1
      const id = count === 1 ? base : `${base}-${count}`
      const other = lineOf.get(id)
      if (other !== undefined) {
        problems.push({ line, message: `gives the prompt id "${id}" again (also line ${other}): give one of the two slides a routeAlias` })
        continue
      }
      lineOf.set(id, line)
      prompts.push({ id, text, aside: (quoted?.[2] ?? '').trim(), slideTitle: name, slide: slide.index + 1, line })
    }
  }
  return { prompts, problems }
}

/** How a prompt runs as a poll unless a poll file says otherwise: yes/no/not sure for one yes-or-no question, else open text. */
export function askPoll(prompt: AskPrompt): ChoicePoll | OpenTextPoll {
  const questions = prompt.text.split('?').filter(part => part.trim()).length
  const yesNo = questions === 1 && YES_NO_START.test(prompt.text) && !OR.test(prompt.text)
  const id = `ask-${prompt.id}`
  if (!yesNo)
    return { id, ask: prompt.id, kind: 'text', prompt: prompt.text, maxLength: ASK_TEXT_LENGTH }
  return {
    id,
    ask: prompt.id,
    kind: 'choice',
    prompt: prompt.text,
    options: [{ id: 'yes', text: 'Yes' }, { id: 'no', text: 'No' }, { id: 'not-sure', text: 'Not sure' }],
  }
}
