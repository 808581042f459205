// The content the quiz component tests see instead of virtual:content: the
// every-kind fixture quiz as practice, and again as a test.
import { quiz } from '../../unit/progress-fixture.ts'

export default {
  quizzes: [quiz, { ...quiz, id: 'exam', title: 'Fixture test', mode: 'test' as const }],
  objectives: [
    { id: 'blackberry-case', title: 'BlackBerry and Pakistan', text: '…' },
    { id: 'critical-reading', title: 'Reading sources critically', text: '…' },
  ],
  sources: [],
  facts: {},
}
