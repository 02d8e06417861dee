import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accepted, refusal } from '../../fixtures/result';
import { pdf, REGISTER_ID, useEditionsMain } from './temp-main';

const main = useEditionsMain();
const NAME = 'balance-2026-03.pdf';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('edition:archive', () => {
  it('writes the edition in the archive folder, answers the SHA-256 of what is on disk, and copies it to the reserve', async () => {
    accepted(await main.api['reserve:chooseFolder'](null));
    const bytes = pdf('balance de mars');
    const archived = accepted(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes }));
    expect(archived).toEqual({ fileName: NAME, sha256: sha256(bytes), size: bytes.length, onReserve: true });
    expect(new Uint8Array(await readFile(main.archivePath(NAME)))).toEqual(bytes);
    expect(new Uint8Array(await readFile(main.reservePath(NAME)))).toEqual(bytes);
    // Nothing else is left beside them: no temporary or partial file.
    expect(await readdir(join(main.dataFolder, 'editions', REGISTER_ID))).toEqual([NAME]);
    expect(await readdir(join(main.reserveFolder, `${REGISTER_ID}.editions`))).toEqual([NAME]);
  });

  it('refuses a second edition of the same name and leaves the first file as it was, in the archive and on the reserve', async () => {
    accepted(await main.api['reserve:chooseFolder'](null));
    const first = pdf('première');
    accepted(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes: first }));
    const second = await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes: pdf('seconde, plus longue') });
    expect(refusal(second)).toEqual({ code: 'edition.exists', params: { fileName: NAME } });
    expect(new Uint8Array(await readFile(main.archivePath(NAME)))).toEqual(first);
    expect(new Uint8Array(await readFile(main.reservePath(NAME)))).toEqual(first);
    // Even the same bytes again: an archived edition is produced once.
    expect(refusal(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes: first })).code).toBe('edition.exists');
  });

  it('gives one of two simultaneous editions of the same name the file, and refuses the other', async () => {
    const [a, b] = await Promise.all([
      main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes: pdf('a') }),
      main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes: pdf('b') }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const winner = a.ok ? pdf('a') : pdf('b');
    expect(new Uint8Array(await readFile(main.archivePath(NAME)))).toEqual(winner);
  });

  it('archives with no reserve chosen, saying the reserve has no copy', async () => {
    const archived = accepted(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes: pdf('x') }));
    expect(archived.onReserve).toBe(false);
    expect(await readFile(main.archivePath(NAME), 'latin1')).toContain('%PDF-1.4');
  });

  it('archives with the reserve medium unplugged, and the reserve gets its copy once it is back', async () => {
    accepted(await main.api['reserve:chooseFolder'](null));
    const away = join(main.root, 'usb-away');
    await rename(main.reserveFolder, away);
    const bytes = pdf('clé débranchée');
    expect(accepted(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes })).onReserve).toBe(false);
    expect(refusal(await main.api['edition:syncReserve']({ registerId: REGISTER_ID })).code).toBe('reserve.unreachable');

    await rename(away, main.reserveFolder);
    expect(accepted(await main.api['edition:syncReserve']({ registerId: REGISTER_ID }))).toEqual({ copied: 1, missing: 0, conflicts: [] });
    expect(new Uint8Array(await readFile(main.reservePath(NAME)))).toEqual(bytes);
  });

  it('keeps the archive when the reserve holds another file of that name, leaves that file alone and says the reserve has no copy', async () => {
    accepted(await main.api['reserve:chooseFolder'](null));
    await mkdir(join(main.reserveFolder, `${REGISTER_ID}.editions`));
    await writeFile(main.reservePath(NAME), 'autre chose');
    const archived = accepted(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes: pdf('la vraie') }));
    expect(archived.onReserve).toBe(false);
    expect(await readFile(main.reservePath(NAME), 'utf8')).toBe('autre chose');
    expect(await readFile(main.archivePath(NAME), 'utf8')).toContain('la vraie');
  });

  it('keeps each register’s editions in its own folder', async () => {
    const other = 'c0ffee00-0000-4000-8000-000000000002';
    accepted(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes: pdf('un') }));
    accepted(await main.api['edition:archive']({ registerId: other, fileName: NAME, bytes: pdf('deux') }));
    expect(await readFile(join(main.dataFolder, 'editions', other, NAME), 'utf8')).toContain('deux');
    expect(await readFile(main.archivePath(NAME), 'utf8')).toContain('un');
  });
});
