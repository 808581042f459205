// Content validation: the real files pass, and each kind of authoring mistake
// gives one message naming the file, the question, the field and the line.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { compileContent } from '../../logic/content/compile.ts'
import { formatError } from '../../logic/content/errors.ts'
import { readContentFiles } from '../../node/read-content.ts'

const root = join(import.meta.dirname, '../..')
const realFiles = readContentFiles(root)
const FILE = 'quizzes/probe.yaml'

/** A valid quiz with one single-choice question; `edit` changes its YAML text. */
const probe = `id: probe
title: Probe
description: A quiz used by the tests.
objectives: [blackberry-case]
passMark: 50
mode: practice
questions:
  - id: q1
    kind: single
    prompt: Which body gave the shutdown order?
    points: 1
    options:
      - id: pta
        text: The PTA
      - id: court
        text: A court
    answer: pta
    explanation: The report says so.
    objective: blackberry-case
    evidence:
      - source: sf-blackberry-exit
        quote: the company is estimated to have only about 5,000 BES users in the market
`

function errorsFor(text: string, extra: Record<string, string> = {}): string[] {
  const files = new Map(realFiles)
  files.set(FILE, text)
  for (const [path, body] of Object.entries(extra))
    files.set(path, body)
  const result = compileContent(files)
  return result.ok ? [] : result.errors.map(formatError)
}

describe('validation of the real content', () => {
  it('passes', () => {
    const result = compileContent(realFiles)
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([])
  })

  it('accepts the probe quiz', () => {
    expect(errorsFor(probe)).toEqual([])
  })
})

