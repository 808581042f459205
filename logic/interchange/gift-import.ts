// Reads GIFT text (Moodle's question format) into this project's quiz
// structure. Errors are values naming the line; what GIFT has and the project
// cannot keep (partial weights on single choice, feedback on a right
// true-or-false choice …) is reported as a warning. Per-answer feedback (`#…`)
// becomes the option's feedback. Evidence is never imported: the author picks
// and checks each quote, and validation flags the empty lists until then.
import type { Option } from '../content/common.ts'
import type { Quiz, QuizMode } from '../content/quiz.ts'
import type { Question } from '../kinds/registry.ts'
import type { GiftChar } from './gift-text.ts'
import { quizModes } from '../content/quiz.ts'
import { isBlank, readEscapes, textOf } from './gift-text.ts'

export interface GiftProblem {
  line: number
  message: string
}

export type GiftImportResult
  = | { ok: true, quiz: Quiz, warnings: GiftProblem[] }
    | { ok: false, errors: GiftProblem[] }

/** Header values to use when the file does not carry them (from the file name, say). */
export interface GiftImportDefaults {
  id: string
  title: string
  description: string
}

const ID = /^[a-z0-9][a-z0-9-]*$/
const WEIGHT = /^%(-?\d+(?:\.\d+)?)%/
const FORMAT_PREFIX = /^\[(moodle|html|plain|markdown)\]/
const MARKS = /\p{M}/gu
const NON_ID = /[^a-z0-9]+/
const COMMENT_START = /^\s*\/\/\s?/
const ID_TOKEN = /\[id:((?:\\\]|[^\]])+)\]/
const TAG_TOKEN = /\[tag:((?:\\\]|[^\]])+)\]/g
const ESCAPED_BRACKET = /\\\]/g
const META_PAIR = /^([a-z-]+):\s(.*)$/
const WHITESPACE = /\s/
const NEWLINES = /\r\n?/g
const DOUBLE_SLASH = /\/\//g
const NUL = /\0/g
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

class ImportError extends Error {
  constructor(readonly line: number, message: string) {
    super(message)
  }
}

/** "The Pakistan Telecommunications Authority" → "the-pakistan-telecommunications". */
export function slugify(text: string, max = 32): string {
  const words = text.normalize('NFD').replace(MARKS, '').toLowerCase().split(NON_ID).filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > max && slug)
      break
    slug = next.slice(0, max)
  }
  return slug
}

/** Makes ids unique within one list: a second "pta" becomes "pta-2". */
function uniqueIds(wanted: string[], fallback: (index: number) => string): string[] {
  const seen = new Set<string>()
  return wanted.map((id, index) => {
    const base = ID.test(id) ? id : fallback(index)
    let unique = base
    for (let n = 2; seen.has(unique); n++)
      unique = `${base}-${n}`
    seen.add(unique)
    return unique
  })
}

/** The metadata of a block's comments: `// key: value` lines and Moodle's `[id:…]` / `[tag:…]`. */
interface Meta {
  values: Map<string, string>
  idnumber?: string
  tags: string[]
}

function readMeta(comments: readonly string[]): Meta {
  const meta: Meta = { values: new Map(), tags: [] }
  for (const comment of comments) {
    const body = comment.replace(COMMENT_START, '')
    meta.idnumber ??= ID_TOKEN.exec(body)?.[1]?.replace(ESCAPED_BRACKET, ']')
    for (const match of body.matchAll(TAG_TOKEN))
      meta.tags.push((match[1] as string).replace(ESCAPED_BRACKET, ']').trim())
    const pair = META_PAIR.exec(body)
    if (pair && !meta.values.has(pair[1] as string))
      meta.values.set(pair[1] as string, (pair[2] as string).trim())
  }
  return meta
}

const listOf = (value: string | undefined): string[] => value ? value.split(',').map(s => s.trim()).filter(Boolean) : []

/** Ids for choices: the ones in a metadata comment when they fit, else made from the text. */
function choiceIds(texts: string[], fromMeta: string[]): string[] {
  const wanted = fromMeta.length === texts.length ? fromMeta : texts.map(t => slugify(t))
  return uniqueIds(wanted, i => `option-${i + 1}`)
}

function indexOfUnescaped(chars: readonly GiftChar[], char: string, from = 0): number {
  for (let i = from; i < chars.length; i++) {
    if (chars[i]?.char === char && !chars[i]?.escaped)
      return i
  }
  return -1
}

