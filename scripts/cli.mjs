// `npm run cli -- <commande> …`: runs the built command line (dist/electron/cli.mjs), so
// that no command transpiles TypeScript at start. The bundle is (re)built first only
// when it is missing or older than a source file of electron/ or shared/ (about a
// second, once): a developer never runs yesterday's code by mistake, and the check
// itself costs a few milliseconds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, CLI_OUT, ROOT } from './build-cli.mjs';

/** The latest modification time of the files under these folders, 0 when there are none. */
function newestSource(folders) {
  let newest = 0;
  for (const folder of folders) {
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
  }
  return newest;
}

const bundle = join(CLI_OUT, CLI_BUNDLE);
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(['electron', 'shared'])) {
  process.stderr.write('Construction de la ligne de commande (dist/electron/cli.mjs)…\n');
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
}
await import(pathToFileURL(bundle).href);