describe('validation errors', () => {
  it.each<[string, string, string]>([
    [
      'an evidence quote not in the source',
      probe.replace('about 5,000 BES users', 'about 6,000 BES users'),
      'quizzes/probe.yaml: question q1: evidence[0].quote: not found verbatim in source "sf-blackberry-exit": it matches up to "… estimated to have only about " and then differs (line 22)',
    ],
    [
      'a quote with a straight space where the document has a no-break space',
      probe.replace('the company is estimated to have only about 5,000 BES users in the market', 'Authority gave BlackBerry a shutdown order'),
      'quizzes/probe.yaml: question q1: evidence[0].quote: not found verbatim in source "sf-blackberry-exit": after "Authority gave" the document has a no-break space (U+00A0) where the quote has " " (U+0020); copy the passage from the document exactly (line 22)',
    ],
    [
      'a missing key',
      probe.replace('    answer: pta\n', ''),
      'quizzes/probe.yaml: question q1: answer: is missing (line 8)',
    ],
    [
      'a key naming a missing option',
      probe.replace('answer: pta', 'answer: nasa'),
      'quizzes/probe.yaml: question q1: answer: names option "nasa", which is not one of "pta", "court" (line 17)',
    ],
    [
      'a duplicate question id',
      `${probe}${probe.slice(probe.indexOf('  - id: q1'))}`,
      'quizzes/probe.yaml: question q1: id: duplicate question id "q1" in this quiz (line 23)',
    ],
    [
      'a duplicate option id',
      probe.replace('id: court', 'id: pta'),
      'quizzes/probe.yaml: question q1: options[1].id: duplicate id "pta" (line 15)',
    ],
    [
      'an unknown source id',
      probe.replace('source: sf-blackberry-exit', 'source: reuters'),
      'quizzes/probe.yaml: question q1: evidence[0].source: unknown source "reuters" (known: cnet-blackberry, open-letter, sf-blackberry-exit, whatsapp-uk, facebook-letter) (line 21)',
    ],
    [
      'an unknown field',
      probe.replace('    points: 1\n', '    points: 1\n    hint: think\n'),
      'quizzes/probe.yaml: question q1: hint: unknown field (check its spelling, or remove it) (line 12)',
    ],
    [
      'an unknown kind',
      probe.replace('kind: single', 'kind: essay'),
      'quizzes/probe.yaml: question q1: kind: unknown kind "essay"; use one of single, multiple, truefalse, numeric, text, ordering, matching (line 9)',
    ],
    [
      'an objective the quiz does not list',
      probe.replace('objective: blackberry-case', 'objective: open-letter'),
      'quizzes/probe.yaml: question q1: objective: "open-letter" is not among the quiz\'s objectives; add it there (line 19)',
    ],
    [
      'a pass mark out of range',
      probe.replace('passMark: 50', 'passMark: 150'),
      'quizzes/probe.yaml: quiz: passMark: must be from 0 to 100 (line 5)',
    ],
    [
      'a wrong type',
      probe.replace('points: 1', 'points: one'),
      'quizzes/probe.yaml: question q1: points: must be a number of points (line 11)',
    ],
    [
      'an option feedback quote not in the source',
      probe.replace('        text: A court\n', '        text: A court\n        feedback: No court is named.\n        evidence:\n          - source: sf-blackberry-exit\n            quote: The Pakistan Telecommunications Authority gave a shutdown order\n'),
      'quizzes/probe.yaml: question q1: options[1].evidence[0].quote: not found verbatim in source "sf-blackberry-exit": it matches up to "…ecommunications Authority gave" and then differs (line 20)',
    ],
    [
      'an empty option feedback',
      probe.replace('        text: A court\n', '        text: A court\n        feedback: " "\n'),
      'quizzes/probe.yaml: question q1: options[1].feedback: must not be empty (line 17)',
    ],
    [
      'option evidence without feedback',
      probe.replace('        text: A court\n', '        text: A court\n        evidence:\n          - source: sf-blackberry-exit\n            quote: shutdown order\n'),
      'quizzes/probe.yaml: question q1: options[1].feedback: is missing: evidence on an option needs a feedback text saying what it shows (line 15)',
    ],
    [
      'option feedback that is not text',
      probe.replace('        text: A court\n', '        text: A court\n        feedback: [wrong]\n'),
      'quizzes/probe.yaml: question q1: options[1].feedback: must be text (line 17)',
    ],
    [
      'an unknown field in an option',
      probe.replace('        text: A court\n', '        text: A court\n        why: no court\n'),
      'quizzes/probe.yaml: question q1: options[1].why: unknown field (check its spelling, or remove it) (line 17)',
    ],
    [
      'a wrong-choice feedback quote not in the source (true or false)',
      probe.replace('kind: single', 'kind: truefalse').replace(/ {4}options:\n[\s\S]*? {4}answer: pta\n/, '    answer: false\n    wrongChoice:\n      feedback: The report says so.\n      evidence:\n        - source: open-letter\n          quote: we do support back doors\n'),
      'quizzes/probe.yaml: question q1: wrongChoice.evidence[0].quote: not found verbatim in source "open-letter" (line 17)',
    ],
    [
      'a wrong-choice without feedback (true or false)',
      probe.replace('kind: single', 'kind: truefalse').replace(/ {4}options:\n[\s\S]*? {4}answer: pta\n/, '    answer: false\n    wrongChoice:\n      evidence:\n        - source: open-letter\n          quote: Skip to main content\n'),
      'quizzes/probe.yaml: question q1: wrongChoice.feedback: is missing (line 13)',
    ],
    [
      'a matching confusion that is the right pair',
      probe.replace('kind: single', 'kind: matching').replace(/ {4}options:\n[\s\S]*? {4}answer: pta\n/, '    prompts:\n      - { id: p1, text: One }\n      - { id: p2, text: Two }\n    options:\n      - { id: a, text: A }\n      - { id: b, text: B }\n    answer: { p1: a, p2: b }\n    confusions:\n      - { prompt: p1, option: a, feedback: Not so. }\n'),
      'quizzes/probe.yaml: question q1: confusions[0].option: "a" is the right option for "p1": a confusion is a wrong pairing (line 20)',
    ],
    [
      'a matching confusion naming a missing option',
      probe.replace('kind: single', 'kind: matching').replace(/ {4}options:\n[\s\S]*? {4}answer: pta\n/, '    prompts:\n      - { id: p1, text: One }\n      - { id: p2, text: Two }\n    options:\n      - { id: a, text: A }\n      - { id: b, text: B }\n    answer: { p1: a, p2: b }\n    confusions:\n      - { prompt: p1, option: c, feedback: Not so. }\n'),
      'quizzes/probe.yaml: question q1: confusions[0].option: names option "c", which is not one of "a", "b" (line 20)',
    ],
    [
      'an ordering misplacement naming a missing item',
      probe.replace('kind: single', 'kind: ordering').replace(/ {4}options:\n[\s\S]*? {4}answer: pta\n/, '    items:\n      - { id: x, text: X }\n      - { id: y, text: Y }\n    answer: [x, y]\n    misplacements:\n      - { item: z, feedback: Too early. }\n'),
      'quizzes/probe.yaml: question q1: misplacements[0].item: names item "z", which is not one of "x", "y" (line 17)',
    ],
    [
      'words in quotation marks in an explanation that are not the documents\'',
      probe.replace('explanation: The report says so.', 'explanation: The report says BlackBerry "refused to comply".'),
      'quizzes/probe.yaml: question q1: explanation: "refused to comply" is not verbatim in sf-blackberry-exit (quote exactly, or reword without quotation marks) (line 18)',
    ],
    [
      'words in quotation marks in an option\'s feedback that its question\'s documents do not have',
      probe.replace('        text: A court\n', '        text: A court\n        feedback: No court is named; the report says "the PTA" acted.\n        evidence:\n          - source: sf-blackberry-exit\n            quote: the company is estimated\n'),
      'options[1].feedback: "the PTA" is not verbatim in sf-blackberry-exit',
    ],
    [
      'a YAML syntax error',
      probe.replace('title: Probe', 'title: [Probe'),
      'quizzes/probe.yaml: file: yaml:',
    ],
  ])('reports %s', (_name, text, expected) => {
    const errors = errorsFor(text)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(expected)
  })

  it('reports every error at once, not just the first', () => {
    const text = probe
      .replace('answer: pta', 'answer: nasa')
      .replace('source: sf-blackberry-exit', 'source: reuters')
      .replace('passMark: 50', 'passMark: -1')
    expect(errorsFor(text)).toEqual([
      expect.stringContaining('quiz: passMark'),
      expect.stringContaining('question q1: answer: names option "nasa"'),
      expect.stringContaining('question q1: evidence[0].source: unknown source "reuters"'),
    ])
  })

  it('reports a quiz id used by two files', () => {
    const errors = errorsFor(probe, { 'quizzes/probe-copy.yaml': probe })
    expect(errors).toEqual(['quizzes/probe.yaml: quiz: id: duplicate quiz id "probe" (also in quizzes/probe-copy.yaml)'])
  })

  it('reports a catalogue entry whose file is missing', () => {
    const files = new Map(realFiles)
    files.delete('data/sources/004_c04b87ff995e3b32.txt')
    const result = compileContent(files)
    expect(result.ok).toBe(false)
    expect(result.ok ? [] : result.errors.map(formatError)).toContain('data/sources.yaml: source facebook-letter: file: data/sources/004_c04b87ff995e3b32.txt does not exist')
  })
})

