// What the check at start must know of the journal before the verified head, to answer
// each new event's look-ups exactly as the write door answered them when it was recorded
// (renderer/db/record.ts `fetchLookups`, lot-recall.ts `recallFor`): the movement a
// correction names and what it was attributed, how a lot emptied before the head was
// received, a patient's earlier dispensations. The state at the head keeps none of them on
// purpose. The replay reads nothing itself (shared/register/replay.ts): each page's facts
// are read here, by key or by index, before the page is replayed.
import { isMovement, type RegisterEvent } from '../../../shared/register/events';
import { movementFacts } from '../../../shared/register/evolve';
import { lookupsFor, type NamedLot } from '../../../shared/register/lookups';
import type { MovementFacts } from '../../../shared/register/register-state';
import type { EarlierFacts } from '../../../shared/register/replay';
import type { Draft } from '../../../shared/register/validate';
import type { PatientDispensation } from '../../../shared/prescription/history';
import { lotKey, type Allocation, type LotIdentity } from '../../../shared/stock/lot-ledger';
import type { RegisterStore } from '../../db/register-store';

export interface EarlierReader extends EarlierFacts {
  /** Reads what the events of `page` may ask of the time up to the head. */
  readFor(page: readonly RegisterEvent[]): Promise<void>;
}

/** The facts of the events up to `head` (the verified head's order number), read as the pages come. */
export function readEarlierFacts(store: RegisterStore, head: number): EarlierReader {
  const movements = new Map<number, MovementFacts>();
  const allocations = new Map<number, Allocation>();
  const askedEvents = new Set<number>();
  /** A lot's identity from its receipts up to the head; null when it had none then. */
  const lots = new Map<string, LotIdentity | null>();
  /** A patient's dispensations up to the head, read from the earliest prescription day asked. */
  const patients = new Map<string, { since: string; found: PatientDispensation[] }>();

  const readEvents = async (seqs: number[]) => {
    const wanted = [...new Set(seqs)].filter((seq) => seq <= head && !askedEvents.has(seq));
    if (wanted.length === 0) return;
    for (const seq of wanted) askedEvents.add(seq);
    const [events, parts] = await Promise.all([store.eventsAt(wanted), store.allocationsOf(wanted)]);
    for (const event of events) if (isMovement(event)) movements.set(event.seq, movementFacts(event));
    parts.forEach((allocation, index) => {
      if (allocation) allocations.set(wanted[index] as number, allocation);
    });
  };

  /** How the lots not read yet were received up to the head, in one read of the index. */
  const readLots = async (named: readonly NamedLot[]) => {
    const unread = new Map<string, NamedLot>();
    for (const lot of named) if (!lots.has(lotKey(lot.productId, lot.lot))) unread.set(lotKey(lot.productId, lot.lot), lot);
    if (unread.size === 0) return;
    for (const key of unread.keys()) lots.set(key, null);
    // The write door counts the receipts before the event it decides: all of those up to the head.
    for (const receipt of await store.receiptsOfLots([...unread.values()])) {
      if (receipt.seq > head) continue;
      const key = lotKey(receipt.productId, receipt.lot);
      const known = lots.get(key);
      lots.set(
        key,
        known
          ? { ...known, expiry: receipt.expiry < known.expiry ? receipt.expiry : known.expiry }
          : { lot: receipt.lot, expiry: receipt.expiry, firstReceipt: receipt.seq },
      );
    }
  };

  const readPatient = async ({ name, since }: { name: string; since: string }) => {
    const known = patients.get(name);
    if (known && known.since <= since) return;
    const found = (await store.patientDispensations(name, since)).filter((earlier) => earlier.seq <= head).sort((a, b) => a.seq - b.seq);
    patients.set(name, { since, found });
  };

  return {
    movementAt: (seq) => movements.get(seq),
    allocationOf: (seq) => allocations.get(seq),
    receivedLot: (productId, lot) => lots.get(lotKey(productId, lot)) ?? undefined,
    patientDispensations: (name) => patients.get(name)?.found ?? [],

    async readFor(page) {
      // The look-ups each event's draft declares: its fields are the draft's (replay.ts asDraft).
      const declared = page.map((event) => lookupsFor({ body: event } as unknown as Draft));
      await readEvents(declared.flatMap(({ event }) => (event === undefined ? [] : [event])));
      // What `evolve` asks of the lots' past (lot-recall.ts recallFor): the lots a receipt
      // takes in, and those a correction puts units back to.
      const named: NamedLot[] = declared.flatMap(({ lots: namedLots }) => namedLots ?? []);
      for (const event of page) {
        if (event.type === 'receipt' && event.lot !== undefined) named.push({ productId: event.productId, lot: event.lot });
        if (event.type === 'correction') {
          for (const part of allocations.get(event.corrects) ?? []) if (part.lot !== undefined) named.push({ productId: event.productId, lot: part.lot });
        }
      }
      await Promise.all([readLots(named), ...declared.flatMap(({ patient }) => (patient ? [readPatient(patient)] : []))]);
    },
  };
}
