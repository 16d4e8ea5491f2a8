import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three tiers, run one after another by `npm test`: `unit` runs lib/ and extension glue in Node
// (fake browser APIs, fake IndexedDB) and builds nothing, so `npm run test:unit` stays quick;
// `release` makes the release builds for Chrome and Firefox and inspects them (manifests, bundles,
// what a release must not contain); `e2e` drives Chromium and Firefox ESR with the test builds
// (npm test builds them first).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          mockReset: true,
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'release',
          include: ['tests/release/**/*.test.ts'],
          environment: 'node',
          // The first file to start makes both builds (tests/release/built-release.ts); the rest wait for it.
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
