// How the deck names each kind of voice, so a reader can tell a company's claim
// from a government's statement, an advocacy group, an anonymous source or a reporter.
import type { Voice } from '../content/facts.ts'

export const voiceLabels: Record<Voice, string> = {
  company: 'Company claim',
  government: 'Government',
  advocacy: 'Advocacy group',
  anonymous: 'Anonymous source',
  reporter: 'Reporter\'s framing',
  individual: 'Individual',
  international: 'U.N. official',
}
