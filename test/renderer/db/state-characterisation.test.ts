// Characterisation: the queries the screens read, now answered from the state the write
// door keeps, give the same figures as the folds of the whole log they replaced
// (identity, validators, products, stock, lots, closures), on the scenario journals.
import { describe, expect, it } from 'vitest';
import type { RegisterDatabase } from '../../../renderer/db/database';
import { importEvents } from '../../../renderer/db/import-events';
import {
  findProduct,
  lastClosure,
  lastMovementDay,
  listProducts,
  listValidators,
  productStock,
  readClosure,
  readIdentity,
  registerLots,
  stockByProduct,
} from '../../../renderer/db/queries';
import { readState, readStoredState, stateRow } from '../../../renderer/db/state-row';
import { isMovement, type RegisterEvent } from '../../../shared/register/events';
import { foldEvents } from '../../../shared/register/fold';
import { balanceAfter, EMPTY_STOCK, stockDelta, type StockBalance } from '../../../shared/stock/movements';
import { referenceLotStocks } from '../../shared/stock/reference-lot-fold';
import { referenceIdentity, referenceLastMovementDay, referenceProducts, referenceValidators } from './reference-folds';
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

  it('gives the same identity, holder, validators, products, stock, lots and closures as the folds of the log', async () => {
    const events = await journal();
    const db = await restored(events);
    const state = await db.transaction('r', db.events, db.state, () => readState(db));
    const identity = await readIdentity(db);
    expect(identity).toEqual(referenceIdentity(events));
    expect(state.opening).toEqual(identity && { registerId: identity.registerId, kind: identity.establishment.kind, openedOn: identity.openedOn });
    expect(await listValidators(db)).toEqual(referenceValidators(events));

    const products = await listProducts(db);
    expect(products).toEqual(referenceProducts(events));
    // The stock the monthly totals (still kept with each event) add up to, and the fold of the movements.
    const totals = new Map<string, StockBalance>();
    for (const month of await db.monthlyTotals.toArray()) totals.set(month.productId, balanceAfter(totals.get(month.productId) ?? EMPTY_STOCK, month));
    const folded = new Map<string, StockBalance>();
    for (const event of events.filter(isMovement)) folded.set(event.productId, balanceAfter(folded.get(event.productId) ?? EMPTY_STOCK, stockDelta(event)));
    expect(await stockByProduct(db)).toEqual(totals);
    expect(await stockByProduct(db)).toEqual(folded);
    for (const { productId } of products) {
      const moved = events.some((event) => isMovement(event) && event.productId === productId);
      expect(await findProduct(db, productId)).toMatchObject({ hasMovements: moved });
      expect(await productStock(db, productId)).toEqual(folded.get(productId) ?? EMPTY_STOCK);
    }
    const lots = referenceLotStocks(events)
      .filter((lot) => lot.dispensable !== 0 || lot.quarantine !== 0)
      .map(({ received: _received, ...lot }) => lot);
    expect(await registerLots(db)).toEqual(lots);
    expect(await lastMovementDay(db)).toEqual(referenceLastMovementDay(events));
    expect(state.closedThrough).toEqual((await lastClosure(db))?.month);
    const closed = await readClosure(db);
    expect(state.closed).toEqual(closed ? { seq: closed.seq, operationDate: closed.operationDate } : undefined);
  });
});
