// Characterisation: the lots the register's state keeps (product-lots.ts, moved on by
// evolve) are the lots the whole-log fold computed before it (reference-lot-fold.ts):
// same lots, same expiry and first receipt, same quantities in each compartment, on the
// scenarios of the tests and on journals drawn at random, after every event.
import { describe, expect, it } from 'vitest';
import type { RegisterEvent } from '../../../shared/register/events';
import { evolve } from '../../../shared/register/evolve';
import { foldEvents } from '../../../shared/register/fold';
import { emptyState } from '../../../shared/register/register-state';
import { fromStateRecord, toStateRecord } from '../../../shared/register/state-record';
import { LotLedger } from '../../../shared/stock/lot-ledger';
import { heldLots } from '../../../shared/stock/lots';
import { sealedSlice } from '../../fixtures/events';
import { longJournal } from '../../fixtures/long-journal';
import { eventsWithEdition } from '../../fixtures/package';
import { closedScenarioEvents, scenarioEvents, veterinaryEvents } from '../editions/scenario';
import { randomLotJournal } from './random-lot-journal';
import { referenceLotStocks } from './reference-lot-fold';

/** The reference's lots that still hold units (the state lets go of the others), without what it received. */
function reference(events: readonly RegisterEvent[]) {
  return referenceLotStocks(events)
    .filter((lot) => lot.dispensable !== 0 || lot.quarantine !== 0)
    .map(({ received: _received, ...lot }) => lot);
}

describe.each([
  ['the four-event slice', () => sealedSlice()],
  ['a slice with an edition', () => eventsWithEdition()],
  ['the officine scenario', () => scenarioEvents()],
  ['the veterinary scenario', () => veterinaryEvents()],
  ['the scenario with a monthly closure', () => closedScenarioEvents()],
  ['a long journal', () => longJournal(400, 4, '2026-04-15')],
])('the lots of the state on %s', (_name, journal) => {
  it('are the lots the whole-log fold gave', () => {
    const events = journal();
    expect(heldLots(foldEvents(events).products)).toEqual(reference(events));
  });
});

describe.each([1, 2, 3, 4, 5, 6, 7, 8])('the lots of the state on a random journal (seed %i)', (seed) => {
  const events = randomLotJournal(seed, 600);

  it('draws a journal that exercises what the estimate must get right', () => {
    const types = new Set(events.map((event) => event.type));
    expect([...types].sort()).toEqual(expect.arrayContaining(['correction', 'destruction', 'inventory.adjustment', 'quarantine.moved', 'receipt', 'theft']));
  });

  it('are the lots the whole-log fold gave, after every event', () => {
    const state = emptyState();
    const ledger = new LotLedger();
    for (const [index, event] of events.entries()) {
      evolve(state, event, ledger);
      expect(heldLots(state.products), `after event ${event.seq}`).toEqual(reference(events.slice(0, index + 1)));
    }
  });

  it('keep only the lots that hold units, and survive the stored form', () => {
    const state = foldEvents(events);
    for (const product of state.products.values()) for (const lot of product.lots.held.values()) expect(lot.dispensable + lot.quarantine).not.toBe(0);
    expect(heldLots(fromStateRecord(JSON.parse(JSON.stringify(toStateRecord(state)))).products)).toEqual(reference(events));
  });
});
