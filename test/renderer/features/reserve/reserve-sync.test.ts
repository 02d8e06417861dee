// The reserve sync as the shell runs it: started once, it follows the database on its own
// (no component asks it to), and once stopped it writes nothing more.
import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { serializeLine } from '../../../../shared/journal/line';
import { dexieStore } from '../../../../renderer/db/dexie-store';
import { startReserveSync } from '../../../../renderer/features/reserve/reserve-sync';
import { sealedSlice } from '../../../fixtures/events';
import { trackedDatabase } from '../../../fixtures/database';
import { useTempMainProcess } from '../../../fixtures/main-process';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000003';
const main = useTempMainProcess();
const journal = () => readFile(main.journalPath(REGISTER_ID), 'utf8').catch(() => '');
const longDelays = { retryMs: 3_600_000, recheckMs: 3_600_000 };

describe('startReserveSync', () => {
  it('catches up at start, then after every event recorded, and tells its listeners', async () => {
    const events = sealedSlice();
    const db = trackedDatabase();
    await db.events.bulkAdd(events.slice(0, 3));
    const api = main.api();
    await api['reserve:chooseFolder'](null);
    const reserve = startReserveSync(dexieStore(db), api, REGISTER_ID, longDelays);
    const heard = vi.fn();
    reserve.subscribe(heard);
    try {
      await vi.waitFor(() => expect(reserve.view().state).toMatchObject({ kind: 'upToDate', count: 3 }));
      expect(heard).toHaveBeenCalled();
      await db.events.add(events[3]!);
      await vi.waitFor(() => expect(reserve.view().state).toMatchObject({ kind: 'upToDate', count: 4 }));
      expect(await journal()).toBe(events.map(serializeLine).join(''));
    } finally {
      reserve.stop();
    }
  });

  it('writes nothing once stopped', async () => {
    const events = sealedSlice();
    const db = trackedDatabase();
    await db.events.bulkAdd(events.slice(0, 3));
    const real = main.api();
    await real['reserve:chooseFolder'](null);
    // Every catch-up starts by asking the main process where the reserve stands.
    const status = vi.fn(real['reserve:status']);
    const reserve = startReserveSync(dexieStore(db), { ...real, 'reserve:status': status }, REGISTER_ID, longDelays);
    await vi.waitFor(() => expect(reserve.view().state).toMatchObject({ kind: 'upToDate', count: 3 }));
    const checksWhileRunning = status.mock.calls.length;
    reserve.stop();
    await db.events.add(events[3]!);
    // Once a fresh watcher has seen the new event, a watcher still subscribed would have too.
    await new Promise<void>((resolve) => {
      const store = dexieStore(db);
      const watching = store
        .watch(() => store.headSeq())
        .subscribe((seq) => {
          if (seq === 4) setTimeout(() => (watching.unsubscribe(), resolve()));
        });
    });
    expect(status.mock.calls.length).toBe(checksWhileRunning);
    expect(await journal()).toBe(events.slice(0, 3).map(serializeLine).join(''));
  });

  it('starts from a folder the person chooses through it', async () => {
    const events = sealedSlice();
    const db = trackedDatabase();
    await db.events.bulkAdd(events);
    const reserve = startReserveSync(dexieStore(db), main.api(), REGISTER_ID, longDelays);
    try {
      await vi.waitFor(() => expect(reserve.view().state).toEqual({ kind: 'notConfigured', pending: 4 }));
      await reserve.chooseFolder();
      expect(reserve.view()).toMatchObject({ state: { kind: 'upToDate', count: 4 }, chooseError: null });
    } finally {
      reserve.stop();
    }
  });
});
