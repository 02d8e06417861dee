import { defineConfig } from 'vitest/config';

// The packaged app: packages the built app (dist/, so it runs after the build) and runs the
// bundled PostgreSQL from the package's files. Offline: Electron is replaced by a stand-in.
export default defineConfig({
  test: {
    include: ['test/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
