import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
    // PNG exports keep glyph outlines in the user's cache folder: tests keep theirs apart.
    env: { JOURNEY_STUDIO_CACHE_DIR: join(tmpdir(), `journey-studio-test-cache-${process.pid}`) },
  },
});
