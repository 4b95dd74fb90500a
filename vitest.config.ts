import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The site is built once (tests/setup/build.ts) and the build and browser tests read it.
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one Chromium; running files in parallel on 2 cores only adds contention.
    fileParallelism: false,
  },
});
