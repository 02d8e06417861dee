// The lots' past, read from the database (shared/stock/lot-ledger.ts): what the register's
// state does not keep, asked by one key each. What each movement was attributed lives in
// `lotAllocations` (by order number, written with the movement); how a lot was received
// is read from the journal itself, through the events' `[lot+productId]` index.
import { receivedLotKey, type Lookups, type NamedLot } from '../../shared/register/decide';
import type { RegisterEvent } from '../../shared/register/events';
import type { RegisterState } from '../../shared/register/register-state';
import { LotLedger, type Allocation, type LotIdentity } from '../../shared/stock/lot-ledger';
import type { RegisterDatabase } from './database';

/** What a movement was attributed, lot by lot: kept for its correction. */
export interface LotAllocationRow {
  seq: number;
  parts: Allocation;
}

/** The receipts of a lot of a product, through the index: a lot is received a few times at most. */
async function receiptsOf(db: RegisterDatabase, { productId, lot }: NamedLot): Promise<Extract<RegisterEvent, { type: 'receipt' }>[]> {
  const events = await db.events.where('[lot+productId]').equals([lot, productId]).toArray();
  return events.flatMap((event) => (event.type === 'receipt' ? [event] : []));
}

/** Whether the register received each lot a draft names (decide.ts): held by the state, or found by the index. */
export async function receivedLots(db: RegisterDatabase, state: RegisterState, lots: NonNullable<Lookups['lots']>): Promise<Set<string>> {
  const found = await Promise.all(
    lots.map(async (named) => state.products.get(named.productId)?.lots.held.has(named.lot) || (await receiptsOf(db, named)).length > 0),
  );
  return new Set(lots.filter((_, index) => found[index]).map(receivedLotKey));
}

/** How a lot was received before `seq`: its first receipt and the earliest expiry. */
async function identityBefore(db: RegisterDatabase, named: NamedLot, seq: number): Promise<LotIdentity | undefined> {
  const earlier = (await receiptsOf(db, named)).filter((receipt) => receipt.seq < seq);
  if (earlier.length === 0) return undefined;
  return {
    lot: named.lot,
    expiry: earlier.reduce((soonest, receipt) => (receipt.expiry < soonest ? receipt.expiry : soonest), earlier[0]?.expiry as string),
    firstReceipt: Math.min(...earlier.map((receipt) => receipt.seq)),
  };
}

/**
 * A ledger seeded with what folding `events` (in order, continuing `state`) may ask of
 * the time before them: the attributions of the movements their corrections name, and
 * how the lots they receive or put back were received. What the events themselves
 * attribute or empty, the ledger learns as they are folded.
 */
export async function recallFor(db: RegisterDatabase, state: RegisterState, events: readonly RegisterEvent[]): Promise<LotLedger> {
  const ledger = new LotLedger();
  const first = events[0]?.seq;
  if (first === undefined) return ledger;
  const corrections = events.flatMap((event) => (event.type === 'correction' && event.corrects < first ? [event] : []));
  const rows = corrections.length === 0 ? [] : await db.lotAllocations.bulkGet(corrections.map((correction) => correction.corrects));
  const named = new Map<string, NamedLot>();
  const name = (productId: string, lot: string | undefined) => {
    if (lot !== undefined && !state.products.get(productId)?.lots.held.has(lot)) named.set(receivedLotKey({ productId, lot }), { productId, lot });
  };
  rows.forEach((row, index) => {
    if (!row) return;
    ledger.recall(row.seq, row.parts);
    for (const part of row.parts) name((corrections[index] as RegisterEvent & { productId: string }).productId, part.lot);
  });
  for (const event of events) if (event.type === 'receipt') name(event.productId, event.lot);
  await Promise.all(
    [...named.values()].map(async (lot) => {
      const identity = await identityBefore(db, lot, first);
      if (identity) ledger.recallLot(lot.productId, identity);
    }),
  );
  return ledger;
}

/** The receipts of several lots in one read of the index, in order (the integrity check reads a page's at once). */
export async function receiptsOfLots(db: RegisterDatabase, lots: readonly NamedLot[]): Promise<Extract<RegisterEvent, { type: 'receipt' }>[]> {
  if (lots.length === 0) return [];
  const events = await db.events
    .where('[lot+productId]')
    .anyOf(lots.map(({ lot, productId }) => [lot, productId]))
    .toArray();
  return events.flatMap((event) => (event.type === 'receipt' ? [event] : [])).sort((a, b) => a.seq - b.seq);
}

/** What each of these movements was attributed, in their order (undefined: the stock without a lot alone). */
export async function allocationsOf(db: RegisterDatabase, seqs: readonly number[]): Promise<(Allocation | undefined)[]> {
  if (seqs.length === 0) return [];
  return (await db.lotAllocations.bulkGet([...seqs])).map((row) => row?.parts);
}

/** Keeps what the ledger learnt of the attributions, for later corrections. */
export async function keepAllocations(db: RegisterDatabase, ledger: LotLedger): Promise<void> {
  const rows = ledger.noted().map(([seq, parts]): LotAllocationRow => ({ seq, parts }));
  if (rows.length > 0) await db.lotAllocations.bulkPut(rows);
}
