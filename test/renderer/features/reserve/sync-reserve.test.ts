// The window's catch-up logic against the real main-process handlers on a temp folder.
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { RegisterEvent } from '../../../../shared/register/events';
import { syncReserve } from '../../../../renderer/features/reserve/sync-reserve';
import { sealedSlice, reseal } from '../../../fixtures/events';
import { trackedDatabase } from '../../../fixtures/database';
import { useTempMainProcess } from '../../../fixtures/main-process';
import { serializeLine } from '../../../../shared/journal/line';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000002';
const main = useTempMainProcess();
const mainApi = () => main.api();

async function databaseWith(events: RegisterEvent[]) {
  const db = trackedDatabase();
  await db.events.bulkAdd(events);
  return db;
}

const journal = () => readFile(main.journalPath(REGISTER_ID), 'utf8');

describe('syncReserve', () => {
  it('counts every event as not duplicated while no folder is chosen', async () => {
    const db = await databaseWith(sealedSlice());
    expect(await syncReserve(dexieStore(db), mainApi(), REGISTER_ID, null)).toEqual({ kind: 'notConfigured', pending: 4 });
  });

  it('writes what the reserve lacks, oldest first, and reports it up to date', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    const api = mainApi();
    await api['reserve:chooseFolder'](null);
    await writeFile(main.journalPath(REGISTER_ID), events.slice(0, 2).map(serializeLine).join(''));
    expect(await syncReserve(dexieStore(db), api, REGISTER_ID, null)).toMatchObject({ kind: 'upToDate', count: 4 });
    expect(await journal()).toBe(events.map(serializeLine).join(''));
  });

  it('counts the events recorded since the medium went away', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    const api = mainApi();
    await api['reserve:chooseFolder'](null);
    await rm(main.reserveFolder, { recursive: true });
    expect(await syncReserve(dexieStore(db), api, REGISTER_ID, 3)).toEqual({ kind: 'unreachable', folder: main.reserveFolder, pending: 1 });
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
    await writeFile(main.journalPath(REGISTER_ID), forked);
    expect(await syncReserve(dexieStore(db), api, REGISTER_ID, null)).toEqual({ kind: 'diverged', folder: main.reserveFolder, seq: 2 });
    expect(await journal()).toBe(forked);
  });
});

describe('syncReserve: a reserve that does not answer', () => {
  it('reports it as not answering after the delay instead of waiting for ever', async () => {
    const db = await databaseWith(sealedSlice());
    const real = mainApi();
    await real['reserve:chooseFolder'](null);
    const hanging: typeof real = { ...real, 'reserve:append': () => new Promise(() => {}) };
    expect(await syncReserve(dexieStore(db), hanging, REGISTER_ID, null, 50)).toMatchObject({
      kind: 'failed',
      folder: main.reserveFolder,
      pending: 4,
      error: { code: 'reserve.timeout' },
    });
  });
});

describe('syncReserve after a fault on the medium', () => {
  it('moves a torn end aside while catching up, and carries the French notice to the banner', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    const api = mainApi();
    await api['reserve:chooseFolder'](null);
    const complete = events.slice(0, 3).map(serializeLine).join('');
    await writeFile(main.journalPath(REGISTER_ID), complete + serializeLine(events[3]!).slice(0, 30));
    const state = await syncReserve(dexieStore(db), api, REGISTER_ID, null);
    expect(state).toMatchObject({ kind: 'upToDate', count: 4, repair: { notice: { code: 'reserve.tailMovedAside', params: { bytes: '30', seq: '3' } } } });
    expect(await journal()).toBe(events.map(serializeLine).join(''));
    expect((await readdir(main.reserveFolder)).filter((name) => name.includes('.fragment-'))).toHaveLength(1);
  });

  it('writes nothing to an empty folder left where the key was, and asks instead', async () => {
    const events = sealedSlice();
    const db = await databaseWith(events);
    const api = mainApi();
    await api['reserve:chooseFolder'](null);
    expect(await syncReserve(dexieStore(db), api, REGISTER_ID, null)).toMatchObject({ kind: 'upToDate', count: 4 });
    await rename(main.reserveFolder, `${main.reserveFolder}-away`);
    await mkdir(main.reserveFolder);
    expect(await syncReserve(dexieStore(db), api, REGISTER_ID, 4)).toEqual({ kind: 'unknownMedium', folder: main.reserveFolder, pending: 0 });
    expect(await readdir(main.reserveFolder)).toEqual([]);
    await api['reserve:confirmMedium']({ registerId: REGISTER_ID });
    expect(await syncReserve(dexieStore(db), api, REGISTER_ID, 4)).toMatchObject({ kind: 'upToDate', count: 4 });
    expect(await journal()).toBe(events.map(serializeLine).join(''));
  });
});
