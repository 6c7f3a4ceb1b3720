import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.shared';

/** `npm run web`: the same renderer with the browser host, served or built to out/web. */
export default defineConfig({
  ...rendererConfig(resolve(import.meta.dirname, 'out/web')),
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
});
