import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { rendererConfig } from './vite.shared';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: { outDir: 'out/main', lib: { entry: 'electron/main/index.ts' } },
  },
  preload: {
    plugins: [externalizeDepsPlugin({ exclude: ['zod'] })],
    // A sandboxed preload cannot load ES modules or require from node_modules: one CommonJS file.
    build: {
      outDir: 'out/preload',
      lib: { entry: 'electron/preload/index.ts' },
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererConfig(resolve(import.meta.dirname, 'out/renderer')),
    build: {
      ...rendererConfig('').build,
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default: 4.4 MB for the window to parse at start.
      minify: true,
      // Class static blocks (ES2022; @hocuspocus/provider has one) lowered: Electronegativity
      // (npm run security) cannot parse them, and an unparsed file is an unchecked one.
      // Electron's Chromium runs either; the bundle is the same size to the kilobyte.
      target: ['es2021'],
      rolldownOptions: {
        ...rendererConfig('').build?.rolldownOptions,
        input: resolve(import.meta.dirname, 'renderer/index.html'),
      },
    },
  },
});
