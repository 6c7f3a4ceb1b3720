import { defineConfig } from 'vitest/config';

/** `npm run test:desktop-chain`: the offline install → start → package chain on a fresh copy of the repository. */
export default defineConfig({
  test: {
    include: ['tests/electron/chain/**/*.test.ts'],
    root: new URL('../../../', import.meta.url).pathname,
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    // One npm install from the npm cache, two builds and a packaging run, on a busy two-core machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
