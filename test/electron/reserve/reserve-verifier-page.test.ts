// The offline verifier page is written loose beside the reserve journal when the medium
// is set up and at the first synchronisation of a run: missing or different, it becomes
// the app's own; the same page is left as it is; a build without a page writes none.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReserveHandlers } from '../../../electron/reserve/reserve-handlers';
import { placeVerifierPage } from '../../../electron/reserve/reserve-verifier-page';
import { sealedSlice } from '../../fixtures/events';
import { accepted } from '../../fixtures/result';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000002';
const PAGE = new TextEncoder().encode('<!doctype html><title>Vérificateur</title>');
let root: string;
let dataFolder: string;
let reserveFolder: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-reserve-page-'));
  dataFolder = join(root, 'data');
  reserveFolder = join(root, 'usb');
  await mkdir(reserveFolder, { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const pagePath = () => join(reserveFolder, 'verificateur.html');

function handlers(page: Uint8Array | null = PAGE) {
  return createReserveHandlers({ dataFolder, chooseFolder: async () => reserveFolder, verifierPage: async () => page });
}

describe('the verifier page on the reserve medium', () => {
  it('is written beside the journal when the medium is chosen', async () => {
    accepted(await handlers()['reserve:chooseFolder'](null));
    expect(new Uint8Array(await readFile(pagePath()))).toEqual(PAGE);
  });

  it('is written again at the first synchronisation of a run when it went missing, beside the journal', async () => {
    const events = sealedSlice();
    await handlers()['reserve:chooseFolder'](null);
    await rm(pagePath());
    accepted(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 2) }));
    expect(new Uint8Array(await readFile(pagePath()))).toEqual(PAGE);
    expect((await stat(join(reserveFolder, `${REGISTER_ID}.journal.jsonl`))).isFile()).toBe(true);
  });

  it('replaces a different page (an earlier version of the app’s) at the first synchronisation, and only then in a run', async () => {
    const events = sealedSlice();
    await handlers()['reserve:chooseFolder'](null);
    await writeFile(pagePath(), 'une version plus ancienne');
    const running = handlers();
    accepted(await running['reserve:append']({ registerId: REGISTER_ID, events: events.slice(0, 2) }));
    expect(new Uint8Array(await readFile(pagePath()))).toEqual(PAGE);
    // Later appends of the same run do not look at the page again: they stay quick.
    await writeFile(pagePath(), 'changée depuis');
    accepted(await running['reserve:append']({ registerId: REGISTER_ID, events: events.slice(2) }));
    expect(await readFile(pagePath(), 'utf8')).toBe('changée depuis');
  });

  it('leaves the same page as it is', async () => {
    await writeFile(pagePath(), PAGE);
    const before = await stat(pagePath());
    expect(await placeVerifierPage(reserveFolder, PAGE)).toBe('alreadyThere');
    expect((await stat(pagePath())).ino).toBe(before.ino);
  });

  it('writes nothing when the build has no page, and the synchronisation goes on', async () => {
    accepted(await handlers(null)['reserve:chooseFolder'](null));
    accepted(await handlers(null)['reserve:append']({ registerId: REGISTER_ID, events: sealedSlice().slice(0, 1) }));
    await expect(stat(pagePath())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('says it failed, without throwing, when the medium cannot be written', async () => {
    expect(await placeVerifierPage(join(root, 'absent'), PAGE)).toBe('failed');
  });
});
