// Vite multi-page build of the live class pages (student, control, projector) into dist-live/, served under /live/,
// and of room-scale.js (+ room-scale.css), the room on the deck's opinion-scale slides, which the deck imports by
// that stable name in live mode (components/live/load-room-scale.ts).
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('./live/', import.meta.url))
/** The entry the deck loads by name: no hash in its file names. */
export const ROOM_SCALE_ENTRY = 'room-scale'

/** The pages' files keep their hashed names; the room scale's entry and stylesheet get stable ones. */
export function entryFileName(chunk: { name: string }): string {
  return chunk.name === ROOM_SCALE_ENTRY ? `assets/${ROOM_SCALE_ENTRY}.js` : 'assets/[name]-[hash].js'
}
export function assetFileName(asset: { names: readonly string[] }): string {
  return asset.names.includes(`${ROOM_SCALE_ENTRY}.css`) ? `assets/${ROOM_SCALE_ENTRY}.css` : 'assets/[name]-[hash][extname]'
}

export default defineConfig({
  root,
  base: '/live/',
  // No public/ folder: everything a page needs is imported, so it is hashed and bundled.
  publicDir: false,
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL('./dist-live/', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        student: `${root}student.html`,
        control: `${root}control.html`,
        projector: `${root}projector.html`,
        [ROOM_SCALE_ENTRY]: `${root}src/room-scale.ts`,
      },
      // Keep room-scale.js's export (an app build drops entries' exports by default).
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: entryFileName, assetFileNames: assetFileName },
    },
  },
})
