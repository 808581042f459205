// Which evidence quotes a worksheet may show: a question that itself quotes a
// document (matching a quote to its speaker) shows that passage in its prompt
// or choices, which gives nothing away. Any other evidence quote must never appear.
import type { Question } from '../../logic/kinds/registry.ts'
import { allChoiceFeedback } from '../../logic/marking/choice-feedback.ts'

/** Every prompt and choice text the questions show. */
export function shownTexts(questions: readonly Question[]): string[] {
  return questions.flatMap((q) => {
    const choices = 'options' in q ? q.options : []
    const items = q.kind === 'ordering' ? q.items : q.kind === 'matching' ? q.prompts : []
    return [q.prompt, ...choices.map(c => c.text), ...items.map(c => c.text)]
  })
}

/** The evidence quotes of `q` that no shown text contains (or is part of). */
export function hiddenQuotes(q: Question, shown: readonly string[]): string[] {
  return q.evidence.map(e => e.quote).filter(quote => !shown.some(text => text.includes(quote) || quote.includes(text)))
}

/** Why each choice is right or wrong: only the answer key may print it. */
export function choiceFeedbackTexts(q: Question): string[] {
  return allChoiceFeedback(q).map(f => f.feedback)
}

/** The quotes of the choices' feedback that no shown text contains (or is part of). */
export function hiddenChoiceQuotes(q: Question, shown: readonly string[]): string[] {
  return allChoiceFeedback(q).flatMap(f => f.evidence).map(e => e.quote).filter(quote => !shown.some(text => text.includes(quote) || quote.includes(text)))
}
