// The reserve medium is known by its identity card: an empty folder left at the mount
// point, or another key, is never silently taken for it; a reserve made by an earlier
// version (no card) keeps working when it holds the register's journal.
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyToReserve } from '../../../electron/reserve/copy-to-reserve';
import { IDENTITY_FILE } from '../../../electron/reserve/medium-identity';
import { createReserveHandlers } from '../../../electron/reserve/reserve-handlers';
import { loadSettings } from '../../../electron/reserve/settings';
import { describeError } from '../../../shared/errors';
import { serializeLine } from '../../../shared/journal/line';
import { sealedSlice } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';

const REGISTER_ID = 'REG-2026-001';
let root: string;
let dataFolder: string;
let usb: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-medium-'));
  dataFolder = join(root, 'data');
  usb = join(root, 'usb');
  await mkdir(usb);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const handlers = () => createReserveHandlers({ dataFolder, chooseFolder: async () => usb });
const journal = () => join(usb, `${REGISTER_ID}.journal.jsonl`);

describe('the reserve medium’s identity', () => {
  it('writes a card when the folder is chosen, and lists the register once it has a journal there', async () => {
    accepted(await handlers()['reserve:chooseFolder'](null));
    accepted(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: sealedSlice() }));
    const card = JSON.parse(await readFile(join(usb, IDENTITY_FILE), 'utf8')) as { mediumId: string; registerIds: string[]; createdAt: string };
    expect(card).toMatchObject({ format: 1, registerIds: [REGISTER_ID], mediumId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect((await loadSettings(dataFolder)).reserveMediumId).toBe(card.mediumId);
  });

  it('never takes the empty folder an unplugged key leaves behind for the reserve, until the person confirms', async () => {
    accepted(await handlers()['reserve:chooseFolder'](null));
    accepted(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: sealedSlice().slice(0, 2) }));
    await rename(usb, join(root, 'usb-away'));
    await mkdir(usb); // the mount point stays, empty

    expect(accepted(await handlers()['reserve:status']({ registerId: REGISTER_ID }))).toMatchObject({ reachable: true, recognised: false, head: null });
    const refused = refusal(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: sealedSlice() }));
    expect(refused).toMatchObject({ code: 'reserve.mediumUnknown', params: { folder: usb } });
    expect(describeError(refused)).toMatch(/^Support de réserve introuvable ou différent/);
    expect(await readdir(usb)).toEqual([]);

    accepted(await handlers()['reserve:confirmMedium']({ registerId: REGISTER_ID }));
    expect(accepted(await handlers()['reserve:status']({ registerId: REGISTER_ID })).recognised).toBe(true);
    accepted(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: sealedSlice() }));
    expect(await readFile(journal(), 'utf8')).toBe(sealedSlice().map(serializeLine).join(''));
  });

  it('reports another key at the same path as different, and the right key back as the reserve', async () => {
    accepted(await handlers()['reserve:chooseFolder'](null));
    await rename(usb, join(root, 'usb-away'));
    await mkdir(usb);
    await writeFile(
      join(usb, IDENTITY_FILE),
      JSON.stringify({ format: 1, mediumId: 'une-autre-cle', registerIds: ['REG-AUTRE'], createdAt: '2025-01-01T00:00:00.000Z' }),
    );
    expect(accepted(await handlers()['reserve:status']({ registerId: REGISTER_ID })).recognised).toBe(false);
    expect(refusal(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: sealedSlice() })).code).toBe('reserve.mediumUnknown');
    await rm(usb, { recursive: true });
    await rename(join(root, 'usb-away'), usb);
    expect(accepted(await handlers()['reserve:status']({ registerId: REGISTER_ID })).recognised).toBe(true);
  });

  it('adopts a reserve made by an earlier version when it holds this register’s journal', async () => {
    await mkdir(dataFolder);
    await writeFile(join(dataFolder, 'settings.json'), JSON.stringify({ reserveFolder: usb }));
    const events = sealedSlice();
    await writeFile(journal(), events.slice(0, 3).map(serializeLine).join(''));
    const status = accepted(await handlers()['reserve:status']({ registerId: REGISTER_ID }));
    expect(status).toMatchObject({ recognised: true, head: { seq: 3 } });
    accepted(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: events.slice(3) }));
    const card = JSON.parse(await readFile(join(usb, IDENTITY_FILE), 'utf8')) as { mediumId: string };
    expect((await loadSettings(dataFolder)).reserveMediumId).toBe(card.mediumId);
  });

  it('does not adopt, from an earlier version’s settings, a folder without the register’s journal', async () => {
    await mkdir(dataFolder);
    await writeFile(join(dataFolder, 'settings.json'), JSON.stringify({ reserveFolder: usb }));
    expect(accepted(await handlers()['reserve:status']({ registerId: REGISTER_ID })).recognised).toBe(false);
    expect(refusal(await handlers()['reserve:append']({ registerId: REGISTER_ID, events: sealedSlice() })).code).toBe('reserve.mediumUnknown');
  });
});

describe('copies of editions on the reserve medium', () => {
  it('are never written to the empty folder an unplugged key leaves behind', async () => {
    accepted(await handlers()['reserve:chooseFolder'](null));
    expect(await copyToReserve(dataFolder, (folder) => join(folder, 'editions'), 'a.pdf', new Uint8Array([1]))).toBe(true);
    await rename(usb, join(root, 'usb-away'));
    await mkdir(usb);
    expect(await copyToReserve(dataFolder, (folder) => join(folder, 'editions'), 'b.pdf', new Uint8Array([2]))).toBe(false);
    expect(await readdir(usb)).toEqual([]);
  });
});
