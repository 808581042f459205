// How the deck names each kind of voice, so a reader can tell a company's claim
// from a government's statement, an advocacy group, an anonymous source or a reporter.
import type { Voice } from '../content/fact-vocabulary.ts'

export const voiceLabels: Record<Voice, string> = {
  company: 'Company claim',
  government: 'Government',
  advocacy: 'Advocacy group',
  anonymous: 'Anonymous source',
  reporter: 'Reporter\'s framing',
  individual: 'Individual',
  international: 'U.N. official',
}

/** Headings for groups of people and organisations speaking with each voice. */
export const groupLabels: Record<Voice, string> = {
  company: 'Companies',
  government: 'Governments and officials',
  advocacy: 'Advocacy groups',
  anonymous: 'Anonymous sources',
  reporter: 'Reporters and outlets',
  individual: 'Individuals',
  international: 'U.N. officials',
}
