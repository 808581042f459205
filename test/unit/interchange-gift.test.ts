// GIFT export and import: the round trip keeps every field GIFT can carry, an
// independent parser (gift-pegjs) reads our output as we meant it, and
// malformed input is refused with the line of the problem.
import type { GIFTQuestion, TextChoice } from 'gift-pegjs'
import type { Quiz } from '../../logic/content/quiz.ts'
import type { Question } from '../../logic/kinds/registry.ts'
import process from 'node:process'
import { parse as giftPegjs } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import { compileContent } from '../../logic/content/compile.ts'
import { validateQuiz } from '../../logic/content/quiz.ts'
import { formatsOf, isUnsupported } from '../../logic/interchange/formats.ts'
import { quizToGift } from '../../logic/interchange/gift-export.ts'
import { parseGift } from '../../logic/interchange/gift-import.ts'
import { escapeGift } from '../../logic/interchange/gift-text.ts'
import { quizToYaml } from '../../logic/interchange/quiz-yaml.ts'
import { readContentFiles } from '../../node/read-content.ts'
import { everyKind, NASTY, nastyQuiz } from './interchange-fixture.ts'

const compiled = compileContent(readContentFiles(process.cwd()))
if (!compiled.ok)
  throw new Error(`content does not validate: run npm run validate (${compiled.errors.length} problems)`)
const content = compiled.value
const quizzes: Array<[string, Quiz]> = [...content.quizzes.map(q => [q.id, q] as [string, Quiz]), ['in-memory: every kind, reserved characters', nastyQuiz]]

const defaults = { id: 'imported', title: 'Imported', description: 'Imported from a GIFT file.' }

/** A question as GIFT carries it: no evidence (its own, its options', its wrong choice's), no feedback on matching pairs. */
function withoutEvidence(q: Question): Question {
  const copy = { ...q, evidence: [] }
  if (copy.kind === 'matching')
    delete copy.confusions
  if (copy.kind === 'single' || copy.kind === 'multiple')
    copy.options = copy.options.map(({ evidence: _evidence, ...option }) => option)
  if (copy.kind === 'truefalse' && copy.wrongChoice)
    copy.wrongChoice = { feedback: copy.wrongChoice.feedback }
  return copy
}

/** What GIFT carries of a quiz: no ordering questions, no evidence; matching options in any order. */
function expressible(quiz: Quiz): Quiz {
  return comparable({ ...quiz, questions: quiz.questions.filter(q => !isUnsupported(formatsOf(q).gift)).map(withoutEvidence) })
}
function comparable(quiz: Quiz): Quiz {
  return { ...quiz, questions: quiz.questions.map(q => (q.kind === 'matching' ? { ...q, options: [...q.options].sort((a, b) => a.id.localeCompare(b.id)) } : q)) }
}

function importGift(text: string) {
  const result = parseGift(text, defaults)
  if (!result.ok)
    throw new Error(result.errors.map(e => `line ${e.line}: ${e.message}`).join('\n'))
  return result
}

