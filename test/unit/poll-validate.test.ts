// Poll files: the real ones pass, and each authoring mistake gives one message
// naming the file, the poll, the field and the line, as for quizzes.
import { describe, expect, it } from 'vitest'
import { compileContent } from '../../logic/content/compile.ts'
import { formatError } from '../../logic/content/errors.ts'
import { readContentFiles } from '../../node/read-content.ts'

const realFiles = readContentFiles(`${import.meta.dirname}/../..`)
const FILE = 'polls/probe.yaml'

const probe = `polls:
  - id: stance
    kind: scale
    prompt: Where do you stand?
    points: 7
    low: Privacy first
    high: Lawful access first
    labels:
      4: Undecided
  - id: pick
    kind: choice
    prompt: Which case is new to you?
    options:
      - { id: a, text: BlackBerry }
      - { id: b, text: WhatsApp }
  - id: cloud
    kind: words
    prompt: One word for encryption
    maxWords: 3
    maxLength: 20
  - id: sentence
    kind: text
    prompt: What would you check first?
    maxLength: 200
  - id: run-ask
    ask: key-concepts
    kind: text
    maxLength: 100
`

function compile(text: string, extra: Record<string, string> = {}) {
  const files = new Map(realFiles)
  files.set(FILE, text)
  for (const [path, body] of Object.entries(extra))
    files.set(path, body)
  return compileContent(files)
}
function errorsFor(text: string, extra?: Record<string, string>): string[] {
  const result = compile(text, extra)
  return result.ok ? [] : result.errors.map(formatError)
}

