// Finds the Electron binary without triggering its lazy download (the electron package
// downloads on first require, which hangs or fails on a machine without internet).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function findElectronBinary() {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const MISSING_ELECTRON_MESSAGE = `Le binaire Electron est absent de node_modules/electron/dist : l'application ne peut pas démarrer.
Pour l'obtenir, sur une machine reliée à internet : npx install-electron
puis relancez : npm start
(The Electron binary is missing; run "npx install-electron" with internet access, then "npm start".)`;
