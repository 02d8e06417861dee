import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer in Debian's Chromium, one browser at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
