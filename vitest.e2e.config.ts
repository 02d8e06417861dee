import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer in Debian's Chromium, one browser at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A window's save or refresh can take a few seconds on a busy machine (a CI runner, a
    // build beside it): a scenario waits for what a person would wait for, not one second.
    // A condition that never comes still fails, only later.
    expect: { poll: { timeout: 5_000 } },
  },
});