describe('poll files', () => {
  it('accepts the probe, with every kind, and compiles it into the content', () => {
    const result = compile(probe)
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([])
    const polls = result.ok ? result.value.polls.filter(p => ['stance', 'pick', 'cloud', 'sentence', 'run-ask'].includes(p.id)) : []
    expect(polls.map(p => p.kind)).toEqual(['scale', 'choice', 'words', 'text', 'text'])
  })

  it('gives an ask poll the prompt of the notes, and runs that prompt as it', () => {
    const result = compile(probe)
    expect(result.ok).toBe(true)
    if (!result.ok)
      return
    expect(result.value.polls.find(p => p.id === 'run-ask')?.prompt).toBe('Define encryption in one sentence, before we look.')
    expect(result.value.asks.find(a => a.prompt.id === 'key-concepts')?.poll).toMatchObject({ id: 'run-ask', kind: 'text', maxLength: 100 })
  })

  it('puts the real polls into the content, with no key', () => {
    const result = compileContent(realFiles)
    expect(result.ok).toBe(true)
    const stance = result.ok ? result.value.polls.find(p => p.id === 'where-you-stand') : undefined
    expect(stance).toMatchObject({ kind: 'scale', points: 7 })
    expect(JSON.stringify(result.ok && result.value.polls)).not.toMatch(/"(?:answer|accept|correct)"/)
  })

  it.each<[string, string, string]>([
    ['a missing prompt', probe.replace('    prompt: Which case is new to you?\n', ''), 'polls/probe.yaml: poll pick: prompt: is missing (or name an "Ask:" prompt of the notes with ask:) (line 10)'],
    ['an unknown kind', probe.replace('kind: words', 'kind: essay'), 'polls/probe.yaml: poll cloud: kind: unknown kind "essay"; use one of scale, choice, words, text (line 17)'],
    ['a missing kind', probe.replace('    kind: words\n', ''), 'polls/probe.yaml: poll cloud: kind: is missing; use one of scale, choice, words, text (line 16)'],
    ['a key', probe.replace('    prompt: Which case is new to you?\n', '    prompt: Which case is new to you?\n    answer: a\n'), 'polls/probe.yaml: poll pick: answer: a poll has no key and no points: it is never marked (use a quiz for that) (line 13)'],
    ['points on a choice poll', probe.replace('    prompt: Which case is new to you?\n', '    prompt: Which case is new to you?\n    points: 1\n'), 'polls/probe.yaml: poll pick: points: a poll has no key and no points: it is never marked (use a quiz for that) (line 13)'],
    ['a scale of two points', probe.replace('points: 7', 'points: 2'), 'polls/probe.yaml: poll stance: points: must be from 3 to 11 (line 5)'],
    ['a scale of 7.5 points', probe.replace('points: 7', 'points: 7.5'), 'polls/probe.yaml: poll stance: points: must be a whole number (the number of points) (line 5)'],
    ['a missing end label', probe.replace('    low: Privacy first\n', ''), 'polls/probe.yaml: poll stance: low: is missing (line 2)'],
    ['a long end label', probe.replace('low: Privacy first', `low: ${'x'.repeat(41)}`), 'polls/probe.yaml: poll stance: low: must be at most 40 characters: it labels the end of a scale (line 6)'],
    ['a label of a point off the scale', probe.replace('4: Undecided', '9: Undecided'), 'polls/probe.yaml: poll stance: labels.9: is not a point of this scale (1 to 7) (line 9)'],
    ['a long point label', probe.replace('4: Undecided', `4: ${'x'.repeat(41)}`), 'polls/probe.yaml: poll stance: labels.4: must be at most 40 characters (line 9)'],
    ['a label of no point', probe.replace('4: Undecided', 'middle: Undecided'), 'polls/probe.yaml: poll stance: labels.middle: is not a point of this scale (1 to 7) (line 9)'],
    ['one option', probe.replace('      - { id: b, text: WhatsApp }\n', ''), 'polls/probe.yaml: poll pick: options: needs at least two options (line 13)'],
    ['a duplicate option id', probe.replace('id: b,', 'id: a,'), 'polls/probe.yaml: poll pick: options[1].id: duplicate id "a" (line 15)'],
    ['multiple not a boolean', probe.replace('    prompt: Which case is new to you?\n', '    prompt: Which case is new to you?\n    multiple: yes\n'), 'polls/probe.yaml: poll pick: multiple: must be true or false (line 13)'],
    ['four words', probe.replace('maxWords: 3', 'maxWords: 4'), 'polls/probe.yaml: poll cloud: maxWords: must be from 1 to 3 (line 19)'],
    ['a word of 41 characters', probe.replace('maxLength: 20', 'maxLength: 41'), 'polls/probe.yaml: poll cloud: maxLength: must be from 2 to 40 (line 20)'],
    ['open text of 501 characters', probe.replace('maxLength: 200', 'maxLength: 501'), 'polls/probe.yaml: poll sentence: maxLength: must be from 10 to 500 (line 24)'],
    ['an unknown field', probe.replace('    maxLength: 200\n', '    maxLength: 200\n    colour: red\n'), 'polls/probe.yaml: poll sentence: colour: unknown field (check its spelling, or remove it) (line 25)'],
    ['a duplicate poll id', probe.replace('id: cloud', 'id: pick'), 'polls/probe.yaml: poll pick: id: duplicate poll id "pick" in this file (line 16)'],
    ['an ask naming no prompt', probe.replace('ask: key-concepts', 'ask: key-concept'), 'polls/probe.yaml: poll run-ask: ask: names no "Ask:" prompt of slides.md ("key-concept"); `npm run validate -- --asks` lists their ids (line 26)'],
    ['a bad id', probe.replace('id: sentence', 'id: Sentence One'), 'polls/probe.yaml: poll Sentence One: id: must be an id (lower-case letters, digits and dashes) (line 21)'],
    ['no polls', 'polls: []\n', 'polls/probe.yaml: poll file: polls: must have at least one poll (line 1)'],
    ['a poll that is not a mapping', 'polls:\n  - just text\n', 'polls/probe.yaml: poll #1: -: must be a mapping with id, kind, prompt … (line 2)'],
  ])('reports %s', (_what, text, message) => {
    expect(errorsFor(text)).toEqual([message])
  })

  it('holds quotation marks in a poll to the documents\' words, as in quizzes', () => {
    expect(errorsFor(probe.replace('prompt: Which case is new to you?', 'prompt: Is it "a means for lawful access"?'))).toEqual([])
    expect(errorsFor(probe.replace('prompt: Which case is new to you?', 'prompt: Is it "a way in for the police"?'))).toEqual([
      expect.stringMatching(/^polls\/probe\.yaml: poll pick: prompt: "a way in for the police" is not verbatim in any document/),
    ])
  })

  it('reports a poll id used in two files, and two polls for one prompt', () => {
    const other = 'polls:\n  - id: pick\n    ask: key-concepts\n    kind: text\n    maxLength: 50\n'
    expect(errorsFor(probe, { 'polls/other.yaml': other })).toEqual([
      'polls/probe.yaml: poll pick: id: duplicate poll id "pick" (also in polls/other.yaml)',
      'polls/probe.yaml: poll run-ask: ask: "key-concepts" is already run by poll "pick"',
    ])
  })

  it('reports a poll that takes the id of a prompt\'s own poll', () => {
    const other = 'polls:\n  - id: ask-agenda-x\n    prompt: A\n    kind: text\n    maxLength: 50\n  - id: ask-learning-objectives\n    prompt: B\n    kind: text\n    maxLength: 50\n'
    expect(errorsFor(probe, { 'polls/other.yaml': other })).toEqual([
      'polls/other.yaml: poll ask-learning-objectives: id: is the id of the "Ask:" prompt "learning-objectives"\'s own poll; choose another',
    ])
  })

  it('reports an empty "Ask:", one on a slide with no title or routeAlias, and two prompts with one id', () => {
    const deck = `---
layout: cover
---

# One

<!--
Ask: "First?"
-->

---

<Quiz id="x" />

<!--
Ask: "Nameless?"
-->

---

# One

<!--
Ask: "Again?"
-->
`
    expect(errorsFor(probe.replace(/ {2}- id: run-ask[\s\S]*$/, ''), { 'slides.md': deck.replace('Ask: "First?"', 'Ask: "First?"\nAsk:') })).toEqual([
      'slides.md: notes: Ask: has no question after "Ask:" (line 9)',
      'slides.md: notes: Ask: the slide has no title or routeAlias to name this prompt: give it a routeAlias in its frontmatter (line 17)',
      'slides.md: notes: Ask: gives the prompt id "one" again (also line 8): give one of the two slides a routeAlias (line 25)',
      // The real poll file's override now points at no prompt.
      'polls/where-you-stand.yaml: poll cases-heard-of: ask: names no "Ask:" prompt of slides.md ("agenda"); `npm run validate -- --asks` lists their ids (line 16)',
    ])
  })
})
