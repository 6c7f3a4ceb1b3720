import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The bare React Flow page the editor benchmark compares against (`npm run bench`). */
export default defineConfig({
  root: 'tests/bench/bare',
  base: './',
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, 'out/bench-bare'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
