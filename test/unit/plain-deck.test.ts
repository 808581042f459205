// The benchmark's plain deck keeps the slide text and drops this module's components.
import { describe, expect, it } from 'vitest'
import { plainDeck } from '../../scripts/bench/plain-deck.ts'

const components = new Set(['Quiz', 'EvidenceQuote', 'SourceList'])

describe('plainDeck', () => {
  it.each([
    ['a self-closing component', '# Quiz\n\n<Quiz id="open-letter" />\n', '# Quiz\n\n\n'],
    ['a component over several lines', '<EvidenceQuote\n  source="x"\n  quote="a"\n/>\ntext', '\ntext'],
    ['a component with a slot', 'a <SourceList>inner</SourceList> b', 'a  b'],
    ['Slidev built-ins and HTML', '<v-click>\n<div class="x">y</div>\n</v-click>', '<v-click>\n<div class="x">y</div>\n</v-click>'],
    ['a longer name sharing a prefix', '<QuizResults />', '<QuizResults />'],
  ])('handles %s', (_case, input, output) => {
    expect(plainDeck(input, components)).toBe(output)
  })

  it('drops the export settings from the headmatter, and nothing else', () => {
    const head = '---\ntitle: T\nexportFilename: exports/slides\ndownload: slides.pdf\nrouterMode: hash\n---\n'
    expect(plainDeck(head, components)).toBe('---\ntitle: T\nrouterMode: hash\n---\n')
  })
})