/** Splits answer text where an unescaped marker character starts a new answer. */
function splitAnswers(chars: readonly GiftChar[], markers: string): { before: GiftChar[], answers: Array<{ marker: string, chars: GiftChar[] }> } {
  const before: GiftChar[] = []
  const answers: Array<{ marker: string, chars: GiftChar[] }> = []
  for (const c of chars) {
    if (!c.escaped && markers.includes(c.char))
      answers.push({ marker: c.char, chars: [] })
    else
      (answers.at(-1)?.chars ?? before).push(c)
  }
  return { before, answers }
}

const lineOf = (chars: readonly GiftChar[], fallback: number): number => chars.find(c => !isBlank(c))?.line ?? chars[0]?.line ?? fallback

/** One answer: its weight (`%50%`), text and per-answer feedback (`#…`, when not empty). */
interface Answer {
  weight?: number
  text: string
  feedback?: string
  line: number
}

function readAnswer(chars: GiftChar[], line: number, weighted = true): Answer {
  const at = lineOf(chars, line)
  let rest = chars
  while (rest[0] && isBlank(rest[0]))
    rest = rest.slice(1)
  let weight: number | undefined
  const raw = rest.map(c => (c.escaped ? '\u0000' : c.char)).join('')
  if (weighted && raw.startsWith('%')) {
    const match = WEIGHT.exec(raw)
    if (!match)
      throw new ImportError(at, `answer weight "${raw.split(WHITESPACE)[0]}" is not a percentage like %50% or %-100%`)
    weight = Number(match[1])
    if (weight < -100 || weight > 100)
      throw new ImportError(at, `answer weight ${match[0]} is outside -100% … 100%`)
    rest = rest.slice(match[0].length)
  }
  const hash = indexOfUnescaped(rest, '#')
  const text = textOf(hash === -1 ? rest : rest.slice(0, hash))
  const feedback = hash === -1 ? '' : textOf(rest.slice(hash + 1))
  return { ...(weight === undefined ? {} : { weight }), text, ...(feedback ? { feedback } : {}), line: at }
}

interface Block {
  line: number
  comments: string[]
  body: GiftChar[]
}

/** Blocks are separated by blank lines, as Moodle reads them; comment lines are set apart. */
function readBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  text.replace(NEWLINES, '\n').split('\n').forEach((source, index) => {
    const line = index + 1
    if (source.trim() === '') {
      current = undefined
      return
    }
    if (!current) {
      current = { line, comments: [], body: [] }
      blocks.push(current)
    }
    if (source.trim().startsWith('//')) {
      current.comments.push(source.trim())
      return
    }
    if (current.body.length)
      current.body.push({ char: '\n', escaped: false, line })
    current.body.push(...readEscapes(source, line))
  })
  return blocks
}

interface Context {
  warnings: GiftProblem[]
  meta: Meta
  line: number
}

/** The kind-specific part of a question: its kind and key. */
type Draft = Question extends infer Q ? Q extends Question ? Omit<Q, 'id' | 'prompt' | 'points' | 'explanation' | 'objective' | 'evidence'> : never : never

function readChoice(answers: Answer[], { warnings, meta }: Context, line: number): Draft {
  if (answers.length < 2)
    throw new ImportError(line, 'a choice question needs at least two answers (= for right, ~ for wrong)')
  const ids = choiceIds(answers.map(a => a.text), listOf(meta.values.get('options')))
  const options: Option[] = answers.map((a, i) => (a.feedback === undefined
    ? { id: ids[i] as string, text: a.text }
    : { id: ids[i] as string, text: a.text, feedback: a.feedback }))
  const equals = answers.filter(a => a.weight === 100)
  if (equals.length) {
    if (equals.length > 1)
      throw new ImportError(equals[1]?.line ?? line, 'more than one answer marked = (right): a single-choice question has exactly one')
    const partial = answers.filter(a => a.weight !== undefined && a.weight !== 100 && a.weight !== 0)
    if (partial.length)
      warnings.push({ line: partial[0]?.line ?? line, message: 'partial credit on a single-choice answer is dropped: only the = answer scores' })
    return { kind: 'single', options, answer: ids[answers.indexOf(equals[0] as Answer)] as string }
  }
  const positive = answers.filter(a => (a.weight ?? 0) > 0)
  if (!positive.length)
    throw new ImportError(line, 'no answer is right: mark one with = or give weights like ~%50%')
  const wrongCount = answers.length - positive.length
  const ruleWeight = (a: Answer): number => (a.weight ?? 0) > 0 ? 100 / positive.length : wrongCount ? -100 / wrongCount : 0
  if (answers.some(a => Math.abs((a.weight ?? 0) - ruleWeight(a)) > 0.01))
    warnings.push({ line, message: `answer weights differ from this project's rule (each right option ${(100 / positive.length).toFixed(2)}%, each wrong one ${wrongCount ? (-100 / wrongCount).toFixed(2) : 0}%): the options with a positive weight are kept as the right ones` })
  return { kind: 'multiple', options, answer: positive.map(a => ids[answers.indexOf(a)] as string) }
}

