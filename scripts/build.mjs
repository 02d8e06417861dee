// Builds the parts of the application into dist/: the renderer (Vite), and the main
// process and preload (esbuild, CommonJS as Electron's sandboxed preload requires), and
// the command line over a journal file (`node dist/electron/cli.cjs verify <journal>`).
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

const electronEntries = [
  { in: 'electron/main.ts', out: 'main' },
  { in: 'electron/preload.ts', out: 'preload' },
  { in: 'electron/cli.ts', out: 'cli' },
];

await vite({ configFile: 'vite.config.ts', logLevel: 'warn' });

await esbuild({
  entryPoints: electronEntries.map((entry) => ({ in: entry.in, out: entry.out })),
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
});

console.log('Construction terminée : dist/renderer, dist/electron');
