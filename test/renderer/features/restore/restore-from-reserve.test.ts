// Restore against the real main-process handlers on a temp folder: forwards only.
import { describe, expect, it } from 'vitest';
import { restoreFromReserve } from '../../../../renderer/features/restore/restore-from-reserve';
import { stockByProduct } from '../../../../renderer/db/queries';
import type { RegisterEvent } from '../../../../shared/register/events';
import { trackedDatabase } from '../../../fixtures/database';
import { useTempMainProcess } from '../../../fixtures/main-process';
import { units } from '../../../fixtures/drafts';
import { reseal, sealedSlice } from '../../../fixtures/events';
import { accepted, refusal } from '../../../fixtures/result';

const REGISTER_ID = 'c0ffee00-0000-4000-8000-000000000004';
const main = useTempMainProcess();
const reserveHolding = (journal: readonly RegisterEvent[]) => main.reserveHolding(REGISTER_ID, journal);

describe('restoreFromReserve', () => {
  it('rebuilds an empty database with its events and its stock totals', async () => {
    const events = sealedSlice();
    const db = trackedDatabase();
    const progress: number[] = [];
    expect(accepted(await restoreFromReserve(db, await reserveHolding(events), REGISTER_ID, (done) => progress.push(done)))).toBe(4);
    expect(await db.events.toArray()).toEqual(events);
    expect(await stockByProduct(db)).toEqual(new Map([['P2', units(18)]]));
    expect(progress).toEqual([4]);
  });

  it('completes a database that lags behind the journal, keeping what it holds', async () => {
    const events = sealedSlice();
    const db = trackedDatabase();
    await db.events.bulkAdd(events.slice(0, 2));
    expect(accepted(await restoreFromReserve(db, await reserveHolding(events), REGISTER_ID))).toBe(4);
    expect((await db.events.toArray()).map((event) => event.seq)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a journal shorter than the database and writes nothing', async () => {
    const events = sealedSlice();
    const db = trackedDatabase();
    await db.events.bulkAdd(events);
    expect(refusal(await restoreFromReserve(db, await reserveHolding(events.slice(0, 2)), REGISTER_ID))).toMatchObject({ code: 'restore.shorter', params: { journal: '2', database: '4' } });
    expect(await db.events.count()).toBe(4);
  });

  it('refuses a journal that forks from the database and writes nothing', async () => {
    const events = sealedSlice();
    const [opening, product] = events;
    if (!opening || !product) throw new Error('fixture');
    const db = trackedDatabase();
    await db.events.bulkAdd(events.slice(0, 2));
    const forked = [opening, reseal(product, { recordedAt: '2026-03-11T08:00:00.000Z' })];
    expect(refusal(await restoreFromReserve(db, await reserveHolding(forked), REGISTER_ID))).toMatchObject({ code: 'integrity.reserveDisagrees', params: { seq: '2' } });
    expect(await db.events.toArray()).toEqual(events.slice(0, 2));
  });
});
