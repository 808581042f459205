// Lint rules: @antfu/eslint-config (the config Slidev itself uses), with Vue and TypeScript.
import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // Quiz and data YAML belong to course authors: `npm run validate` checks them, not style rules.
  yaml: false,
  ignores: ['dist', 'exports', 'node_modules', '.slidev', '**/*.md'],
}, {
  rules: {
    // Component suites are named after the component: `describe('QuizCard')`.
    'test/prefer-lowercase-title': 'off',
  },
})
