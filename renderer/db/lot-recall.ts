// The lots' past, read from the database (shared/stock/lot-ledger.ts): what the register's
// state does not keep, asked by one key each. What each movement was attributed lives in
// `lotAllocations` (by order number, written with the movement); how a lot was received
// is read from the journal itself, through the events' `[lot+productId]` index.
import type { Lookups, NamedLot } from '../../shared/register/decide';
import type { RegisterEvent } from '../../shared/register/events';
import type { RegisterState } from '../../shared/register/register-state';
import type { Allocation, LotLedger } from '../../shared/stock/lot-ledger';
import { storedReceivedLots, storedRecall } from '../../shared/register/stored-lookups';
import type { RegisterDatabase } from './database';
import { indexedDbReader } from './register-reader';

/** What a movement was attributed, lot by lot: kept for its correction. */
export interface LotAllocationRow {
  seq: number;
  parts: Allocation;
}

/** Whether the register received each lot a draft names (decide.ts): held by the state, or found by the index. */
export function receivedLots(db: RegisterDatabase, state: RegisterState, lots: NonNullable<Lookups['lots']>): Promise<Set<string>> {
  return storedReceivedLots(indexedDbReader(db), state, lots);
}

/**
 * A ledger seeded with what folding `events` (in order, continuing `state`) may ask of
 * the time before them (shared/register/stored-lookups.ts), read from this database.
 */
export function recallFor(db: RegisterDatabase, state: RegisterState, events: readonly RegisterEvent[]): Promise<LotLedger> {
  return storedRecall(indexedDbReader(db), state, events);
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
