// The restore marker: written with the first page, removed with the last, and while it
// exists the register accepts no new event from any door.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import { addToMonthlyTotals } from '../../../renderer/db/monthly-totals';
import { appendEvents } from '../../../renderer/db/append-events';
import { openRegisterDatabase } from '../../../renderer/db/database';
import { importEvents } from '../../../renderer/db/import-events';
import { readOpeningState } from '../../../renderer/db/opening-state';
import { stockByProduct } from '../../../renderer/db/queries';
import { readRestoreMarker } from '../../../renderer/db/restore-marker';
import { closeEndedMonths } from '../../../renderer/features/closure/close-ended-months';
import { verifyChain } from '../../../shared/register/chain';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { trackedDatabase, uniqueDatabaseName } from '../../fixtures/database';
import { reseal, restoreTo, sealAll } from '../../fixtures/events';
import { longJournal } from '../../fixtures/long-journal';
import { accepted, refusal } from '../../fixtures/result';
import { dexieStore } from '../../../renderer/db/dexie-store';

const NOW = new Date(2026, 2, 10, 18, 0);

/** An opening, a product and receipts, all sealed on 10 March 2026. */
const journal = (receipts: number) => sealAll([openingDraft(), productDraft(), ...Array.from({ length: receipts }, () => receiptDraft())]);

describe('importEvents and the restore marker', () => {
  it('writes the marker with the first page and removes it with the page that reaches the verified head', async () => {
    const events = journal(8);
    const restore = restoreTo(events);
    const db = trackedDatabase();

    accepted(await importEvents(db, events.slice(0, 4), restore));
    expect(await readRestoreMarker(db)).toEqual(restore);
    expect(await readOpeningState(db)).toMatchObject({ identity: { registerId: restore.registerId }, restore: { marker: restore, held: 4 } });

    accepted(await importEvents(db, events.slice(4), restore));
    expect(await readRestoreMarker(db)).toBeNull();
    expect(await readOpeningState(db)).toMatchObject({ identity: { registerId: restore.registerId }, restore: null });
    expect(await db.events.toArray()).toEqual(events);
    // The totals of one product-month, summed per page and added across the two pages.
    expect(await stockByProduct(db)).toEqual(new Map([['P2', { total: units(240), quarantine: units(0) }]]));
  });

  it('keeps the same monthly totals as recording each event would, pages cutting across months', async () => {
    const events = longJournal(60, 3, '2026-06-15');
    const reference = trackedDatabase();
    await reference.transaction('rw', reference.events, reference.monthlyTotals, async () => {
      for (const event of events) await addToMonthlyTotals(reference, event);
    });
    const db = trackedDatabase();
    for (let start = 0; start < events.length; start += 7) accepted(await importEvents(db, events.slice(start, start + 7), restoreTo(events)));
    expect(await db.monthlyTotals.toArray()).toEqual(await reference.monthlyTotals.toArray());
    expect((await db.monthlyTotals.toArray()).map((total) => total.month)).toEqual(['2026-03', '2026-04', '2026-05']);
  });

  it('leaves no marker at all when the whole journal fits in one page', async () => {
    const events = journal(3);
    const db = trackedDatabase();
    accepted(await importEvents(db, events, restoreTo(events)));
    expect(await db.meta.count()).toBe(0);
  });

  it('refuses a last page whose head is not the verified one, writing nothing and keeping the marker', async () => {
    const events = journal(4);
    const restore = restoreTo(events);
    const db = trackedDatabase();
    accepted(await importEvents(db, events.slice(0, 3), restore));
    const last = events.at(-1);
    if (!last) throw new Error('fixture');
    // Chains on, but is not the event the journal's verification ended on.
    const other = [...events.slice(3, -1), reseal(last, { recordedAt: '2026-03-11T08:00:00.000Z' })];
    expect(refusal(await importEvents(db, other, restore))).toMatchObject({ code: 'restore.headDiffers', params: { seq: String(last.seq) } });
    expect(await db.events.count()).toBe(3);
    expect(await readRestoreMarker(db)).toEqual(restore);
  });

  it('refuses to import another register while one restore is under way', async () => {
    const events = journal(4);
    const db = trackedDatabase();
    accepted(await importEvents(db, events.slice(0, 2), restoreTo(events)));
    const other = { ...restoreTo(events), registerId: 'AUTRE', establishmentName: 'Pharmacie du Port' };
    expect(refusal(await importEvents(db, events.slice(2), other))).toMatchObject({ code: 'restore.otherUnderway', params: { name: 'Pharmacie du Port' } });
    expect(await db.events.count()).toBe(2);
  });
});

describe('the write doors while a restore is under way', () => {
  /** A register half restored: opening, product and 3 receipts of a journal of 8 events. */
  async function halfRestored() {
    const events = journal(6);
    const db = trackedDatabase();
    accepted(await importEvents(db, events.slice(0, 5), restoreTo(events)));
    return { db, events };
  }

  it('appendEvent refuses every event and writes nothing', async () => {
    const { db } = await halfRestored();
    expect(refusal(await appendEvent(db, on('2026-03-10', dispensationDraft()), NOW))).toMatchObject({ code: 'restore.underway', params: { seq: '8' } });
    expect(await db.events.count()).toBe(5);
  });

  it('lets no monthly closure seal the ended months of the partial register', async () => {
    const { db } = await halfRestored();
    // Opened in March 2026 and launched in June: March, April and May have ended.
    expect(refusal(await closeEndedMonths(dexieStore(db), new Date(2026, 5, 2, 9, 0)))).toMatchObject({ code: 'restore.underway' });
    expect(await db.events.where('type').equals('month.closed').count()).toBe(0);
    expect(await db.events.count()).toBe(5);
  });

  it('appendEvents refuses the whole batch and writes nothing', async () => {
    const { db } = await halfRestored();
    expect(refusal(await appendEvents(db, [on('2026-03-10', receiptDraft()), on('2026-03-10', dispensationDraft())], NOW))).toMatchObject({
      code: 'restore.underway',
    });
    expect(await db.events.count()).toBe(5);
  });

  it('accepts events again once the restore is complete, continuing the restored chain', async () => {
    const { db, events } = await halfRestored();
    accepted(await importEvents(db, events.slice(5), restoreTo(events)));
    const recorded = accepted(await appendEvent(db, on('2026-03-10', dispensationDraft()), NOW));
    expect(recorded.seq).toBe(9);
    expect(verifyChain(await db.events.toArray())).toBeNull();
  });
});

describe('database version 3', () => {
  it('opens a version 2 database with its events and totals, and no restore under way', async () => {
    const name = uniqueDatabaseName();
    const events = journal(2);
    const v2 = new Dexie(name);
    v2.version(1).stores({ events: 'seq, type, [productId+seq]', monthlyTotals: '[productId+month], productId' });
    v2.version(2).stores({ events: 'seq, type, [productId+seq], operationDate' });
    await v2.table('events').bulkAdd(events);
    await v2.table('monthlyTotals').add({ productId: 'P2', month: '2026-03', entries: 60_000, exits: 0, quarantineEntries: 0, quarantineExits: 0 });
    v2.close();

    const db = openRegisterDatabase(name);
    try {
      expect(await db.events.toArray()).toEqual(events);
      expect(await db.monthlyTotals.count()).toBe(1);
      expect(await readOpeningState(db)).toMatchObject({ identity: { establishment: { name: 'Pharmacie du Port' } }, restore: null });
      // The register opened before the upgrade still records.
      expect(accepted(await appendEvent(db, on('2026-03-10', dispensationDraft()), NOW)).seq).toBe(5);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