function readNumber(text: string, line: number): number {
  if (!NUMBER.test(text.trim()))
    throw new ImportError(line, `"${text.trim()}" is not a number`)
  return Number(text)
}

function readNumeric(chars: GiftChar[], { warnings, meta }: Context, line: number): Draft {
  const afterHash = chars.slice(indexOfUnescaped(chars, '#') + 1)
  const wrongFeedback = indexOfUnescaped(afterHash, '~')
  const body = wrongFeedback === -1 ? afterHash : afterHash.slice(0, wrongFeedback)
  const { before, answers } = splitAnswers(body, '=')
  const all = answers.length ? answers.map(a => readAnswer(a.chars, line)) : [readAnswer(before, line)]
  if (answers.length && textOf(before))
    throw new ImportError(lineOf(before, line), `"${textOf(before)}" before the first = answer`)
  const full = all.find(a => a.weight === undefined || a.weight === 100)
  if (!full)
    throw new ImportError(line, 'no numeric answer is worth 100%')
  if (all.length > 1)
    warnings.push({ line: full.line, message: 'only the first full-credit number is kept: the project marks one number with one tolerance' })
  let answer: number
  let tolerance = 0
  // Moodle's forms: "min..max", "answer:margin" or a bare number.
  const dots = full.text.indexOf('..')
  const colon = full.text.indexOf(':')
  if (dots > 0) {
    const [low, high] = [readNumber(full.text.slice(0, dots), full.line), readNumber(full.text.slice(dots + 2), full.line)]
    answer = (low + high) / 2
    tolerance = Math.abs(high - answer)
  }
  else if (colon > 0) {
    answer = readNumber(full.text.slice(0, colon), full.line)
    tolerance = Math.abs(readNumber(full.text.slice(colon + 1), full.line))
  }
  else {
    answer = readNumber(full.text, full.line)
  }
  const unit = meta.values.get('unit')
  return unit ? { kind: 'numeric', answer, tolerance, unit } : { kind: 'numeric', answer, tolerance }
}

function readMatching(chars: GiftChar[], { meta }: Context, line: number): Draft {
  const { before, answers } = splitAnswers(chars, '=')
  if (textOf(before))
    throw new ImportError(lineOf(before, line), `"${textOf(before)}" before the first = pair`)
  const pairs = answers.map(({ chars: pair }) => {
    const raw = pair.map(c => (c.escaped ? '\u0000' : c.char)).join('')
    const arrow = raw.indexOf('->')
    const at = lineOf(pair, line)
    if (arrow === -1)
      throw new ImportError(at, `matching pair "${textOf(pair)}" has no "->" between the prompt and its answer`)
    const prompt = textOf(pair.slice(0, arrow))
    const option = textOf(pair.slice(arrow + 2))
    if (!option)
      throw new ImportError(at, `matching pair "${prompt}" has nothing after "->"`)
    return { prompt, option }
  })
  const real = pairs.filter(p => p.prompt)
  if (real.length < 2)
    throw new ImportError(line, 'a matching question needs at least two "=prompt -> answer" pairs')
  const optionTexts = [...new Set(pairs.map(p => p.option))]
  const promptIds = choiceIds(real.map(p => p.prompt), listOf(meta.values.get('prompts')))
  const optionIds = choiceIds(optionTexts, listOf(meta.values.get('options')))
  const optionId = (text: string): string => optionIds[optionTexts.indexOf(text)] as string
  return {
    kind: 'matching',
    prompts: real.map((p, i) => ({ id: promptIds[i] as string, text: p.prompt })),
    options: optionTexts.map((text, i) => ({ id: optionIds[i] as string, text })),
    answer: Object.fromEntries(real.map((p, i) => [promptIds[i] as string, optionId(p.option)])),
  }
}

