// What is left of each lot of a product, kept in the register's state and moved on by
// each movement (evolve.ts). Only the lots that still hold units are kept; the past the
// estimate needs is asked of a LotRecall (lot-ledger.ts).
//
// Only receipts name a lot (with its expiry), and only a mise en quarantaine may name
// the lot it sets aside. Every other exit (dispensation, administration, return,
// theft…) names none, so which lot it took from is an ESTIMATE, made the way a
// pharmacy is told to pick its stock: FEFO, first expired, first out. Stock that came
// in without a lot (a balance carried over from a previous register, a patient return,
// an exit put back by a correction of unknown origin) is taken first, as the oldest on
// the shelf; then the lot that expires first; between lots of the same month, the one
// received first. A correction puts back exactly what the movement it cancels was
// attributed, so cancelling a dispensation gives its units back to the same lots.
//
// The figures are what the register lets one infer, not a count: the per-lot
// quantities of a product always add up to its stock in each compartment, but the
// split between lots is only as true as FEFO was followed at the counter.
import type { MovementEvent, StockCompartment } from '../register/events';
import { addMilli, subtractMilli, toMilli, type Milli } from '../register/quantity';
import type { Allocation, LotIdentity, LotRecall } from './lot-ledger';
import { movementEffect } from './movements';

/** What one compartment pair holds. */
export interface Held {
  dispensable: Milli;
  quarantine: Milli;
}

/** A lot that still holds units, by FEFO estimate. */
export interface HeldLot extends LotIdentity, Held {}

export interface ProductLots {
  /** The stock that came in without a lot: taken first, as the oldest on the shelf. */
  unlotted: Held;
  /** The lots still holding units, by number. */
  held: Map<string, HeldLot>;
}

const ZERO = toMilli(0);

export function noLots(): ProductLots {
  return { unlotted: { dispensable: ZERO, quarantine: ZERO }, held: new Map() };
}

type Taken = { bucket: Held; quantity: Milli }[];

/** FEFO: stock without a lot first, then by expiry, then by first receipt. */
function ordered(lots: ProductLots): Held[] {
  const held = [...lots.held.values()].sort((a, b) => a.expiry.localeCompare(b.expiry) || a.firstReceipt - b.firstReceipt);
  return [lots.unlotted, ...held];
}

function put(bucket: Held, compartment: StockCompartment, quantity: Milli): void {
  bucket[compartment] = addMilli(bucket[compartment], quantity);
}

/** Takes from the buckets named first (as far as they hold), then FEFO for the rest. */
function take(lots: ProductLots, compartment: StockCompartment, quantity: Milli, preferred: readonly Held[] = []): Taken {
  const taken: Taken = [];
  let left = quantity;
  for (const bucket of [...preferred, ...ordered(lots)]) {
    if (left <= 0) break;
    const part = Math.min(bucket[compartment], left) as Milli;
    if (part <= 0) continue;
    bucket[compartment] = subtractMilli(bucket[compartment], part);
    left = subtractMilli(left, part);
    const same = taken.find((earlier) => earlier.bucket === bucket);
    if (same) same.quantity = addMilli(same.quantity, part);
    else taken.push({ bucket, quantity: part });
  }
  // More out than the register holds cannot pass validation; a journal that says so anyway is counted against the unlotted stock.
  if (left > 0) {
    lots.unlotted[compartment] = subtractMilli(lots.unlotted[compartment], left);
    taken.push({ bucket: lots.unlotted, quantity: left });
  }
  return taken;
}

function allocationOf(taken: Taken): Allocation {
  return taken.map(({ bucket, quantity }) => ('lot' in bucket ? { lot: (bucket as HeldLot).lot, quantity } : { quantity }));
}

/** The lot a receipt fills: held, or known from before (the same number received again), or new. */
function receive(lots: ProductLots, productId: string, event: Extract<MovementEvent, { type: 'receipt' }>, recall: LotRecall): HeldLot {
  let lot = lots.held.get(event.lot);
  if (!lot) {
    const known = recall.receivedLot(productId, event.lot);
    lot = { lot: event.lot, expiry: known?.expiry ?? event.expiry, firstReceipt: known?.firstReceipt ?? event.seq, dispensable: ZERO, quarantine: ZERO };
    lots.held.set(event.lot, lot);
  }
  // The same lot number received twice keeps the earlier expiry, the cautious one.
  if (event.expiry < lot.expiry) lot.expiry = event.expiry;
  return lot;
}

