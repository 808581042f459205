// The quiz file format and its validation: the header fields, then each question
// by its kind, then the references (objectives, sources, quotes) and unique ids.
import type { Question } from '../kinds/registry.ts'
import type { ContentError, FieldProblem } from './errors.ts'
import type { SourceTexts } from './evidence.ts'
import { z } from 'zod'
import { isKindName, kindNames } from '../kinds/registry.ts'
import { idSchema, textSchema } from './common.ts'
import { ErrorCollector, readDocument } from './document.ts'
import { problemsFromZod } from './errors.ts'
import { checkEvidence, findEvidence } from './evidence.ts'
import { schemaOf } from './questions/index.ts'

export const quizModes = ['practice', 'test'] as const
export type QuizMode = typeof quizModes[number]

const quizHeaderSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  description: textSchema,
  objectives: z.array(idSchema).min(1, 'must name at least one learning objective'),
  passMark: z.number({ error: 'must be a percentage from 0 to 100' }).min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100'),
  mode: z.enum(quizModes, { error: 'must be "practice" (feedback after each question) or "test" (feedback at the end)' }),
  questions: z.array(z.unknown()).min(1, 'must have at least one question'),
})

export type Quiz = Omit<z.infer<typeof quizHeaderSchema>, 'questions'> & { questions: Question[] }

export interface QuizContext {
  texts: SourceTexts
  objectives: ReadonlySet<string>
}

function validateQuestion(raw: unknown, quiz: { objectives: readonly string[] }, context: QuizContext): { question?: Question, problems: FieldProblem[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { problems: [{ path: [], message: 'must be a mapping with id, kind, prompt …' }] }
  const kind = (raw as { kind?: unknown }).kind
  if (!isKindName(kind)) {
    const message = kind === undefined ? 'is missing' : `unknown kind "${String(kind)}"`
    return { problems: [{ path: ['kind'], message: `${message}; use one of ${kindNames.join(', ')}` }] }
  }
  const { schema, check } = schemaOf(kind)
  const parsed = schema.safeParse(raw)
  if (!parsed.success)
    return { problems: problemsFromZod(parsed.error, raw) }
  const question = parsed.data
  // The question's own evidence and any option's or choice's feedback evidence.
  const quoteProblems = findEvidence(question).flatMap(({ path, evidence }) =>
    checkEvidence(evidence, context.texts).map(problem => ({ ...problem, path: [...path, ...problem.path] })))
  const problems = [...check(question), ...quoteProblems]
  if (!context.objectives.has(question.objective))
    problems.push({ path: ['objective'], message: `unknown objective "${question.objective}" (see data/objectives.yaml)` })
  else if (!quiz.objectives.includes(question.objective))
    problems.push({ path: ['objective'], message: `"${question.objective}" is not among the quiz's objectives; add it there` })
  return problems.length ? { problems } : { question, problems }
}

/** Validates one quiz file. Returns the quiz only when it has no errors at all. */
export function validateQuiz(file: string, text: string, context: QuizContext): { quiz?: Quiz, errors: ContentError[] } {
  const { yaml, errors } = readDocument(file, text)
  if (errors.length)
    return { errors }
  const collector = new ErrorCollector({ file, labels: { questions: 'question' }, rootLabel: 'quiz' }, yaml)
  const header = quizHeaderSchema.safeParse(yaml.value)
  if (!header.success) {
    collector.add(problemsFromZod(header.error, yaml.value))
    // Still check the questions when the list itself is readable.
    const raw = (yaml.value as { questions?: unknown }).questions
    if (!Array.isArray(raw))
      return { errors: collector.errors }
  }
  const data = yaml.value as { objectives?: unknown, questions: unknown[] }
  const quizObjectives = Array.isArray(data.objectives) ? data.objectives.filter((o): o is string => typeof o === 'string') : []
  quizObjectives.forEach((id, i) => {
    if (!context.objectives.has(id))
      collector.add([{ path: ['objectives', i], message: `unknown objective "${id}" (see data/objectives.yaml)` }])
  })

  const questions: Question[] = []
  const seen = new Set<string>()
  data.questions.forEach((raw, index) => {
    const id = (raw as { id?: unknown } | null)?.id
    if (typeof id === 'string' && seen.has(id))
      collector.add([{ path: ['id'], message: `duplicate question id "${id}" in this quiz` }], ['questions', index])
    if (typeof id === 'string')
      seen.add(id)
    const result = validateQuestion(raw, { objectives: quizObjectives }, context)
    collector.add(result.problems, ['questions', index])
    if (result.question)
      questions.push(result.question)
  })
  if (collector.errors.length || !header.success)
    return { errors: collector.errors }
  return { quiz: { ...header.data, questions }, errors: [] }
}
