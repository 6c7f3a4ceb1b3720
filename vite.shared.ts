/** Renderer build settings shared by the Electron build and the web build. */
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './renderer/csp';

/** Adds the CSP meta tag to built pages only: the dev server needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'journey-studio-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export const rendererConfig = (outDir: string): UserConfig => ({
  root: 'renderer',
  define: { __APP_VERSION__: JSON.stringify(version) },
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // The window loads ELK, exports, the report, templates and other languages on first need, so
    // its modules sit in several chunks. Rolldown would then run a shared chunk (zod and the
    // model's schemas) before the entry's first import (renderer/zodWithoutEval.ts), and zod
    // would probe eval, which the CSP refuses. Source order across chunks keeps it first.
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
});
