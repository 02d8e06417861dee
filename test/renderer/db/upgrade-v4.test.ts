// Version 4 adds the register's state: a database written by the version before it is
// opened by this one and its state folded once, in the upgrade.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { importEvents } from '../../../renderer/db/import-events';
import { readStoredState, stateRow } from '../../../renderer/db/state-row';
import { record } from '../../../renderer/db/record';
import type { RegisterEvent } from '../../../shared/register/events';
import { foldEvents } from '../../../shared/register/fold';
import { trackedDatabase, uniqueDatabaseName } from '../../fixtures/database';
import { restoreTo } from '../../fixtures/events';
import { accepted } from '../../fixtures/result';
import { closedScenarioEvents } from '../../shared/editions/scenario';
import { dispensationDraft, on, units } from '../../fixtures/drafts';

/** A database as version 3 of the app left it: its schema, its events, its monthly totals, its restore marker. */
async function version3(name: string, events: readonly RegisterEvent[], marker?: ReturnType<typeof restoreTo>): Promise<void> {
  const db = new Dexie(name);
  db.version(1).stores({ events: 'seq, type, [productId+seq]', monthlyTotals: '[productId+month], productId' });
  db.version(2).stores({ events: 'seq, type, [productId+seq], operationDate' });
  db.version(3).stores({ meta: 'key' });
  await db.table('events').bulkAdd([...events]);
  await db.table('monthlyTotals').put({ productId: 'P2', month: '2026-02', entries: 1, exits: 0, quarantineEntries: 0, quarantineExits: 0 });
  if (marker) await db.table('meta').put(marker);
  expect(db.verno).toBe(3);
  db.close();
}

describe('version 4 of the database: the register’s state', () => {
  it('folds the register of a version 3 database once, on opening: the row is the fold of its events', async () => {
    const name = uniqueDatabaseName();
    const events = closedScenarioEvents();
    await version3(name, events);
    const db = trackedDatabase(name);
    const row = await readStoredState(db);
    expect(db.verno).toBeGreaterThanOrEqual(4); // opened by this version of the app, or a later one
    expect(row).toEqual(stateRow(foldEvents(events)));
    expect(row?.head).toEqual({ seq: events.length, hash: events.at(-1)?.hash });
    // Nothing else changed: the events are those version 3 held.
    expect(await db.events.orderBy('seq').toArray()).toEqual(events);
  });

  it('records the next event against the upgraded state', async () => {
    const name = uniqueDatabaseName();
    const events = closedScenarioEvents();
    await version3(name, events);
    const db = trackedDatabase(name);
    const last = events.at(-1) as RegisterEvent;
    // The stock of morphine (P2) and the closure of February come from the folded state.
    const next = accepted(await record(db, [on('2026-04-15', dispensationDraft({ quantity: units(1) }))], new Date(2026, 3, 15, 18, 0)));
    expect(next[0]).toMatchObject({ seq: events.length + 1, prevHash: last.hash });
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents([...events, ...next])));
  });

  it('leaves an empty version 3 database without a state row', async () => {
    const name = uniqueDatabaseName();
    await version3(name, []);
    const db = trackedDatabase(name);
    expect(await readStoredState(db)).toBeNull();
    expect(db.verno).toBeGreaterThanOrEqual(4); // opened by this version of the app, or a later one
  });

  it('folds the pages of a restore under way, and the following pages complete the state', async () => {
    const name = uniqueDatabaseName();
    const events = closedScenarioEvents();
    const restore = restoreTo(events);
    await version3(name, events.slice(0, 40), restore);
    const db = trackedDatabase(name);
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents(events.slice(0, 40))));
    accepted(await importEvents(db, events.slice(40), restore));
    expect(await db.meta.count()).toBe(0);
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents(events)));
  });
});
