// The window's catch-up logic against the real main-process handlers on a temp folder.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/ipc/dispatch';
import { createHandlers } from '../../../../electron/ipc/handlers';
import { createRegistreApi } from '../../../../shared/ipc/client';
import type { Channel } from '../../../../shared/ipc/contract';
import type { RegisterEvent } from '../../../../shared/register/events';
import { syncReserve } from '../../../../renderer/features/reserve/sync-reserve';
import { sealedSlice, reseal } from '../../../fixtures/events';
import { trackedDatabase } from '../../../fixtures/database';
import { serializeLine } from '../../../../shared/journal/line';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000002';
let root: string;
let reserveFolder: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-sync-'));
  reserveFolder = join(root, 'usb');
  await mkdir(reserveFolder);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function mainApi(folder: string | null = reserveFolder) {
  const dispatch = createDispatcher({
    handlers: createHandlers({ version: 't', shell: 'harness', dataFolder: join(root, 'data'), chooseFolder: async () => folder }),
    isTrustedSender: () => true,
  });
  return createRegistreApi((channel: Channel, request) => dispatch('app://registre/', channel, request));
}

async function databaseWith(events: RegisterEvent[]) {
  const db = trackedDatabase();
  await db.events.bulkAdd(events);
  return db;
}

const journal = () => readFile(join(reserveFolder, `${REGISTER_ID}.journal.jsonl`), 'utf8');

describe('syncReserve', () => {
  it('counts every event as not duplicated while no folder is chosen', async () => {
    const db = await databaseWith(sealedSlice());
    expect(await syncReserve(db, mainApi(), REGISTER_ID, null)).toEqual({ kind: 'notConfigured', pending: 4 });
  });

  it('writes what the reserve lacks, oldest first, and reports it up to date', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    const api = mainApi();
    await api['reserve:chooseFolder'](null);
    await writeFile(join(reserveFolder, `${REGISTER_ID}.journal.jsonl`), events.slice(0, 2).map(serializeLine).join(''));
    expect(await syncReserve(db, api, REGISTER_ID, null)).toMatchObject({ kind: 'upToDate', count: 4 });
    expect(await journal()).toBe(events.map(serializeLine).join(''));
  });

  it('counts the events recorded since the medium went away', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    const api = mainApi();
    await api['reserve:chooseFolder'](null);
    await rm(reserveFolder, { recursive: true });
    expect(await syncReserve(db, api, REGISTER_ID, 3)).toEqual({ kind: 'unreachable', folder: reserveFolder, pending: 1 });
  });

  it('reports a reserve that forks from the database and writes nothing to it', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    const api = mainApi();
    await api['reserve:chooseFolder'](null);
    const [opening, product] = events;
    if (!opening || !product) throw new Error('fixture');
    const other = reseal(product, { prevHash: opening.hash, recordedAt: '2026-03-11T08:00:00.000Z' });
    const forked = [opening, other].map(serializeLine).join('');
    await writeFile(join(reserveFolder, `${REGISTER_ID}.journal.jsonl`), forked);
    expect(await syncReserve(db, api, REGISTER_ID, null)).toEqual({ kind: 'diverged', folder: reserveFolder, seq: 2 });
    expect(await journal()).toBe(forked);
  });
});
