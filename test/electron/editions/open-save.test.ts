import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accepted, refusal } from '../../fixtures/result';
import { pdf, REGISTER_ID, useEditionsMain } from './temp-main';

const main = useEditionsMain();
const NAME = 'registre-2026-03.pdf';
const BYTES = pdf('registre de mars');
const SHA256 = createHash('sha256').update(BYTES).digest('hex');
const ref = { registerId: REGISTER_ID, fileName: NAME, sha256: SHA256 };

async function archive(): Promise<void> {
  expect(accepted(await main.api['edition:archive']({ registerId: REGISTER_ID, fileName: NAME, bytes: BYTES })).sha256).toBe(SHA256);
}

describe('edition:open', () => {
  it('hands the archived file to the system viewer', async () => {
    await archive();
    expect(accepted(await main.api['edition:open'](ref))).toBeNull();
    expect(main.opened).toEqual([main.archivePath(NAME)]);
  });

  it('refuses an edition altered since it was produced, and opens nothing', async () => {
    await archive();
    await writeFile(main.archivePath(NAME), (await readFile(main.archivePath(NAME), 'latin1')).replace('mars', 'Mars'), 'latin1');
    expect(refusal(await main.api['edition:open'](ref))).toEqual({ code: 'edition.altered', params: { fileName: NAME } });
    expect(main.opened).toEqual([]);
  });

  it('refuses a missing edition, and opens nothing', async () => {
    expect(refusal(await main.api['edition:open'](ref))).toEqual({ code: 'edition.missing', params: { fileName: NAME } });
    await archive();
    await rm(main.archivePath(NAME));
    expect(refusal(await main.api['edition:open'](ref)).code).toBe('edition.missing');
    expect(main.opened).toEqual([]);
  });

  it('says so when the system cannot open it', async () => {
    await archive();
    main.viewerAnswer = 'No application is associated with the specified file';
    expect(refusal(await main.api['edition:open'](ref))).toEqual({
      code: 'edition.openFailed',
      params: { fileName: NAME, detail: 'No application is associated with the specified file' },
    });
  });
});

describe('edition:saveAs', () => {
  it('offers the edition’s name and copies it where the person chooses', async () => {
    await archive();
    const key = join(main.root, 'cle-inspecteur');
    await mkdir(key);
    main.savePath = (name) => join(key, `copie-${name}`);
    const chosen = join(key, `copie-${NAME}`);
    expect(accepted(await main.api['edition:saveAs'](ref))).toEqual({ path: chosen });
    expect(main.offered).toEqual([NAME]);
    expect(new Uint8Array(await readFile(chosen))).toEqual(BYTES);
    // Saved again to the same place: the copy is already there, nothing is rewritten.
    expect(accepted(await main.api['edition:saveAs'](ref))).toEqual({ path: chosen });
  });

  it('answers cancelled when the person closes the dialog, and writes nothing', async () => {
    await archive();
    expect(refusal(await main.api['edition:saveAs'](ref))).toEqual({ code: 'edition.cancelled' });
  });

  it('never replaces another file at the chosen place', async () => {
    await archive();
    const chosen = join(main.root, 'existant.pdf');
    await writeFile(chosen, 'un autre document');
    main.savePath = () => chosen;
    expect(refusal(await main.api['edition:saveAs'](ref))).toEqual({ code: 'edition.exists', params: { fileName: 'existant.pdf' } });
    expect(await readFile(chosen, 'utf8')).toBe('un autre document');
  });

  it('refuses to save an altered or missing edition, before asking where', async () => {
    main.savePath = (name) => join(main.root, name);
    expect(refusal(await main.api['edition:saveAs'](ref)).code).toBe('edition.missing');
    await archive();
    await writeFile(main.archivePath(NAME), 'remplacé');
    expect(refusal(await main.api['edition:saveAs'](ref)).code).toBe('edition.altered');
    expect(main.offered).toEqual([]);
  });
});
