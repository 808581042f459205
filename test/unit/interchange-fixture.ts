// A quiz with every question kind and the characters GIFT and XML reserve
// (`{ } = ~ # : \`, quotes, `&`, `<`, a no-break space), for the interchange tests.
import type { Evidence } from '../../logic/content/common.ts'
import type { Quiz } from '../../logic/content/quiz.ts'
import type { Question, QuestionKindName } from '../../logic/kinds/registry.ts'

const evidence: Evidence[] = [{ source: 'sf-blackberry-exit', quote: 'gave\u00A0BlackBerry a shutdown order' }]
const base = { objective: 'blackberry-case', evidence }
export const NASTY = 'Braces {x}, equals = tilde ~ hash # colon : backslash \\ "double" \'single\' & <tag> “curly”'

export const everyKind: { [K in QuestionKindName]: Extract<Question, { kind: K }> } = {
  single: {
    ...base,
    id: 'single-q',
    kind: 'single',
    prompt: `Which one? ${NASTY}`,
    points: 2,
    options: [
      { id: 'a1', text: `Right: ${NASTY}`, feedback: 'Right # because ~ the = report {says} so' },
      { id: '2b', text: '=looks like a key', feedback: `Wrong: ${NASTY}`, evidence },
      { id: 'c', text: '~looks wrong' },
    ],
    answer: 'a1',
    explanation: `Because #### of ${NASTY}`,
  },
  multiple: {
    ...base,
    id: 'multiple-q',
    kind: 'multiple',
    prompt: 'Pick all that apply: a:b {c}',
    points: 3,
    options: [{ id: 'a', text: 'A # one' }, { id: 'b', text: 'B = two' }, { id: 'c', text: 'C ~ three' }, { id: 'd', text: '%50% D', feedback: 'No document says D: #### no.' }, { id: 'e', text: 'E \\ five', feedback: 'E is wrong\nover two lines' }],
    answer: ['a', 'b', 'c'],
    explanation: 'Three are right, two are wrong.',
  },
  truefalse: { ...base, id: 'tf-q', kind: 'truefalse', prompt: 'True or false: 1 + 1 = 2 {obviously}', points: 1, answer: false, wrongChoice: { feedback: 'True is wrong # here {x}', evidence }, explanation: 'False: it is "not stated".' },
  numeric: { ...base, id: 'numeric-q', kind: 'numeric', prompt: 'How many: about 1.5 billion?', points: 1, answer: 1.5, tolerance: 0.05, unit: 'billion', explanation: 'About 1.5 billion.' },
  text: { ...base, id: 'text-q', kind: 'text', prompt: 'Who issued the order?', points: 1, accept: ['Pakistan Telecommunications Authority', 'PTA', 'P.T.A. {short} = #1'], explanation: 'The PTA.' },
  ordering: {
    ...base,
    id: 'ordering-q',
    kind: 'ordering',
    prompt: 'Put in order',
    points: 4,
    items: [{ id: 'exit', text: 'Exit on December 30' }, { id: 'order', text: 'Shutdown order in July' }, { id: 'deadline', text: 'Deadline Nov. 30' }],
    answer: ['order', 'deadline', 'exit'],
    misplacements: [{ item: 'deadline', feedback: 'Nov. 30 & <after> July', evidence }],
    explanation: 'July, then November, then December.',
  },
  matching: {
    ...base,
    id: 'matching-q',
    kind: 'matching',
    prompt: 'Who said it?',
    points: 2,
    prompts: [{ id: 'q1', text: '"a black hole" {said}' }, { id: 'q2', text: 'We will not: ~ever~' }, { id: 'q3', text: 'Also: the company' }],
    options: [{ id: 'gov', text: 'The UK government' }, { id: 'bb', text: 'BlackBerry = company' }, { id: 'eff', text: 'The EFF (unused)' }],
    answer: { q1: 'gov', q2: 'bb', q3: 'bb' },
    confusions: [{ prompt: 'q1', option: 'eff', feedback: 'Not the EFF: {x} # y' }, { prompt: 'q3', option: 'gov', feedback: 'The company, not the government.' }],
    explanation: 'Attribution matters.',
  },
}

export const nastyQuiz: Quiz = {
  id: 'nasty',
  title: 'Every kind: {odd} / characters',
  description: `A test quiz. ${NASTY}`,
  objectives: ['blackberry-case'],
  passMark: 50,
  mode: 'test',
  questions: Object.values(everyKind),
}