describe('quiz → GIFT → quiz', () => {
  it.each(quizzes)('%s keeps every field GIFT can express', (_, quiz) => {
    const { text } = quizToGift(quiz)
    const { quiz: back, warnings } = importGift(text)
    expect(warnings).toEqual([])
    expect(comparable(back)).toEqual(expressible(quiz))
  })

  it('says that the feedback on wrong matching pairs is left out', () => {
    const quiz = content.quizzes.find(q => q.questions.some(question => question.kind === 'matching' && question.confusions?.length)) as Quiz
    const withConfusions = quiz.questions.filter(q => q.kind === 'matching' && q.confusions?.length).map(q => q.id)
    expect(quizToGift(quiz).warnings.filter(w => /wrong pairings/.test(w.message)).map(w => w.questionId)).toEqual(withConfusions)
  })

  it('lists kinds GIFT cannot express instead of dropping them silently', () => {
    const { skipped } = quizToGift(nastyQuiz)
    expect(skipped).toEqual([{ questionId: 'ordering-q', kind: 'ordering', reason: 'GIFT has no ordering question type' }])
  })

  it.each([
    ['braces', '{a}'],
    ['equals and tilde', '=a ~b'],
    ['hash, four hashes', '# ####'],
    ['colons, a name-like run', 'a::b: c'],
    ['backslashes', 'C:\\path\\ and \\n literally'],
    ['quotes', '"double" \'single\' “curly” ‘curly’'],
    ['a no-break space', 'gave\u00A0BlackBerry'],
    ['a line break', 'line one\nline two'],
  ])('escapes %s in a prompt, an answer and the feedback', (_, nasty) => {
    const gift = `::q::${escapeGift(`Q ${nasty}`)}{=${escapeGift(`A ${nasty}`)} ####${escapeGift(`F ${nasty}`)}}`
    const { quiz } = importGift(gift)
    expect(quiz.questions[0]).toMatchObject({ prompt: `Q ${nasty}`, accept: [`A ${nasty}`], explanation: `F ${nasty}` })
  })

  it('an imported quiz YAML leaves evidence empty, and validation flags it', () => {
    const { text } = quizToGift(content.quizzes[0] as Quiz)
    const yaml = quizToYaml(importGift(text).quiz, 'Imported for a test.')
    expect(yaml).toContain('evidence: []')
    // Per-answer feedback comes back as the option's feedback field (its evidence does not).
    expect(yaml).toContain('        feedback: "No document says a court was involved:')
    const { errors } = validateQuiz('quizzes/imported.yaml', yaml, { texts: new Map(Object.entries(content.texts)), objectives: new Set(content.objectives.map(o => o.id)) })
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every(e => e.field === 'evidence' && /at least one/.test(e.message))).toBe(true)
  })
})

