// Reads GIFT text (Moodle's question format) into this project's quiz
// structure. Errors are values naming the line, saying in words what was
// expected; what GIFT has and the project cannot keep (feedback on a short or
// numeric answer, partial weights on single choice, essays, extra tags …) is
// reported as a warning, and the rest imported. Per-answer feedback (`#…`) on a
// choice becomes the option's feedback. Evidence is never imported: the author
// picks and checks each quote, and validation flags the empty lists until then.
import type { Option } from '../content/common.ts'
import type { Quiz, QuizMode } from '../content/quiz.ts'
import type { Question } from '../kinds/registry.ts'
import type { GiftChar } from './gift-text.ts'
import { quizModes } from '../content/quiz.ts'
import { FORMAT_MARKER, isBlank, readEscapes, readShortAnswer, textOf } from './gift-text.ts'

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
const LEADING_HASH = /^#/
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

/** One answer: its weight (`%50%`), text (without a format marker) and per-answer feedback (`#…`, when not empty). */
interface Answer {
  weight?: number
  text: string
  feedback?: string
  line: number
}

function readAnswer(chars: GiftChar[], line: number, warnings: GiftProblem[], weighted = true): Answer {
  const at = lineOf(chars, line)
  let rest = chars
  while (rest[0] && isBlank(rest[0]))
    rest = rest.slice(1)
  let weight: number | undefined
  const raw = rest.map(c => (c.escaped ? '\u0000' : c.char)).join('')
  if (weighted && raw.startsWith('%')) {
    const match = WEIGHT.exec(raw)
    if (!match)
      throw new ImportError(at, `answer weight "${raw.split(WHITESPACE)[0]}" is not a percentage: write it like %50% or %-100%`)
    weight = Number(match[1])
    if (weight < -100 || weight > 100)
      throw new ImportError(at, `answer weight ${match[0]} is outside -100% … 100%: write a percentage between them, like %50% or %-100%`)
    rest = rest.slice(match[0].length)
  }
  const hash = indexOfUnescaped(rest, '#')
  const text = stripFormat(textOf(hash === -1 ? rest : rest.slice(0, hash)), warnings, at)
  const answer: Answer = { text, line: at }
  if (weight !== undefined)
    answer.weight = weight
  const feedback = hash === -1 ? '' : stripFormat(textOf(rest.slice(hash + 1)), warnings, at)
  if (feedback)
    answer.feedback = feedback
  return answer
}