function readShortAnswer(chars: GiftChar[], { warnings }: Context, line: number): Draft {
  const { before, answers } = splitAnswers(chars, '=')
  if (textOf(before))
    throw new ImportError(lineOf(before, line), `"${textOf(before)}" is not an answer: start each accepted answer with =`)
  const read = answers.map(a => readAnswer(a.chars, line))
  const empty = read.find(a => !a.text)
  if (empty)
    throw new ImportError(empty.line, 'an accepted answer is empty')
  const accepted = read.filter(a => a.weight === undefined || a.weight === 100)
  if (accepted.length < read.length)
    warnings.push({ line, message: 'answers with partial or no credit are dropped: every accepted answer scores in full' })
  if (!accepted.length)
    throw new ImportError(line, 'no answer is worth 100%')
  return { kind: 'text', accept: accepted.map(a => a.text) }
}

function readTrueFalse(chars: GiftChar[], { warnings }: Context, line: number): Draft | undefined {
  const hash = indexOfUnescaped(chars, '#')
  const word = textOf(hash === -1 ? chars : chars.slice(0, hash))
  if (!['T', 'TRUE', 'F', 'FALSE'].includes(word))
    return undefined
  const answer = word.startsWith('T')
  if (hash === -1)
    return { kind: 'truefalse', answer }
  // Moodle's order: the feedback for the wrong choice, then for the right one.
  const second = indexOfUnescaped(chars, '#', hash + 1)
  const wrong = textOf(chars.slice(hash + 1, second === -1 ? undefined : second))
  if (second !== -1 && textOf(chars.slice(second + 1)))
    warnings.push({ line, message: 'feedback for the right true/false choice is dropped: the project shows the general feedback (####) as its explanation' })
  return wrong ? { kind: 'truefalse', answer, wrongChoice: { feedback: wrong } } : { kind: 'truefalse', answer }
}

function readAnswers(chars: GiftChar[], context: Context, line: number): Draft {
  const first = chars.find(c => !isBlank(c))
  if (!first)
    throw new ImportError(line, 'empty answer braces {} make an essay question, which has no key to mark: not supported')
  if (first.char === '#' && !first.escaped)
    return readNumeric(chars, context, line)
  if (indexOfUnescaped(chars, '~') !== -1) {
    const { before, answers } = splitAnswers(chars, '=~')
    if (textOf(before))
      throw new ImportError(lineOf(before, line), `"${textOf(before)}" is not an answer: start each answer with = (right) or ~ (wrong)`)
    // Moodle reads no weight after "=" in a choice question: it is the right answer.
    const read = answers.map(a => (a.marker === '=' ? { ...readAnswer(a.chars, line, false), weight: 100 } : readAnswer(a.chars, line)))
    return readChoice(read, context, line)
  }
  const raw = chars.map(c => (c.escaped ? '\u0000' : c.char)).join('')
  if (indexOfUnescaped(chars, '=') !== -1 && raw.includes('->'))
    return readMatching(chars, context, line)
  return readTrueFalse(chars, context, line) ?? readShortAnswer(chars, context, line)
}

/** Splits off general feedback at the last unescaped `####`. */
function splitGeneralFeedback(chars: GiftChar[]): { answers: GiftChar[], feedback: GiftChar[] } {
  for (let i = chars.length - 4; i >= 0; i--) {
    if (chars.slice(i, i + 4).every(c => c.char === '#' && !c.escaped))
      return { answers: chars.slice(0, i), feedback: chars.slice(i + 4) }
  }
  return { answers: chars, feedback: [] }
}

function stripFormat(text: string, warnings: GiftProblem[], line: number): string {
  const format = FORMAT_PREFIX.exec(text)
  if (format?.[1] === 'html')
    warnings.push({ line, message: 'HTML text is kept as it is: check the markup in the prompt' })
  return format ? text.slice(format[0].length).trim() : text
}

interface ReadQuestion {
  question: Question
  meta: Meta
}

