// Test projects: `unit` (plain TypeScript in Node), `components` (Vue SFCs in
// happy-dom, with the same content plugin as the deck). Slidev never reads this file.
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { contentPlugin } from './node/vite-plugin-content.ts'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins: [vue(), contentPlugin()],
        test: {
          name: 'components',
          include: ['test/components/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
    ],
  },
})
