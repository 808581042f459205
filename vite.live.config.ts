// Vite multi-page build of the live class pages (student, control, projector) into dist-live/, served under /live/.
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('./live/', import.meta.url))

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
      },
    },
  },
})