describe('our GIFT read by gift-pegjs (an independent parser)', () => {
  // gift-pegjs leaves its escape placeholders in a matching pair's answer (Moodle decodes them).
  const decode = (text: string): string => text.replace(/&&(\d{3});/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&&010/g, '\n')
  // gift-pegjs folds line breaks and repeated spaces in "moodle"-format text.
  const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()
  const right = (choices: TextChoice[]): string[] => choices.filter(c => c.isCorrect || (c.weight ?? 0) > 0).map(c => squash(c.text.text))

  function expectSameQuestion(parsed: GIFTQuestion, q: Question): void {
    expect(parsed).toMatchObject({ title: q.id, id: q.id, tags: [q.objective] })
    if (parsed.type === 'Category' || parsed.type === 'Description')
      throw new Error(`${q.id} parsed as ${parsed.type}`)
    expect(squash(parsed.stem.text)).toBe(squash(q.prompt))
    expect(squash(parsed.globalFeedback?.text ?? '')).toBe(squash(q.explanation))
    const text = (list: Array<{ id: string, text: string }>, id: string | undefined) => squash(list.find(o => o.id === id)?.text ?? '')
    switch (q.kind) {
      case 'single':
        expect(parsed.type).toBe('MC')
        expect(parsed.type === 'MC' && right(parsed.choices)).toEqual([text(q.options, q.answer)])
        expect(parsed.type === 'MC' && parsed.choices.map(c => squash(c.feedback?.text ?? ''))).toEqual(q.options.map(o => squash(o.feedback ?? '')))
        break
      case 'multiple':
        expect(parsed.type).toBe('MC')
        if (parsed.type === 'MC') {
          expect(right(parsed.choices)).toEqual(q.answer.map(id => text(q.options, id)))
          expect(parsed.choices.map(c => squash(c.feedback?.text ?? ''))).toEqual(q.options.map(o => squash(o.feedback ?? '')))
          const weights = parsed.choices.map(c => c.weight ?? 0)
          expect(weights.filter(w => w > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3)
          expect(weights.filter(w => w < 0).reduce((a, b) => a + b, 0)).toBeCloseTo(q.options.length > q.answer.length ? -100 : 0, 3)
        }
        break
      case 'truefalse':
        // gift-pegjs calls the first feedback "trueFeedback"; Moodle shows it for the wrong choice.
        expect(parsed).toMatchObject({ type: 'TF', isTrue: q.answer })
        expect(parsed.type === 'TF' && squash(parsed.trueFeedback?.text ?? '')).toBe(squash(q.wrongChoice?.feedback ?? ''))
        break
      case 'numeric':
        expect(parsed).toMatchObject({ type: 'Numerical', choices: { type: 'range', number: q.answer, range: q.tolerance } })
        break
      case 'text':
        expect(parsed.type).toBe('Short')
        expect(parsed.type === 'Short' && right(parsed.choices)).toEqual(q.accept.map(squash))
        break
      case 'matching':
        expect(parsed.type).toBe('Matching')
        if (parsed.type === 'Matching') {
          const pairs = parsed.matchPairs.map(p => [squash(p.subquestion.text), squash(decode(p.subanswer))])
          const expected = q.prompts.map(p => [squash(p.text), text(q.options, q.answer[p.id])])
          const unused = q.options.filter(o => !Object.values(q.answer).includes(o.id)).map(o => ['', squash(o.text)])
          expect(pairs).toEqual([...expected, ...unused])
        }
        break
      default:
        throw new Error(`${q.kind} should not be in GIFT`)
    }
  }

  it.each(quizzes)('%s parses, and each question matches our content', (_, quiz) => {
    const parsed = giftPegjs(quizToGift(quiz).text)
    expect(parsed[0]).toEqual({ type: 'Category', title: `$course$/top/${quiz.title.replace(/\//g, '//')}` })
    const questions = parsed.slice(1)
    const expected = quiz.questions.filter(q => !isUnsupported(formatsOf(q).gift))
    expect(questions).toHaveLength(expected.length)
    expected.forEach((q, i) => expectSameQuestion(questions[i] as GIFTQuestion, q))
  })

  it('reads our multiple-select weights as the deck\'s rule: +1/3 per right option, −1/2 per wrong one', () => {
    const [, mc] = giftPegjs(quizToGift({ ...nastyQuiz, questions: [nastyQuiz.questions[1] as Question] }).text)
    expect(mc?.type === 'MC' && mc.choices.map(c => c.weight)).toEqual([33.33333, 33.33333, 33.33333, -50, -50])
  })
})

describe('per-answer feedback from a GIFT file (Moodle\'s # after an answer)', () => {
  it.each<[string, string, Partial<Question>]>([
    ['single choice: each answer its own', 'Who? {\n=PTA#Right: it gave the order.\n~A court#No document says so.\n~The U.N.\n}', { kind: 'single', options: [{ id: 'pta', text: 'PTA', feedback: 'Right: it gave the order.' }, { id: 'a-court', text: 'A court', feedback: 'No document says so.' }, { id: 'the-u-n', text: 'The U.N.' }] }],
    ['multiple select, with weights', 'Which? {\n~%50%a#yes\n~%50%b\n~%-100%c#not c\n}', { kind: 'multiple', options: [{ id: 'a', text: 'a', feedback: 'yes' }, { id: 'b', text: 'b' }, { id: 'c', text: 'c', feedback: 'not c' }] }],
    ['an escaped hash stays in the feedback', 'Who? {=a#one \\# two ~b}', { kind: 'single', options: [{ id: 'a', text: 'a', feedback: 'one # two' }, { id: 'b', text: 'b' }] }],
    ['an empty feedback is none', 'Who? {=a# ~b}', { kind: 'single', options: [{ id: 'a', text: 'a' }, { id: 'b', text: 'b' }] }],
    ['true/false: the first feedback is for the wrong choice', 'True? {F#It says the opposite.}', { kind: 'truefalse', answer: false, wrongChoice: { feedback: 'It says the opposite.' } }],
    ['true/false without feedback', 'True? {T}', { kind: 'truefalse', answer: true }],
  ])('%s', (_name, gift, expected) => {
    const result = parseGift(gift, defaults)
    expect(result.ok && result.warnings).toEqual([])
    const question = result.ok ? result.quiz.questions[0] : undefined
    expect(question).toMatchObject(expected)
    if (expected.kind === 'truefalse' && !('wrongChoice' in expected))
      expect(question).not.toHaveProperty('wrongChoice')
  })

  it('writes every wrong option\'s feedback of the real quizzes, and the importer gets it back', () => {
    for (const quiz of content.quizzes) {
      const back = importGift(quizToGift(quiz).text).quiz
      for (const q of quiz.questions) {
        if (q.kind !== 'single' && q.kind !== 'multiple')
          continue
        const imported = back.questions.find(b => b.id === q.id)
        expect(imported && 'options' in imported && imported.options.map(o => 'feedback' in o ? o.feedback : undefined)).toEqual(q.options.map(o => o.feedback))
      }
    }
  })
})

describe('malformed GIFT', () => {
  it.each([
    ['an unclosed answer block', 4, 'Q one {=a}\n\nWho?\n{=PTA\n=Authority', /"\{" is never closed/],
    ['a closing brace with no opening one', 1, 'Who? =PTA}', /"\}" without an opening "\{"/],
    ['a second answer block', 1, 'Who {=a} and {=b}', /second answer block/],
    ['a brace inside the answers', 3, 'Who?\n{\n=a {b\n}', /second "\{" inside the answers/],
    ['an unclosed question name', 1, '::name Who? {=a}', /name opened with :: is not closed/],
    ['a choice with one answer', 1, 'Pick {\n~only\n}', /at least two answers/],
    ['a choice with no right answer', 1, 'Pick {\n~a\n~b\n}', /no answer is right/],
    ['two right answers in a single choice', 4, 'Pick {\n=a\n~b\n=c\n}', /more than one answer marked =/],
    ['a malformed weight', 3, 'Pick {\n~a\n~%fifty%b\n}', /weight "%fifty%b" is not a percentage/],
    ['a weight out of range', 3, 'Pick {\n~a\n~%150%b\n}', /outside -100% … 100%/],
    ['a number that is not one', 2, 'How many? {\n#five:1\n}', /the answer "five" is not a number: write a number in digits, like \{#42\}/],
    ['a tolerance that is not a number', 1, 'How many? {#5000:some}', /the tolerance "some" is not a number/],
    ['a numeric answer with no number', 1, 'How many? {#}', /the answer is missing: write a number in digits/],
    ['true in lower case', 1, 'The sky is blue. {true}', /for a true\/false question write \{TRUE\} in capitals/],
    ['a matching pair without ->', 3, 'Match {\n=a -> b\n=c d\n}', /has no "->"/],
    ['a matching pair with no answer', 3, 'Match {\n=a -> b\n=c ->\n}', /nothing after "->"/],
    ['a matching question with one pair', 1, 'Match {\n=a -> b\n}', /at least two/],
    ['an empty accepted answer', 1, 'Who? {=PTA =}', /accepted answer is empty/],
    ['text before the first answer', 2, 'Pick {\nnot an answer\n~a\n=b\n}', /is not an answer/],
    ['a question without text', 1, '{=a ~b}', /no text before its answers/],
    ['a file with no questions', 1, '// just a comment\n', /no questions found/],
  ])('%s: error on line %i, saying what was expected', (_, line, gift, message) => {
    const result = parseGift(gift, defaults)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors).toContainEqual({ line, message: expect.stringMatching(message) })
      for (const error of result.errors)
        expect(error.message).toMatch(/write|start each|mark one|give one|give each/)
    }
  })

  it('collects every error in a file, each with its line', () => {
    const result = parseGift('Who? {=a\n\nPick {\n~a\n}\n\nFine {=b}', defaults)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.map(e => e.line)).toEqual([1, 3])
  })

  it('warns about what the project cannot keep instead of dropping it silently', () => {
    const result = parseGift('Pick {\n=a#good\n~%50%b\n~c\n}', defaults)
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(result.warnings.map(w => w.message)).toEqual([expect.stringMatching(/partial credit/)])
    const tf = parseGift('True? {TRUE#wrong, because#right, because}', defaults)
    expect(tf.ok && tf.warnings.map(w => w.message)).toEqual([expect.stringMatching(/feedback for the right true\/false choice is dropped/)])
  })
})

