// Builds the parts of the application into dist/: the renderer (Vite), and the main
// process and preload (esbuild, CommonJS as Electron's sandboxed preload requires), and
// the command line over a journal file (`node dist/electron/cli.cjs verify <journal>`),
// and the offline verifier page (scripts/build-verifier.mjs).
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
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

// The main process (the décharge of a hand-over package) and the command line find the
// edition fonts from their own location (electron/cli/edition-fonts.ts), so
// import.meta.url becomes the bundle's file URL.
await esbuild({
  ...common,
  entryPoints: [
    { in: 'electron/main.ts', out: 'main' },
    { in: 'electron/cli.ts', out: 'cli' },
  ],
  define: { 'import.meta.url': '__cliFileUrl' },
  banner: { js: 'const __cliFileUrl = require("node:url").pathToFileURL(__filename).href;' },
});

// The DejaVu fonts beside the bundle, so that dist/electron/ runs with Node alone
// (`node dist/electron/cli.cjs editions …`), without node_modules.
const fontPackage = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
const fontCopy = join('dist', 'electron', 'dejavu-fonts-ttf');
await mkdir(join(fontCopy, 'ttf'), { recursive: true });
for (const file of ['LICENSE', 'ttf/DejaVuSansCondensed.ttf', 'ttf/DejaVuSansCondensed-Bold.ttf']) {
  await copyFile(join(fontPackage, file), join(fontCopy, file));
}

// The offline verifier an inspector opens in any browser (docs/verifier.md): one
// self-contained page, from the same shared/ code, written beside packages and archives.
await buildVerifierPage();

console.log('Construction terminée : dist/renderer, dist/electron, dist/verificateur.html');
