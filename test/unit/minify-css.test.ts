// The CSS the deck adds ships minified; Slidev's and other dependencies' is left alone.
import { describe, expect, it } from 'vitest'
import { isOwnCss, minifyOwnCss } from '../../node/vite-plugin-minify-css.ts'

const root = '/work/project/'

describe('isOwnCss', () => {
  it.each([
    ['/work/project/components/quiz/quiz.css', true],
    ['/work/project/styles/module.css', true],
    ['/work/project/components/ActorMap.vue?vue&type=style&index=0&scoped=1a2b3c&lang.css', true],
    ['/work/project/components/ActorMap.vue', false],
    ['/work/project/components/ActorMap.vue?vue&type=script&setup=true&lang.ts', false],
    ['/work/project/node_modules/@slidev/client/styles/index.css', false],
    ['/work/project/styles/font.css', true],
    ['/work/project/node_modules/@fontsource-variable/inter/index.css', false],
    ['/work/project/node_modules/@unocss/reset/tailwind.css', false],
    ['/elsewhere/styles/module.css', false],
    ['/work/project/styles/index.ts', false],
  ])('%s → %s', (id, own) => {
    expect(isOwnCss(id, root)).toBe(own)
  })
})

describe('minifyOwnCss', () => {
  it('keeps every rule and custom property while dropping comments and spaces', () => {
    const css = `/* the quiz */\n.pm-choice[data-v-1] {\n  color: var(--pm-accent);\n  margin: 0 0 0 0;\n}\nhtml.dark .pm-choice { --pm-accent: #9cf; }\n`
    expect(minifyOwnCss(css, '/work/project/components/quiz/quiz.css')).toBe('.pm-choice[data-v-1]{color:var(--pm-accent);margin:0}html.dark .pm-choice{--pm-accent:#9cf}')
  })

  it('fails the build on CSS it cannot parse, naming the file and line', () => {
    expect(() => minifyOwnCss('.a { color: red }\n.b { @@@ }}}', '/work/project/styles/broken.css?used'))
      .toThrow(/^\/work\/project\/styles\/broken\.css \(line \d+\): /)
  })
})
