// Compiles every content file (catalogues, source texts, facts, quizzes) into the
// typed, validated bundle the deck uses. Pure: it receives file texts, so the
// CLI, the Vite plugin and the tests share it. All errors are collected.
import type { Objective, Source } from './catalogue.ts'
import type { ContentError, FieldProblem, Result } from './errors.ts'
import type { SourceTexts } from './evidence.ts'
import type { FactFile, FactName, Facts } from './facts.ts'
import type { AskPoll } from './poll-content.ts'
import type { Poll } from './polls.ts'
import type { Quiz } from './quiz.ts'
import { castOf, checkCast, checkClaim, checkEvent, checkEvidenceSpeakers } from './attribution.ts'
import { objectivesSchema, sourceCatalogueSchema } from './catalogue.ts'
import { ErrorCollector, readDocument, validateDocument } from './document.ts'
import { factFiles } from './facts.ts'
import { compilePolls, isPollFile, isPollYaml } from './poll-content.ts'
import { validateQuiz } from './quiz.ts'
import { checkQuotation, dataQuotations } from './quotations.ts'
import { parseYaml } from './yaml.ts'

export const SOURCE_CATALOGUE = 'data/sources.yaml'
export const OBJECTIVES = 'data/objectives.yaml'

export interface Content {
  sources: Source[]
  /** Source id → the document's text, byte-for-byte. */
  texts: Record<string, string>
  objectives: Objective[]
  quizzes: Quiz[]
  facts: Facts
  /** The polls of polls/*.yaml: unmarked, never in a gradebook. */
  polls: Poll[]
  /** Every "Ask:" prompt of the speaker notes, with the poll it runs as (Node only: not sent to the deck). */
  asks: AskPoll[]
}

const SOURCE_TEXT_FILE = /^data\/sources\/[^/]+\.txt$/
const YAML_FILE = /^(?:data|quizzes)\/[^/]+\.ya?ml$/
const DATA_FILE = /^data\/([^/]+)\.ya?ml$/

/** Which files compileContent reads, by path relative to the project root. */
export function isContentFile(path: string): boolean {
  return SOURCE_TEXT_FILE.test(path) || YAML_FILE.test(path) || isPollFile(path)
}

function within(base: Array<string | number>, problems: FieldProblem[]): FieldProblem[] {
  return problems.map(problem => ({ ...problem, path: [...base, ...problem.path] }))
}

/** Who said what (attribution.ts) across the fact files, once each file is valid on its own. */
function attributionErrors(facts: Partial<Facts>, files: ReadonlyMap<string, string>, texts: SourceTexts): ContentError[] {
  const actors = facts.actors?.actors
  if (!actors)
    return []
  const cast = castOf(actors, texts)
  const problems: Partial<Record<FactName, FieldProblem[]>> = {
    actors: checkCast(actors, texts),
    arguments: facts.arguments?.arguments.flatMap((argument, i) => within(['arguments', i], checkClaim(argument, cast))),
    timeline: facts.timeline?.events.flatMap((event, i) => within(['events', i], checkEvent(event, cast))),
    cases: facts.cases?.rows.flatMap((row, i) => row.cells.flatMap((cell, j) => within(['rows', i, 'cells', j], checkEvidenceSpeakers(cell.evidence, cast)))),
    terms: facts.terms?.terms.flatMap((term, i) => within(['terms', i], checkEvidenceSpeakers(term.evidence, cast))),
  }
  return (Object.entries(problems) as Array<[FactName, FieldProblem[] | undefined]>).flatMap(([name, found]) => {
    if (!found?.length)
      return []
    const file = `data/${name}.yaml`
    const collector = new ErrorCollector({ file, labels: factFiles[name].labels, rootLabel: name }, readDocument(file, files.get(file) ?? '').yaml)
    collector.add(found)
    return collector.errors
  })
}

/** Quotation marks in a data file's text fields (shown on slides) enclose the documents' words verbatim. */
function quotationErrors(file: string, labels: Readonly<Record<string, string>>, rootLabel: string, value: unknown, files: ReadonlyMap<string, string>, texts: SourceTexts): ContentError[] {
  const problems = dataQuotations(value).flatMap((shown): FieldProblem[] => {
    const message = checkQuotation(shown, texts)
    return message ? [{ path: shown.path ?? [], message }] : []
  })
  if (problems.length === 0)
    return []
  const collector = new ErrorCollector({ file, labels, rootLabel }, readDocument(file, files.get(file) ?? '').yaml)
  collector.add(problems)
  return collector.errors
}

