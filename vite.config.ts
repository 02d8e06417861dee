import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base: the same build is served from app://registre/ and from the
// localhost server of the end-to-end tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // The strict CSP forbids inline scripts, so no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