describe('npm run validate', () => {
  const run = (dir: string, ...flags: string[]) => {
    try {
      return { code: 0, output: execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/validate.ts'), dir, ...flags], { encoding: 'utf8', stdio: 'pipe' }) }
    }
    catch (error) {
      const e = error as { status: number, stderr: string }
      return { code: e.status, output: e.stderr }
    }
  }

  it('exits 0 on the real files', () => {
    const { code, output } = run(root)
    expect(code).toBe(0)
    expect(output).toMatch(/^Content is valid: 5 sources, \d+ quizzes, \d+ questions, \d+ polls, \d+ "Ask:" prompts\./)
  })

  it('lists the "Ask:" prompts with --asks: id, line, the poll kind they run as, the question', () => {
    const { code, output } = run(root, '--asks')
    expect(code).toBe(0)
    expect(output).toContain('\nagenda (slides.md line ')
    expect(output).toMatch(/\nagenda \(slides\.md line \d+\): choice \(poll cases-heard-of\): Which of these cases have you heard about before\?\n/)
  })

  it('exits 1 on a poll file whose override points at no "Ask:" prompt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'))
    try {
      for (const part of ['data', 'quizzes', 'polls', 'slides.md'])
        cpSync(join(root, part), join(dir, part), { recursive: true })
      writeFileSync(join(dir, 'polls/extra.yaml'), 'polls:\n  - id: gone\n    ask: no-such-slide\n    kind: text\n    maxLength: 100\n')
      const { code, output } = run(dir)
      expect(code).toBe(1)
      expect(output).toContain('polls/extra.yaml: poll gone: ask: names no "Ask:" prompt of slides.md ("no-such-slide")')
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)

  it('exits 1 and lists every problem on a broken copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'))
    try {
      cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true })
      cpSync(join(root, 'quizzes'), join(dir, 'quizzes'), { recursive: true })
      writeFileSync(join(dir, FILE), probe.replace('answer: pta', 'answer: nasa').replace('5,000', '6,000'))
      const { code, output } = run(dir)
      expect(code).toBe(1)
      expect(output).toContain('quizzes/probe.yaml: question q1: answer: names option "nasa"')
      expect(output).toContain('quizzes/probe.yaml: question q1: evidence[0].quote: not found verbatim')
      expect(output).toContain('2 problems found.')
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
