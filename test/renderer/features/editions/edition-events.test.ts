// What an edition reads from a real register database: a month whose previous month is
// closed is read by its dates, the closure carrying the balances in, not from the register's
// first operation; without that closure, the operations before the period are all read.
import { describe, expect, it } from 'vitest';
import { dexieStore } from '../../../../renderer/db/dexie-store';
import { eventsForEdition } from '../../../../renderer/features/editions/edition-events';
import { monthPeriod } from '../../../../shared/editions/period';
import type { RegisterEvent } from '../../../../shared/register/events';
import { trackedDatabase } from '../../../fixtures/database';
import { closedScenarioEvents, MORPHINE_ID, SEQ } from '../../../shared/editions/scenario';

const DESCRIBING = new Set(['product.defined', 'product.changed', 'correction', 'inventory.taken', 'theft']);

async function storeOf(events: readonly RegisterEvent[]) {
  const db = trackedDatabase();
  await db.events.bulkAdd([...events]);
  return dexieStore(db);
}

/** The movements read that are dated before `from`: what the edition folded instead of carrying. */
const readBefore = (events: readonly RegisterEvent[], from: string) =>
  events.filter((event) => event.operationDate < from && !DESCRIBING.has(event.type) && event.type !== 'month.closed').map((event) => event.seq);

describe('the events an edition reads', () => {
  it('reads a closed month’s successor by its dates: the closure, the month, and what its corrections reverse', async () => {
    const store = await storeOf(closedScenarioEvents(['2026-02', '2026-03']));
    const april = monthPeriod('2026-04');
    const register = await eventsForEdition(store, { kind: 'product-register', productId: MORPHINE_ID, period: april, closureOf: '2026-04' });
    expect(readBefore(register, april.from)).toEqual([SEQ.wrongCorrectedInApril]);
    expect(register.some((event) => event.type === 'month.closed' && event.month === '2026-03')).toBe(true);
    // April's morphine correction is read; the methadone dispensed in April is not.
    const ofApril = register.filter((event) => event.operationDate >= april.from && 'productId' in event);
    expect(ofApril.length).toBeGreaterThan(0);
    expect(ofApril.every((event) => 'productId' in event && event.productId === MORPHINE_ID)).toBe(true);

    const balance = await eventsForEdition(store, { kind: 'month-balance', month: '2026-03' });
    expect(readBefore(balance, '2026-03-01')).toEqual([]);
    expect(balance.filter((event) => event.type === 'month.closed').map((event) => event.type === 'month.closed' && event.month)).toEqual([
      '2026-02',
      '2026-03',
    ]);
  });

  it('reads every earlier operation when the month before is not closed', async () => {
    const store = await storeOf(closedScenarioEvents(['2026-02']));
    const april = monthPeriod('2026-04');
    const register = await eventsForEdition(store, { kind: 'product-register', productId: MORPHINE_ID, period: april });
    expect(readBefore(register, april.from)).toContain(SEQ.carriedOver);
  });
});