/** Warns that per-answer feedback is dropped (a short or numeric answer has no field for it), naming the answers that had it. */
function warnFeedback(answers: readonly Answer[], warnings: GiftProblem[], line: number): void {
  const withFeedback = answers.filter(a => a.feedback)
  if (withFeedback.length) {
    warnings.push({ line: withFeedback[0]?.line ?? line, message: `feedback on ${withFeedback.map(a => `"${a.text}"`).join(', ')} (#…) is dropped: the project keeps per-answer feedback only on choices, and shows one explanation per question (the general feedback after ####); add what matters to it` })
  }
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
    throw new ImportError(line, 'a choice question needs at least two answers: write them like {=right ~wrong} (= for right, ~ for wrong)')
  const ids = choiceIds(answers.map(a => a.text), listOf(meta.values.get('options')))
  const options: Option[] = answers.map((a, i) => (a.feedback === undefined
    ? { id: ids[i] as string, text: a.text }
    : { id: ids[i] as string, text: a.text, feedback: a.feedback }))
  const equals = answers.filter(a => a.weight === 100)
  if (equals.length) {
    if (equals.length > 1)
      throw new ImportError(equals[1]?.line ?? line, 'more than one answer marked = (right): a single-choice question has exactly one; for several right answers give each a weight, like ~%50%')
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

const NUMERIC_FORMS = 'a number in digits, like {#42}, {#42:2} (answer:tolerance) or {#40..44} (lowest..highest)'

function readNumber(text: string, line: number, what: string): number {
  const trimmed = text.trim()
  if (!NUMBER.test(trimmed))
    throw new ImportError(line, trimmed ? `the ${what} "${trimmed}" is not a number: write ${NUMERIC_FORMS}` : `the ${what} is missing: write ${NUMERIC_FORMS}`)
  return Number(trimmed)
}

function readNumeric(chars: GiftChar[], { warnings, meta }: Context, line: number): Draft {
  const afterHash = chars.slice(indexOfUnescaped(chars, '#') + 1)
  const wrongFeedback = indexOfUnescaped(afterHash, '~')
  const body = wrongFeedback === -1 ? afterHash : afterHash.slice(0, wrongFeedback)
  const { before, answers } = splitAnswers(body, '=')
  const all = answers.length ? answers.map(a => readAnswer(a.chars, line, warnings)) : [readAnswer(before, line, warnings)]
  if (answers.length && textOf(before))
    throw new ImportError(lineOf(before, line), `"${textOf(before)}" comes before the first answer: with several numbers, start each with =, like {#=42:2 =%50%40:5}`)
  const full = all.find(a => a.weight === undefined || a.weight === 100)
  if (!full)
    throw new ImportError(line, 'no numeric answer earns full marks: give one without a weight, or with %100%')
  if (all.length > 1)
    warnings.push({ line: full.line, message: `only the first full-credit number (${full.text}) is kept: the project marks one number with one tolerance` })
  warnFeedback(all, warnings, line)
  const wrong = wrongFeedback === -1 ? '' : textOf(afterHash.slice(wrongFeedback + 1)).replace(LEADING_HASH, '').trim()
  if (wrong)
    warnings.push({ line, message: `the feedback for any other number ("${wrong}") is dropped: the project shows one explanation per question (the general feedback after ####)` })
  let answer: number
  let tolerance = 0
  // Moodle's forms: "min..max", "answer:margin" or a bare number.
  const dots = full.text.indexOf('..')
  const colon = full.text.indexOf(':')
  if (dots > 0) {
    const [low, high] = [readNumber(full.text.slice(0, dots), full.line, 'lowest number'), readNumber(full.text.slice(dots + 2), full.line, 'highest number')]
    answer = (low + high) / 2
    tolerance = Math.abs(high - answer)
  }
  else if (colon > 0) {
    answer = readNumber(full.text.slice(0, colon), full.line, 'answer')
    tolerance = Math.abs(readNumber(full.text.slice(colon + 1), full.line, 'tolerance'))
  }
  else {
    answer = readNumber(full.text, full.line, 'answer')
  }
  const unit = meta.values.get('unit')
  return unit ? { kind: 'numeric', answer, tolerance, unit } : { kind: 'numeric', answer, tolerance }
}

function readMatching(chars: GiftChar[], { meta, warnings }: Context, line: number): Draft {
  const { before, answers } = splitAnswers(chars, '=')
  if (textOf(before))
    throw new ImportError(lineOf(before, line), `"${textOf(before)}" comes before the first pair: start each pair with =, like =prompt -> answer`)
  const pairs = answers.map(({ chars: pair }) => {
    const raw = pair.map(c => (c.escaped ? '\u0000' : c.char)).join('')
    const arrow = raw.indexOf('->')
    const at = lineOf(pair, line)
    if (arrow === -1)
      throw new ImportError(at, `matching pair "${textOf(pair)}" has no "->" between the prompt and its answer: write =prompt -> answer`)
    // Moodle reads a format marker in the prompt of a pair, not in its answer.
    const prompt = stripFormat(textOf(pair.slice(0, arrow)), warnings, at)
    const option = textOf(pair.slice(arrow + 2))
    if (!option)
      throw new ImportError(at, `matching pair "${prompt}" has nothing after "->": write the answer after it, like =prompt -> answer`)
    return { prompt, option }
  })
  const real = pairs.filter(p => p.prompt)
  if (real.length < 2)
    throw new ImportError(line, 'a matching question needs at least two pairs: write them like {=prompt -> answer =other prompt -> other answer}')
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

function readShortAnswers(chars: GiftChar[], { warnings }: Context, line: number): Draft {
  const { before, answers } = splitAnswers(chars, '=')
  const stray = textOf(before)
  if (stray) {
    const word = stray.toUpperCase()
    const hint = ['T', 'TRUE', 'F', 'FALSE'].includes(word) ? `for a true/false question write {${word}} in capitals; ` : ''
    throw new ImportError(lineOf(before, line), `"${stray}" is not an answer: ${hint}start each accepted answer with =, like {=PTA =Pakistan Telecommunications Authority}`)
  }
  const read = answers.map(a => readAnswer(a.chars, line, warnings))
  const empty = read.find(a => !a.text)
  if (empty)
    throw new ImportError(empty.line, 'an accepted answer is empty: write text after each =')
  const accepted = read.filter(a => a.weight === undefined || a.weight === 100)
  if (accepted.length < read.length)
    warnings.push({ line, message: `answers worth less than 100% are dropped (${read.filter(a => !accepted.includes(a)).map(a => `"${a.text}"`).join(', ')}): every accepted answer scores in full` })
  if (!accepted.length)
    throw new ImportError(line, 'no answer earns full marks: give one without a weight, or with %100%')
  warnFeedback(read, warnings, line)
  const texts = accepted.map((a) => {
    const { text, wildcard } = readShortAnswer(a.text)
    if (wildcard)
      warnings.push({ line: a.line, message: `"${a.text}" uses Moodle's wildcard * (any text): the deck matches * literally, so list the answers it should accept instead` })
    return text
  })
  return { kind: 'text', accept: texts }
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
  if (first?.char === '#' && !first.escaped)
    return readNumeric(chars, context, line)
  if (indexOfUnescaped(chars, '~') !== -1) {
    const { before, answers } = splitAnswers(chars, '=~')
    if (textOf(before))
      throw new ImportError(lineOf(before, line), `"${textOf(before)}" is not an answer: start each answer with = (right) or ~ (wrong), like {=right ~wrong}`)
    // Moodle reads no weight after "=" in a choice question: it is the right answer.
    const read = answers.map(a => (a.marker === '=' ? { ...readAnswer(a.chars, line, context.warnings, false), weight: 100 } : readAnswer(a.chars, line, context.warnings)))
    return readChoice(read, context, line)
  }
  const raw = chars.map(c => (c.escaped ? '\u0000' : c.char)).join('')
  if (indexOfUnescaped(chars, '=') !== -1 && raw.includes('->'))
    return readMatching(chars, context, line)
  return readTrueFalse(chars, context, line) ?? readShortAnswers(chars, context, line)
}

/** Splits off general feedback at the last unescaped `####`. */
function splitGeneralFeedback(chars: GiftChar[]): { answers: GiftChar[], feedback: GiftChar[] } {
  for (let i = chars.length - 4; i >= 0; i--) {
    if (chars.slice(i, i + 4).every(c => c.char === '#' && !c.escaped))
      return { answers: chars.slice(0, i), feedback: chars.slice(i + 4) }
  }
  return { answers: chars, feedback: [] }
}

/** Removes a leading format marker, as Moodle does; HTML and Markdown stay as typed, with a warning. */
function stripFormat(text: string, warnings: GiftProblem[], line: number): string {
  const format = FORMAT_MARKER.exec(text)
  if (!format)
    return text
  const rest = text.slice(format[0].length).trim()
  if (format[1] === 'html' || format[1] === 'markdown')
    warnings.push({ line, message: `"${rest.slice(0, 40)}" was marked [${format[1]}]: the marker is removed and the markup kept as plain text (the deck shows text, not ${format[1] === 'html' ? 'HTML' : 'Markdown'}); check it` })
  return rest
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
      throw new ImportError(body[start]?.line ?? block.line, 'question name opened with :: is not closed: write it between two pairs of colons, like ::name::')
    name = textOf(body.slice(start + 2, close))
    body = body.slice(close + 2)
  }
  const open = indexOfUnescaped(body, '{')
  const close = indexOfUnescaped(body, '}')
  if (open === -1 && close === -1) {
    warnings.push({ line: body.find(c => !isBlank(c))?.line ?? block.line, message: `"${name || textOf(body).slice(0, 40)}" has no answer braces { }: a description (text between questions), not a question, so it is skipped` })
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
    throw new ImportError(line, 'the question has no text before its answers: write the question, then its answers in { }')
  const { answers, feedback } = splitGeneralFeedback(body.slice(open + 1, end))
  if (!answers.some(c => !isBlank(c))) {
    warnings.push({ line, message: `"${name || prompt}" is an essay question (empty answer braces {}): it has no key to mark, so it is skipped` })
    return undefined
  }
  if (meta.tags.length > 1)
    warnings.push({ line, message: `only the first tag is kept, as the question's objective ("${meta.tags[0]}"): ${meta.tags.slice(1).map(t => `"${t}"`).join(', ')} dropped` })
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
    errors.push({ line: 1, message: 'no questions found: write a question as its text followed by its answers in { }' })
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
