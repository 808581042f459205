// Makes the plain Slidev deck the benchmark compares against: the same slide
// text with this module's components (quizzes included) taken out, and none of
// its export settings. Slidev's own built-ins (<v-click>, <Arrow> …) stay.

/** This module's components, by tag name: every .vue file under components/. */
export function stripComponents(markdown: string, components: ReadonlySet<string>): string {
  let text = markdown
  for (const name of components) {
    text = text
      .replace(new RegExp(`<${name}\\b[^>]*?/>`, 'g'), '')
      .replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}>`, 'g'), '')
  }
  return text
}

const EXPORT_SETTINGS = /^(?:exportFilename|download):.*\n/gm

/** Drops the headmatter keys that only this module's exports use. */
export function plainHeadmatter(markdown: string): string {
  return markdown.replace(EXPORT_SETTINGS, '')
}

export function plainDeck(markdown: string, components: ReadonlySet<string>): string {
  return plainHeadmatter(stripComponents(markdown, components))
}
