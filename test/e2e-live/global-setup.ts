// The live student page's browser test needs the built live pages: it builds nothing itself
// (`npm test` runs `npm run build:live` first; run it before `vitest run --project e2e-live` alone).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { cwd } from 'node:process'

export default function setup() {
  if (!existsSync(join(cwd(), 'dist-live', 'student.html')))
    throw new Error('The live browser test needs the built live pages, and dist-live/student.html is missing: run `npm run build:live` first (`npm test` does).')
}
