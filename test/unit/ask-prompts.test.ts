// The "Ask:" prompts of the speaker notes: every one in the real slides.md is
// found, with an id from its slide (not its number) and the poll it runs as.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { askPoll, askPrompts } from '../../logic/deck/ask-prompts.ts'

const slides = readFileSync(join(import.meta.dirname, '../../slides.md'), 'utf8')
const askLines = slides.split('\n').flatMap((text, i) => text.trim().startsWith('Ask:') ? [i + 1] : [])

describe('the "Ask:" prompts of slides.md', () => {
  const { prompts, problems } = askPrompts(slides)

  it('finds every "Ask:" line of the notes, once, with no problem', () => {
    expect(problems).toEqual([])
    expect(askLines.length).toBeGreaterThanOrEqual(40)
    expect(prompts.map(p => p.line)).toEqual(askLines)
  })

  it('gives each a unique id from its slide', () => {
    expect(new Set(prompts.map(p => p.id)).size).toBe(prompts.length)
    expect(prompts.find(p => p.line === askLines[0])).toMatchObject({ id: 'privacy-versus-lawful-access', slide: 1 })
    expect(prompts.find(p => p.text === 'Which document would you most like to know more about, and what would you look for?')?.id).toBe('sources')
  })

  it('takes the question in quotation marks as the prompt, and keeps the notes\' aside for the lecturer', () => {
    expect(prompts.find(p => p.id === 'backdoor-and-lawful-access')).toMatchObject({
      text: 'Is a backdoor used only with a warrant still a backdoor?',
      aside: expect.stringMatching(/^No single right answer/),
    })
    for (const prompt of prompts)
      expect(prompt.text, prompt.id).not.toMatch(/^"|"$/)
  })

  it('keeps the ids when a slide is inserted before them', () => {
    const inserted = slides.replace('\n---\nhideInToc: true\n---\n\n# Agenda', '\n---\n\n# A new slide\n\n<!--\nAsk: "New?"\n-->\n\n---\nhideInToc: true\n---\n\n# Agenda')
    const after = askPrompts(inserted).prompts
    expect(after).toHaveLength(prompts.length + 1)
    expect(after.filter(p => p.id !== 'a-new-slide').map(p => p.id)).toEqual(prompts.map(p => p.id))
    expect(after.find(p => p.id === 'agenda')!.slide).toBe(prompts.find(p => p.id === 'agenda')!.slide + 1)
  })

  it('numbers a second prompt on one slide', () => {
    const deck = '---\nlayout: cover\n---\n\n# Cover\n\n<!--\nAsk: "One?"\nSay: then\nAsk: Two, without quotes?\n-->\n'
    expect(askPrompts(deck).prompts.map(p => [p.id, p.text, p.line])).toEqual([['cover', 'One?', 8], ['cover-2', 'Two, without quotes?', 10]])
  })
})

describe('the poll a prompt runs as', () => {
  it.each<[string, string]>([
    ['Is this a request for a backdoor?', 'choice'],
    ['Can a company say no to a government?', 'choice'],
    ['Does it matter that four signatories are based in Pakistan?', 'choice'],
    ['Is \'cannot\' a stronger refusal than \'will not\'? Why?', 'text'],
    ['Does BlackBerry argue against lawful access, or against unfettered access?', 'text'],
    ['Which difference matters most for the outcome?', 'text'],
    ['Define encryption in one sentence, before we look.', 'text'],
    ['Island nations: what would they say?', 'text'],
  ])('%s → %s', (text, kind) => {
    const poll = askPoll({ id: 'x', text, aside: '', slideTitle: 'X', slide: 1, line: 1 })
    expect(poll).toMatchObject({ id: 'ask-x', ask: 'x', kind, prompt: text })
    if (poll.kind === 'choice')
      expect(poll.options.map(o => o.text)).toEqual(['Yes', 'No', 'Not sure'])
  })
})
