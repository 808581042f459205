// Test projects: `unit` (plain TypeScript in Node), `components` (Vue SFCs in
// happy-dom, with the same content plugin as the deck), `e2e` (the built deck in
// Chromium). Slidev never reads this file.
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
      {
        // Browser tests: Chromium against the built site in dist/, served on port 4111.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The live student page (dist-live/, built by `npm run build:live`) in Chromium against the live server on port 4141.
        test: {
          name: 'e2e-live',
          include: ['test/e2e-live/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e-live/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The exported PDFs read back with pdftotext; re-exports them first when stale.
        test: {
          name: 'pdf',
          include: ['test/pdf/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/pdf/global-setup.ts'],
          hookTimeout: 600_000,
        },
      },
      {
        // The live class server over real HTTP and WebSocket on 127.0.0.1, ports 4131–4139.
        test: {
          name: 'live',
          include: ['test/live/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
