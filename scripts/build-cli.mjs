// Builds the command line into one folder that runs with Node alone:
//   <outdir>/cli.mjs        the command table, the help and the reading of the words;
//   <outdir>/cli-second-part-worker.mjs  the second thread of `verify` (electron/files/second-part-thread.ts);
//   <outdir>/cli-edition-drawing-worker.mjs  a thread drawing PDFs of `editions` (electron/cli/commands/editions/drawing-thread.ts);
//   <outdir>/cli-*.mjs      each command and the libraries it needs, loaded only when it
//                           runs, so that `--help` or `verify` do not load the PDF and
//                           workbook libraries (docs/decisions: la ligne de commande construite);
//   <outdir>/dejavu-fonts-ttf/  the edition fonts, found beside the script (electron/cli/common/edition-fonts.ts).
// ES modules, so that import.meta.url is each file's own; chunks sit beside cli.mjs so
// that the fonts are found from any of them.
import { chmod, copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ROOT, 'dist', 'electron');
export const CLI_BUNDLE = 'cli.mjs';

export async function buildCli(outdir = CLI_OUT) {
  const { build } = await import('esbuild');
  // The chunks of an earlier build are named by their hash: removed, not left to pile up
  // (nor the CommonJS bundle of earlier versions, dist/electron/cli.cjs).
  const earlier = await readdir(outdir).catch(() => []);
  await Promise.all(earlier.filter((name) => /^cli(-[\w-]+)?\.(mjs|cjs)(\.map)?$/.test(name)).map((name) => rm(join(outdir, name), { force: true })));
  await build({
    absWorkingDir: ROOT,
    // The second thread of `verify` is a file of its own, started beside the command line.
    entryPoints: [
      { in: 'electron/cli.ts', out: 'cli' },
      { in: 'electron/files/second-part-worker.ts', out: 'cli-second-part-worker' },
      // The threads drawing the PDFs of `editions`, one per core.
      { in: 'electron/cli/commands/editions/drawing-worker.ts', out: 'cli-edition-drawing-worker' },
    ],
    outdir,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'cli-[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // The shebang makes cli.mjs the `registre` program of package.json's "bin" (npm link,
    // npm install -g ., npx registre); Node ignores it in the chunks, which get it too.
    // The libraries bundled from CommonJS (exceljs, jspdf) call require(): give each file one.
    banner: {
      js: '#!/usr/bin/env node\nimport { createRequire as __cliCreateRequire } from "node:module"; const require = __cliCreateRequire(import.meta.url);',
    },
  });
  const fontPackage = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
  const fontCopy = join(outdir, 'dejavu-fonts-ttf');
  await mkdir(join(fontCopy, 'ttf'), { recursive: true });
  for (const file of ['LICENSE', 'ttf/DejaVuSansCondensed.ttf', 'ttf/DejaVuSansCondensed-Bold.ttf']) {
    await copyFile(join(fontPackage, file), join(fontCopy, file));
  }
  // Executable, so that it runs as a program itself and not only as `node cli.mjs`.
  await chmod(join(outdir, CLI_BUNDLE), 0o755);
  return join(outdir, CLI_BUNDLE);
}