/** `files`: path relative to the project root (see isContentFile) → text. */
export function compileContent(files: ReadonlyMap<string, string>): Result<Content> {
  const errors: ContentError[] = []
  const need = (file: string): string => {
    const text = files.get(file)
    if (text === undefined)
      errors.push({ file, scope: 'file', field: '-', message: 'is missing' })
    return text ?? ''
  }

  const catalogue = validateDocument({ file: SOURCE_CATALOGUE, labels: { sources: 'source' }, rootLabel: 'catalogue' }, need(SOURCE_CATALOGUE), sourceCatalogueSchema)
  errors.push(...catalogue.errors)
  const sources = catalogue.value?.sources ?? []
  const texts = new Map<string, string>()
  sources.forEach((source, i) => {
    if (texts.has(source.id))
      errors.push({ file: SOURCE_CATALOGUE, scope: `source ${source.id}`, field: 'id', message: `duplicate source id (entry ${i + 1})` })
    const text = files.get(`data/sources/${source.file}`)
    if (text === undefined)
      errors.push({ file: SOURCE_CATALOGUE, scope: `source ${source.id}`, field: 'file', message: `data/sources/${source.file} does not exist` })
    else
      texts.set(source.id, text)
  })

  const objectivesFile = validateDocument({ file: OBJECTIVES, labels: { objectives: 'objective' }, rootLabel: 'objectives' }, need(OBJECTIVES), objectivesSchema)
  errors.push(...objectivesFile.errors)
  const objectives = objectivesFile.value?.objectives ?? []
  const objectiveIds = new Set(objectives.map(o => o.id))

  const facts: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(factFiles) as Array<[string, FactFile]>) {
    const file = `data/${name}.yaml`
    const result = validateDocument({ file, labels: spec.labels, rootLabel: name }, need(file), spec.schema, texts)
    errors.push(...result.errors)
    facts[name] = result.value
    if (result.value)
      errors.push(...quotationErrors(file, spec.labels, name, result.value, files, texts))
  }
  errors.push(...quotationErrors(OBJECTIVES, { objectives: 'objective' }, 'objectives', objectivesFile.value, files, texts))
  errors.push(...quotationErrors(SOURCE_CATALOGUE, { sources: 'source' }, 'catalogue', catalogue.value, files, texts))
  errors.push(...attributionErrors(facts as Partial<Facts>, files, texts))
  for (const path of files.keys()) {
    const name = DATA_FILE.exec(path)?.[1]
    if (name && path !== SOURCE_CATALOGUE && path !== OBJECTIVES && !(name in factFiles))
      errors.push({ file: path, scope: 'file', field: '-', message: 'is not a known data file (add its schema to logic/content/facts.ts)' })
  }

  const quizzes: Quiz[] = []
  const quizFiles = [...files.keys()].filter(path => path.startsWith('quizzes/')).sort()
  if (quizFiles.length === 0)
    errors.push({ file: 'quizzes/', scope: 'file', field: '-', message: 'has no quiz files' })
  const quizIds = new Map<string, string>()
  for (const file of quizFiles) {
    const result = validateQuiz(file, files.get(file) ?? '', { texts, objectives: objectiveIds })
    errors.push(...result.errors)
    if (!result.quiz)
      continue
    // Prompts, options, explanations and feedback are shown on the quiz slides: their quotations too.
    errors.push(...quotationErrors(file, { questions: 'question' }, 'quiz', result.quiz, files, texts))
    const other = quizIds.get(result.quiz.id)
    if (other)
      errors.push({ file, scope: 'quiz', field: 'id', message: `duplicate quiz id "${result.quiz.id}" (also in ${other})` })
    quizIds.set(result.quiz.id, file)
    quizzes.push(result.quiz)
  }

  const { polls, asks, errors: pollErrors } = compilePolls(files)
  errors.push(...pollErrors)
  // A poll's prompt, labels and options are shown to the room: their quotations too (as written, not the notes' prompts).
  for (const file of [...files.keys()].filter(isPollYaml).sort())
    errors.push(...quotationErrors(file, { polls: 'poll' }, 'poll file', parseYaml(files.get(file) ?? '').value, files, texts))

  if (errors.length)
    return { ok: false, errors }
  return { ok: true, value: { sources, texts: Object.fromEntries(texts), objectives, quizzes, facts: facts as Facts, polls, asks } }
}
