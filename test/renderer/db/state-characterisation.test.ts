// Characterisation: the state the write door keeps gives the same figures as the queries
// the screens read today (identity, validators, products, stock, lots, closures), on the
// scenario journals, so that those queries can later read the state instead.
import { describe, expect, it } from 'vitest';
import type { RegisterDatabase } from '../../../renderer/db/database';
import { importEvents } from '../../../renderer/db/import-events';
import { findProduct, lastClosure, lastMovementDay, listProducts, listValidators, readClosure, readIdentity, stockByProduct } from '../../../renderer/db/queries';
import { readState, readStoredState, stateRow } from '../../../renderer/db/state-row';
import { registerLots } from '../../../renderer/db/register-lots';
import type { RegisterEvent } from '../../../shared/register/events';
import { foldEvents } from '../../../shared/register/fold';
import { EMPTY_STOCK } from '../../../shared/stock/movements';
import { trackedDatabase } from '../../fixtures/database';
import { restoreTo, sealedSlice } from '../../fixtures/events';
import { eventsWithEdition } from '../../fixtures/package';
import { accepted } from '../../fixtures/result';
import { closedScenarioEvents, scenarioEvents, veterinaryEvents } from '../../shared/editions/scenario';
import { NOW, officineDrafts } from './every-draft';
import { record } from '../../../renderer/db/record';

/** The journal restored in pages of 25, as the restore does (a few pages, the marker between them). */
async function restored(events: readonly RegisterEvent[]): Promise<RegisterDatabase> {
  const db = trackedDatabase();
  for (let start = 0; start < events.length; start += 25) accepted(await importEvents(db, events.slice(start, start + 25), restoreTo(events)));
  return db;
}

async function everyKind(): Promise<RegisterEvent[]> {
  const db = trackedDatabase();
  return accepted(await record(db, officineDrafts(), NOW));
}

describe.each([
  ['the four-event slice', async () => sealedSlice()],
  ['a slice with an edition', async () => eventsWithEdition()],
  ['the officine scenario', async () => scenarioEvents()],
  ['the veterinary scenario', async () => veterinaryEvents()],
  ['the scenario with a monthly closure', async () => closedScenarioEvents()],
  ['a register with every kind of event, to its cession and closure', everyKind],
])('the register’s state on %s', (_name, journal) => {
  it('is stored by the restore and is the fold of the journal', async () => {
    const events = await journal();
    const db = await restored(events);
    expect(await readStoredState(db)).toEqual(stateRow(foldEvents(events)));
  });

  it('gives the same identity, holder, validators, products, stock, lots and closures as the queries', async () => {
    const db = await restored(await journal());
    const state = await db.transaction('r', db.events, db.state, () => readState(db));
    const identity = await readIdentity(db);
    expect(state.opening).toEqual(identity && { registerId: identity.registerId, kind: identity.establishment.kind, openedOn: identity.openedOn });
    expect(state.holder).toEqual(identity?.holder);
    expect([...state.validators.values()]).toEqual(await listValidators(db));

    const products = await listProducts(db);
    expect([...state.products.keys()]).toEqual(products.map((product) => product.productId));
    const stock = await stockByProduct(db);
    const lots = await registerLots(db);
    for (const { productId, active, ...definition } of products) {
      const facts = state.products.get(productId);
      expect(facts?.state).toEqual(await findProduct(db, productId));
      expect(facts?.state).toMatchObject({ definition, active });
      expect(facts?.stock).toEqual(stock.get(productId) ?? EMPTY_STOCK);
      expect([...(facts?.lots ?? [])].sort()).toEqual([...new Set(lots.filter((lot) => lot.productId === productId).map((lot) => lot.lot))].sort());
    }
    expect(state.lastMovementDay).toEqual(await lastMovementDay(db));
    expect(state.closedThrough).toEqual((await lastClosure(db))?.month);
    const closed = await readClosure(db);
    expect(state.closed).toEqual(closed ? { seq: closed.seq, operationDate: closed.operationDate } : undefined);
  });
});
