// npm start: checks that Electron is there (failing at once, never hanging, when it is
// not), builds the application, then launches it.
import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary.mjs';

const binary = findElectronBinary();
if (binary === null) {
  console.error(MISSING_ELECTRON_MESSAGE);
  process.exit(1);
}

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const child = spawn(binary, ['.'], { stdio: 'inherit' });
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
