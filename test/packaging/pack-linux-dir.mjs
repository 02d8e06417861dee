// Packages the built app (dist/, `node scripts/build.mjs`) for Linux as a folder, with the
// shipped configuration (build/electron-builder.yml), without downloading Electron: the
// « Electron » copied into the package is a stand-in given by `electronDist`, a script that
// only says it is not Electron. The fuses are flipped inside Electron's binary, which the
// stand-in is not: for this run only they are left out (`electronFuses: null`), the shipped
// file is not touched. Usage: node test/packaging/pack-linux-dir.mjs <stand-in folder> <output folder>
import { build, Platform, Arch } from 'electron-builder';

const [electronDist, output] = process.argv.slice(2);
if (!electronDist || !output) throw new Error('usage: pack-linux-dir.mjs <stand-in folder> <output folder>');

await build({
  projectDir: process.cwd(),
  targets: Platform.LINUX.createTarget('dir', Arch.x64),
  config: {
    extends: './build/electron-builder.yml',
    electronDist,
    electronFuses: null,
    directories: { output },
  },
});