function readQuestion(block: Block, warnings: GiftProblem[]): ReadQuestion | undefined {
  const meta = readMeta(block.comments)
  let body = block.body
  let name = ''
  const start = body.findIndex(c => !isBlank(c))
  if (body[start]?.char === ':' && body[start + 1]?.char === ':' && !body[start]?.escaped && !body[start + 1]?.escaped) {
    const close = body.findIndex((c, i) => i > start + 1 && c.char === ':' && !c.escaped && body[i + 1]?.char === ':' && !body[i + 1]?.escaped)
    if (close === -1)
      throw new ImportError(body[start]?.line ?? block.line, 'question name opened with :: is not closed with ::')
    name = textOf(body.slice(start + 2, close))
    body = body.slice(close + 2)
  }
  const open = indexOfUnescaped(body, '{')
  const close = indexOfUnescaped(body, '}')
  if (open === -1 && close === -1) {
    warnings.push({ line: body.find(c => !isBlank(c))?.line ?? block.line, message: 'text without answer braces { } is a description, not a question: skipped' })
    return undefined
  }
  if (open === -1 || (close !== -1 && close < open))
    throw new ImportError(body[close]?.line ?? block.line, '"}" without an opening "{" (write \\} for a literal brace)')
  const end = indexOfUnescaped(body, '}', open + 1)
  if (end === -1)
    throw new ImportError(body[open]?.line ?? block.line, '"{" is never closed with "}" (write \\{ for a literal brace; a blank line ends a question)')
  const nested = indexOfUnescaped(body, '{', open + 1)
  if (nested !== -1 && nested < end)
    throw new ImportError(body[nested]?.line ?? block.line, 'a second "{" inside the answers (write \\{ for a literal brace)')
  const after = body.slice(end + 1)
  const stray = after.find(c => (c.char === '{' || c.char === '}') && !c.escaped)
  if (stray)
    throw new ImportError(stray.line, `a second answer block "${stray.char}": one question has one { … } (write \\${stray.char} for a literal brace)`)
  const line = body[open]?.line ?? block.line
  const afterText = textOf(after)
  const prompt = stripFormat(afterText ? `${textOf(body.slice(0, open))} _____ ${afterText}` : textOf(body.slice(0, open)), warnings, line)
  if (!prompt)
    throw new ImportError(line, 'the question has no text before its answers')
  const { answers, feedback } = splitGeneralFeedback(body.slice(open + 1, end))
  const draft = readAnswers(answers, { warnings, meta, line }, line)
  const points = meta.values.has('points') ? Number(meta.values.get('points')) : 1
  if (!(points > 0))
    warnings.push({ line, message: `"points: ${meta.values.get('points')}" is not a positive number: 1 point used` })
  const question: Question = {
    id: meta.idnumber ?? slugify(name),
    prompt,
    points: points > 0 ? points : 1,
    ...draft,
    explanation: stripFormat(textOf(feedback), warnings, line),
    objective: meta.tags[0] ?? '',
    evidence: [],
  }
  return { question, meta }
}

/** Parses a whole GIFT file; every error is collected, each with its line. */
export function parseGift(text: string, defaults: GiftImportDefaults): GiftImportResult {
  const errors: GiftProblem[] = []
  const warnings: GiftProblem[] = []
  const read: ReadQuestion[] = []
  let header = readMeta([])
  let category: string | undefined
  for (const block of readBlocks(text)) {
    const body = textOf(block.body)
    if (!body || body.startsWith('$CATEGORY:')) {
      const meta = readMeta(block.comments)
      if (meta.values.has('quiz'))
        header = meta
      if (body)
        category = body.slice('$CATEGORY:'.length).trim().replace(DOUBLE_SLASH, '\u0000').split('/').at(-1)?.replace(NUL, '/').trim()
      continue
    }
    try {
      const question = readQuestion(block, warnings)
      if (question)
        read.push(question)
    }
    catch (error) {
      if (!(error instanceof ImportError))
        throw error
      errors.push({ line: error.line, message: error.message })
    }
  }
  if (!errors.length && !read.length)
    errors.push({ line: 1, message: 'no questions found (a question is text followed by answers in { })' })
  if (errors.length)
    return { ok: false, errors }

  const ids = uniqueIds(read.map(r => r.question.id), i => `question-${i + 1}`)
  const questions = read.map((r, i) => ({ ...r.question, id: ids[i] as string }))
  const mode = header.values.get('mode')
  const passMark = Number(header.values.get('pass-mark'))
  const objectives = listOf(header.values.get('objectives'))
  const quizId = header.values.get('quiz') ?? ''
  return {
    ok: true,
    warnings,
    quiz: {
      id: ID.test(quizId) ? quizId : defaults.id,
      title: category || defaults.title,
      description: header.values.get('description') ?? defaults.description,
      objectives: objectives.length ? objectives : [...new Set(questions.map(q => q.objective).filter(Boolean))],
      passMark: header.values.has('pass-mark') && passMark >= 0 && passMark <= 100 ? passMark : 60,
      mode: quizModes.includes(mode as QuizMode) ? mode as QuizMode : 'practice',
      questions,
    },
  }
}
