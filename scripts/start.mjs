// npm start: makes sure Electron is there, builds the application, then launches it.
// Electron's package downloads its binary lazily; without internet that download fails,
// and then this script stops at once with a clear message instead of hanging.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary.mjs';

const DOWNLOAD_TIMEOUT_MS = 180_000;

function tryDownloadElectron() {
  const installer = createRequire(import.meta.url).resolve('electron/install.js');
  console.log('Téléchargement du binaire Electron…');
  const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'], timeout: DOWNLOAD_TIMEOUT_MS });
  if (result.status !== 0) {
    const reason =
      result.error?.message ??
      String(result.stderr ?? '')
        .split('\n')
        .find((line) => line.trim()) ??
      '';
    console.error(`Échec du téléchargement d'Electron : ${reason.trim()}`);
  }
}

let binary = findElectronBinary();
if (binary === null) {
  tryDownloadElectron();
  binary = findElectronBinary();
}
if (binary === null) {
  console.error(MISSING_ELECTRON_MESSAGE);
  process.exit(1);
}

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
