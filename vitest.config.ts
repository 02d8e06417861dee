import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit tests: fast, no browser. Component tests opt into jsdom per file.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/packaging/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup-unit.ts'],
    // Some unit tests draw whole PDFs or start worker threads: on a loaded two-core machine
    // they can pass 5 s (the default). A timeout is a guard against a hang, not a speed target.
    testTimeout: 20_000,
  },
});