/**
 * Where an attribution's units go back: the lot if held, or brought back from what is
 * known of it, or (nothing known) the stock without a lot.
 */
function bucketOf(lots: ProductLots, productId: string, lot: string | undefined, recall: LotRecall): Held {
  if (lot === undefined) return lots.unlotted;
  const held = lots.held.get(lot);
  if (held) return held;
  const known = recall.receivedLot(productId, lot);
  if (!known) return lots.unlotted;
  const back: HeldLot = { ...known, dispensable: ZERO, quarantine: ZERO };
  lots.held.set(lot, back);
  return back;
}

/** Moves the product's lots on by one of its movements. */
export function applyToLots(lots: ProductLots, productId: string, event: MovementEvent, recall: LotRecall): void {
  const effect = movementEffect(event);
  const { quantity } = effect;
  if (event.type === 'correction') {
    reverse(lots, productId, event.corrects, effect.direction === 'transfer' ? effect.from : effect.compartment, effect.direction, quantity, recall);
  } else if (effect.direction === 'transfer') {
    const named = event.type === 'quarantine.moved' && event.lot !== undefined ? lots.held.get(event.lot) : undefined;
    const taken = take(lots, effect.from, quantity, named ? [named] : []);
    for (const part of taken) put(part.bucket, effect.to, part.quantity);
    note(recall, event, allocationOf(taken));
  } else if (effect.direction === 'entry') {
    const bucket = event.type === 'receipt' ? receive(lots, productId, event, recall) : lots.unlotted;
    put(bucket, effect.compartment, quantity);
    note(recall, event, allocationOf([{ bucket, quantity }]));
  } else {
    note(recall, event, allocationOf(take(lots, effect.compartment, quantity)));
  }
  letGoOfEmptied(lots, productId, recall);
}

/**
 * Keeps what a correction may later ask for. Nothing is kept when the attribution is the
 * stock without a lot alone (what an unknown one is taken to be), nor for the movements
 * no correction may name: an inventory's écart, a destruction, a correction
 * (validate-correction.ts).
 */
function note(recall: LotRecall, event: MovementEvent, allocation: Allocation): void {
  if (event.type === 'destruction' || event.type === 'inventory.adjustment') return;
  if (allocation.length === 1 && allocation[0]?.lot === undefined && allocation[0]?.quantity === event.quantity) return;
  recall.remember(event.seq, allocation);
}

/** A correction undoes what its target was attributed: same lots, same quantities. */
function reverse(
  lots: ProductLots,
  productId: string,
  target: number,
  compartment: StockCompartment,
  direction: 'entry' | 'exit' | 'transfer',
  quantity: Milli,
  recall: LotRecall,
): void {
  const allocation = recall.allocationOf(target) ?? [{ quantity }];
  if (direction === 'entry') {
    // Cancelling an exit: its units come back where they were taken.
    for (const part of allocation) put(bucketOf(lots, productId, part.lot, recall), compartment, part.quantity);
    return;
  }
  // An emptied lot has nothing left to give: it is not brought back to be taken from.
  const preferred = allocation.flatMap((part) => (part.lot === undefined ? [lots.unlotted] : (lots.held.get(part.lot) ?? [])));
  if (direction === 'exit') {
    // Cancelling an entry: its units leave, from its own lot as far as it still holds them.
    take(lots, compartment, quantity, preferred);
    return;
  }
  // Cancelling a transfer: the units go back from the compartment it filled, to the same lots.
  const back = take(lots, compartment, quantity, preferred);
  const to: StockCompartment = compartment === 'quarantine' ? 'dispensable' : 'quarantine';
  for (const part of back) put(part.bucket, to, part.quantity);
}

/** Lots with nothing left leave the state; the recall keeps how they were received. */
function letGoOfEmptied(lots: ProductLots, productId: string, recall: LotRecall): void {
  for (const [number, lot] of lots.held) {
    if (lot.dispensable !== 0 || lot.quarantine !== 0) continue;
    lots.held.delete(number);
    recall.retire(productId, { lot: lot.lot, expiry: lot.expiry, firstReceipt: lot.firstReceipt });
  }
}
