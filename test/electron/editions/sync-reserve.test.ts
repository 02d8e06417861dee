import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accepted, refusal } from '../../fixtures/result';
import { pdf, REGISTER_ID, useEditionsMain } from './temp-main';

const main = useEditionsMain();

async function archiveWhileUnplugged(names: string[]): Promise<void> {
  accepted(await main.api['reserve:chooseFolder'](null));
  const away = join(main.root, 'usb-away');
  await rename(main.reserveFolder, away);
  for (const fileName of names) accepted(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName, bytes: pdf(fileName) }));
  await rename(away, main.reserveFolder);
}

describe('edition:syncReserve', () => {
  it('refuses without a reserve folder chosen', async () => {
    expect(refusal(await main.api['edition:syncReserve']({ registerId: REGISTER_ID })).code).toBe('reserve.notConfigured');
  });

  it('has nothing to do for a register with no edition', async () => {
    accepted(await main.api['reserve:chooseFolder'](null));
    expect(accepted(await main.api['edition:syncReserve']({ registerId: REGISTER_ID }))).toEqual({ copied: 0, missing: 0, conflicts: [] });
  });

  it('copies only what the reserve lacks, and a second run copies nothing', async () => {
    await archiveWhileUnplugged(['a.pdf', 'b.pdf']);
    accepted(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: 'c.pdf', bytes: pdf('c.pdf') }));
    expect(accepted(await main.api['edition:syncReserve']({ registerId: REGISTER_ID }))).toEqual({ copied: 2, missing: 0, conflicts: [] });
    for (const name of ['a.pdf', 'b.pdf', 'c.pdf']) expect(await readFile(main.reservePath(name), 'utf8')).toContain(name);
    expect(accepted(await main.api['edition:syncReserve']({ registerId: REGISTER_ID }))).toEqual({ copied: 0, missing: 0, conflicts: [] });
  });

  it('never overwrites a reserve file of the same name with other bytes, and names it', async () => {
    await archiveWhileUnplugged(['a.pdf', 'b.pdf']);
    await mkdir(join(main.reserveFolder, `${REGISTER_ID}.editions`), { recursive: true });
    await writeFile(main.reservePath('b.pdf'), 'pas la même édition');
    expect(accepted(await main.api['edition:syncReserve']({ registerId: REGISTER_ID }))).toEqual({ copied: 1, missing: 1, conflicts: ['b.pdf'] });
    expect(await readFile(main.reservePath('b.pdf'), 'utf8')).toBe('pas la même édition');
    expect(await readFile(main.reservePath('a.pdf'), 'utf8')).toContain('a.pdf');
  });

  it('leaves aside what in the archive folder is not an edition', async () => {
    await archiveWhileUnplugged(['a.pdf']);
    const archive = join(main.dataFolder, 'editions', REGISTER_ID);
    await writeFile(join(archive, 'notes.txt'), 'x');
    await writeFile(join(archive, '.a.pdf.partial'), 'x');
    await mkdir(join(archive, 'dossier.pdf'));
    expect(accepted(await main.api['edition:syncReserve']({ registerId: REGISTER_ID }))).toEqual({ copied: 1, missing: 0, conflicts: [] });
  });

  it('runs one after the other with an archive started at the same moment: the edition reaches the reserve once', async () => {
    await archiveWhileUnplugged(['a.pdf']);
    const [archived, synced] = await Promise.all([
      main.api['edition:archive']({ registerId: REGISTER_ID, fileName: 'b.pdf', bytes: pdf('b.pdf') }),
      main.api['edition:syncReserve']({ registerId: REGISTER_ID }),
    ]);
    expect(accepted(archived).onReserve).toBe(true);
    expect(accepted(synced)).toEqual({ copied: 1, missing: 0, conflicts: [] });
    expect(await readFile(main.reservePath('b.pdf'), 'utf8')).toContain('b.pdf');
  });
});