it('the nasty text survives in every field of the fixture', () => {
  expect(NASTY).toMatch(/[{}=~#:\\"']/)
})

describe('format markers and wildcards', () => {
  const marked: Quiz = {
    ...nastyQuiz,
    id: 'marked',
    questions: [
      { ...everyKind.single, prompt: '[html]<b>not bold</b>', options: [{ id: 'a1', text: '[markdown]*not emphasis*' }, { id: '2b', text: '[plain] two' }, { id: 'c', text: '[moodle]three' }], explanation: '[html]kept as typed' },
      { ...everyKind.text, accept: ['a*b', '*', '[plain]answer', 'plain \\ backslash'] },
      { ...everyKind.matching, prompts: [{ id: 'q1', text: '[html]first' }, ...everyKind.matching.prompts.slice(1)] },
    ],
  }

  it('a quiz whose text starts like a format marker or holds * comes back as written', () => {
    const { text } = quizToGift(marked)
    const { quiz: back, warnings } = importGift(text)
    expect(warnings).toEqual([])
    expect(comparable(back)).toEqual(expressible(marked))
  })

  it('Moodle\'s reading (gift-pegjs) keeps the marker as text: [moodle] in front, Moodle\'s default format', () => {
    const [, single, short] = giftPegjs(quizToGift(marked).text)
    expect(single?.type === 'MC' && single.stem).toEqual({ format: 'moodle', text: '[html]<b>not bold</b>' })
    expect(single?.type === 'MC' && single.choices.map(c => c.text)).toEqual([
      { format: 'moodle', text: '[markdown]*not emphasis*' },
      { format: 'moodle', text: '[plain] two' },
      { format: 'moodle', text: '[moodle]three' },
    ])
    // Moodle's short answer reads \* as a literal star (a bare * is its wildcard).
    expect(short?.type === 'Short' && short.choices.map(c => c.text.text)).toEqual(['a\\*b', '\\*', '[plain]answer', 'plain \\ backslash'])
  })

  it.each([
    ['a marker on the prompt, an option, feedback and a matching prompt', '::q::[html]<b>Who</b>? {\n=[markdown]**PTA**#[plain]right\n~[moodle]EFF\n####[html]<i>Because</i>\n}', { prompt: '<b>Who</b>?', options: [{ text: '**PTA**' }, { text: 'EFF' }], explanation: '<i>Because</i>' }],
    ['a marker on a short answer', '::q::Who? {=[plain]PTA}', { accept: ['PTA'] }],
    ['an escaped wildcard', '::q::Which? {=a\\\\*b}', { accept: ['a*b'] }],
  ])('import strips %s', (_, gift, expected) => {
    const result = parseGift(gift, defaults)
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(result.quiz.questions[0]).toMatchObject(expected)
  })

  it('import warns about a bare * in a short answer: Moodle\'s wildcard, which the deck would match literally', () => {
    const result = parseGift('::q::Which? {=Pakistan*}', defaults)
    expect(result.ok && result.warnings.map(w => w.message)).toEqual([expect.stringMatching(/"Pakistan\*" uses Moodle's wildcard \*/)])
  })
})

describe('import keeps what it can and says what it drops', () => {
  it.each([
    ['an essay', '::essay::Write about it. {}\n\n::q::Who? {=PTA}', /"essay" is an essay question .* skipped/],
    ['an essay with general feedback', 'Write about it. {####Think first.}\n\n::q::Who? {=PTA}', /essay question .* skipped/],
    ['a description', 'Read the letter first.\n\n::q::Who? {=PTA}', /a description .* skipped/],
    ['feedback on a short answer', '::q::Who? {=PTA#Right, the regulator. =Pakistan Telecommunications Authority}', /feedback on "PTA" \(#…\) is dropped/],
    ['feedback on a numeric answer', '::q::How many? {#5000:100#About right.}', /feedback on "5000:100" \(#…\) is dropped/],
    ['feedback for any other number', '::q::How many? {#=5000:100 ~#Count again.}', /feedback for any other number \("Count again."\) is dropped/],
    ['extra tags', '// [tag:blackberry-case] [tag:week-2]\n::q::Who? {=PTA}', /only the first tag is kept, .*"blackberry-case".*"week-2" dropped/],
    ['a lower-case marker kept by Moodle as HTML', '::q::[html]<p>Who?</p> {=PTA}', /marked \[html\]: the marker is removed/],
  ])('%s: imports the rest, with a warning', (_, gift, warning) => {
    const result = parseGift(gift, defaults)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.quiz.questions.map(q => q.id)).toContain('q')
      expect(result.warnings.map(w => w.message)).toContainEqual(expect.stringMatching(warning))
    }
  })

  it('every error says what was expected in words, not only what was wrong', () => {
    const cases = ['Who? {PTA}', 'How many? {#}', 'How many? {#five}', 'Pick {\n~a\n~b\n}', 'Who? {=PTA =}', 'T or F? {true}']
    for (const gift of cases) {
      const result = parseGift(gift, defaults)
      expect(result.ok).toBe(false)
      if (!result.ok)
        expect(result.errors[0]?.message).toMatch(/write|start each|mark one|give one/)
    }
  })
})

it('a file with every GIFT feature Moodle\'s own test file uses imports all but its essay, with a warning for each thing dropped', () => {
  const gift = [
    '// an essay first',
    '::E1:: Describe the case. {}',
    '',
    '::Roles::[html]Match the <b>speaker</b> to the words.{',
    '    =[html]"a black hole" -> The UK government',
    '    =[moodle]"never permitted" -> BlackBerry',
    '    =[plain]"a precedent" -> Digital rights groups',
    '    = -> The EFF',
    '}',
    '',
    '::Single:: Who ordered the shutdown?',
    '{',
    '    =PTA # right',
    '    ~[plain]A court # wrong',
    '}',
    '',
    '::Range:: How many months? {#3:2~#Count again}',
    '',
    '::Short::Which body?{',
    '    =PTA#Good',
    '    =%50%Regulator#Half',
    '    =%0%*#Wrong',
    '}',
    '',
    '::TF:: BlackBerry left Pakistan.{',
    'FALSE#It stayed.#Right.',
    '####It reached an agreement.}',
  ].join('\n')
  const result = parseGift(gift, defaults)
  expect(result.ok).toBe(true)
  if (!result.ok)
    return
  expect(result.quiz.questions.map(q => [q.id, q.kind])).toEqual([['roles', 'matching'], ['single', 'single'], ['range', 'numeric'], ['short', 'text'], ['tf', 'truefalse']])
  expect(result.quiz.questions[0]).toMatchObject({ prompt: 'Match the <b>speaker</b> to the words.', prompts: [{ text: '"a black hole"' }, { text: '"never permitted"' }, { text: '"a precedent"' }] })
  expect(result.quiz.questions[1]).toMatchObject({ options: [{ text: 'PTA' }, { text: 'A court' }] })
  expect(result.quiz.questions[2]).toMatchObject({ answer: 3, tolerance: 2 })
  expect(result.quiz.questions[3]).toMatchObject({ accept: ['PTA'] })
  const messages = result.warnings.map(w => w.message)
  for (const expected of [/"E1" is an essay question/, /marked \[html\]/, /feedback on "PTA", "A court"/, /feedback for any other number \("Count again"\)/, /worth less than 100% are dropped \("Regulator", "\*"\)/, /true\/false feedback is dropped/])
    expect(messages).toContainEqual(expect.stringMatching(expected))
})
