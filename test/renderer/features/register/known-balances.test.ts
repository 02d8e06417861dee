// Balances taken from an earlier window without reading: from any shared line when the lines
// are next to each other, only line by line when a filter hides lines between them.
import { describe, expect, it } from 'vitest';
import { importEvents } from '../../../../renderer/db/import-events';
import { productRegisterWindow } from '../../../../renderer/db/product-register-window';
import { keep, knownBalances } from '../../../../renderer/features/register/known-balances';
import { trackedDatabase } from '../../../fixtures/database';
import { restoreTo } from '../../../fixtures/events';
import { accepted } from '../../../fixtures/result';
import { closedScenarioEvents, MORPHINE_ID } from '../../../shared/editions/scenario';

async function restored() {
  const events = closedScenarioEvents();
  const db = trackedDatabase();
  accepted(await importEvents(db, events, restoreTo(events)));
  return db;
}

describe('balances known from an earlier window', () => {
  it('gives a window that shares one line with the last one summed all its balances, as summing would', async () => {
    const db = await restored();
    const earlier = await productRegisterWindow(db, MORPHINE_ID, 0, 10, { block: 4 });
    const next = await productRegisterWindow(db, MORPHINE_ID, 9, 25, { block: 4 });
    const balanced = keep(earlier, MORPHINE_ID, await earlier.balances());
    expect(knownBalances(next, balanced, MORPHINE_ID, true)).toEqual(await next.balances());
    // No shared line, another product, or another register: nothing is known.
    const apart = await productRegisterWindow(db, MORPHINE_ID, 12, 20, { block: 4 });
    expect(knownBalances(apart, balanced, MORPHINE_ID, true)).toBeNull();
    expect(knownBalances(next, balanced, 'another-product', true)).toBeNull();
    expect(knownBalances({ ...next, register: 'another' }, balanced, MORPHINE_ID, true)).toBeNull();
  });

  it('does not derive across lines a filter hides: a filtered window needs the balance of each of its lines', async () => {
    const db = await restored();
    const filter = { kind: 'dispensation' as const };
    const all = await productRegisterWindow(db, MORPHINE_ID, 0, 1000, { block: 4, filter });
    const earlier = await productRegisterWindow(db, MORPHINE_ID, 0, 10, { block: 4, filter });
    const next = await productRegisterWindow(db, MORPHINE_ID, 5, 15, { block: 4, filter });
    const balanced = keep(earlier, MORPHINE_ID, await earlier.balances());
    expect(knownBalances(next, balanced, MORPHINE_ID, false)).toBeNull();
    // Every line known (from a wider window): taken as they are.
    const wide = keep(all, MORPHINE_ID, await all.balances());
    expect(knownBalances(next, wide, MORPHINE_ID, false)).toEqual(await next.balances());
  });
});
