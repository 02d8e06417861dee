// Version 4 adds the register's state: a database written by the version before it is
// opened by this one and its state folded once, in the upgrade.
import { describe, expect, it } from 'vitest';
import { importEvents } from '../../../renderer/db/import-events';
import { readStoredState, stateRow } from '../../../renderer/db/state-row';
import { record } from '../../../renderer/db/record';
import type { RegisterEvent } from '../../../shared/register/events';
import { foldEvents } from '../../../shared/register/fold';
import { version3Database } from '../../fixtures/earlier-databases';
import { trackedDatabase, uniqueDatabaseName } from '../../fixtures/database';
import { restoreTo } from '../../fixtures/events';
import { accepted } from '../../fixtures/result';
import { closedScenarioEvents } from '../../shared/editions/scenario';
import { dispensationDraft, on, units } from '../../fixtures/drafts';

describe('version 4 of the database: the register’s state', () => {
  it('folds the register of a version 3 database once, on opening: the row is the fold of its events', async () => {
    const name = uniqueDatabaseName();
    const events = closedScenarioEvents();
    await version3Database(name, events);
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
    await version3Database(name, events);
    const db = trackedDatabase(name);
    const last = events.at(-1) as RegisterEvent;
    // The stock of morphine (P2) and the closure of February come from the folded state.
    const next = accepted(await record(db, [on('2026-04-15', dispensationDraft({ quantity: units(1) }))], new Date(2026, 3, 15, 18, 0)));
    expect(next[0]).toMatchObject({ seq: events.length + 1, prevHash: last.hash });
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents([...events, ...next])));
  });

  it('leaves an empty version 3 database without a state row', async () => {
    const name = uniqueDatabaseName();
    await version3Database(name, []);
    const db = trackedDatabase(name);
    expect(await readStoredState(db)).toBeNull();
    expect(db.verno).toBeGreaterThanOrEqual(4); // opened by this version of the app, or a later one
  });

  it('folds the pages of a restore under way, and the following pages complete the state', async () => {
    const name = uniqueDatabaseName();
    const events = closedScenarioEvents();
    const restore = restoreTo(events);
    await version3Database(name, events.slice(0, 40), restore);
    const db = trackedDatabase(name);
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents(events.slice(0, 40))));
    accepted(await importEvents(db, events.slice(40), restore));
    expect(await db.meta.count()).toBe(0);
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents(events)));
  });
});
