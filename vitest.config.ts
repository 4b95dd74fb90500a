import { defineConfig } from 'vitest/config';

/**
 * Two sets of tests. `unit` (`*.test.ts`): schemas, formats, charts, data and
 * checks, with no build and no browser, in seconds. `site` (`*.site.test.ts`):
 * the built site, its files and the browser; the site is built once
 * (tests/setup/build.ts) and every site test reads that one build.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.site.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.site.test.ts'],
          globalSetup: ['tests/setup/build.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Browser tests share one Chromium; running files in parallel on 2 cores only adds contention.
          fileParallelism: false,
          // The browser test's pages each have six tests sharing one visit: 18 at a time is about three pages at a time.
          maxConcurrency: 18,
        },
      },
    ],
  },
});
