// The look-ups a draft declares and the lots' past a fold asks for, answered from a
// storage that can read the register's events by key and by index: which events to read
// is decided here once, and each storage only says how it reads them (IndexedDB's indexes
// in renderer/db/, PostgreSQL's in electron/network/). The replay of a journal answers
// the same questions from memory instead (replay.ts).
import type { PatientDispensation } from '../prescription/history';
import { LotLedger, type Allocation, type LotIdentity } from '../stock/lot-ledger';
import { lookupsFor, receivedLotKey, type Fetched, type Lookups, type NamedLot } from './decide';
import type { RegisterEvent } from './events';
import type { RegisterState } from './register-state';
import type { Draft } from './validate';

export type ReceiptEvent = Extract<RegisterEvent, { type: 'receipt' }>;

/** What a storage reads for the look-ups, each by one key or one index. */
export interface RegisterReader {
  /** The event at this order number, if the register has one. */
  eventAt(seq: number): Promise<RegisterEvent | undefined>;
  /** The receipts of a lot of a product (a lot is received a few times at most). */
  receiptsOf(lot: NamedLot): Promise<ReceiptEvent[]>;
  /** A patient's dispensations on prescriptions dated from `since`, in order. */
  patientDispensations(name: string, since: string): Promise<PatientDispensation[]>;
  /** What each of these movements was attributed, lot by lot, in their order (undefined: kept nowhere). */
  allocations(seqs: readonly number[]): Promise<({ seq: number; parts: Allocation } | undefined)[]>;
}

/** Reads what the draft declares it needs besides the state (decide.ts). */
export async function fetchStoredLookups(reader: RegisterReader, state: RegisterState, draft: Draft): Promise<Fetched> {
  const { event: seq, lots, patient } = lookupsFor(draft);
  if (lots) return { receivedLots: await storedReceivedLots(reader, state, lots) };
  const target = seq === undefined ? undefined : await reader.eventAt(seq);
  const patientDispensationsFound = patient ? await reader.patientDispensations(patient.name, patient.since) : undefined;
  return { ...(target ? { target } : {}), ...(patientDispensationsFound ? { patientDispensations: patientDispensationsFound } : {}) };
}

/** Whether the register received each lot a draft names: held by the state, or found by the index. */
export async function storedReceivedLots(reader: RegisterReader, state: RegisterState, lots: NonNullable<Lookups['lots']>): Promise<Set<string>> {
  const found = await Promise.all(
    lots.map(async (named) => state.products.get(named.productId)?.lots.held.has(named.lot) || (await reader.receiptsOf(named)).length > 0),
  );
  return new Set(lots.filter((_, index) => found[index]).map(receivedLotKey));
}

/** How a lot was received before `seq`: its first receipt and the earliest expiry. */
async function identityBefore(reader: RegisterReader, named: NamedLot, seq: number): Promise<LotIdentity | undefined> {
  const earlier = (await reader.receiptsOf(named)).filter((receipt) => receipt.seq < seq);
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
export async function storedRecall(reader: RegisterReader, state: RegisterState, events: readonly RegisterEvent[]): Promise<LotLedger> {
  const ledger = new LotLedger();
  const first = events[0]?.seq;
  if (first === undefined) return ledger;
  const corrections = events.flatMap((event) => (event.type === 'correction' && event.corrects < first ? [event] : []));
  const rows = corrections.length === 0 ? [] : await reader.allocations(corrections.map((correction) => correction.corrects));
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
      const identity = await identityBefore(reader, lot, first);
      if (identity) ledger.recallLot(lot.productId, identity);
    }),
  );
  return ledger;
}
