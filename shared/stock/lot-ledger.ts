// What the lot estimate (product-lots.ts) needs besides the register's state. The state
// keeps only the lots that still hold units: a ten-year register receives a hundred
// thousand lots, and its state is read and written with every entry. Two facts of the
// past are asked for instead, each by one key, and answered by whoever reads the journal:
// - what a movement was attributed, lot by lot, so that its correction puts back
//   exactly that (the journal names no lot on an exit: the attribution is the register's);
// - how a lot no longer held was received (its expiry and first receipt), when units come
//   back to it or the same lot number is received again.
// The replay of a journal answers from memory (`LotLedger`); the app answers from its
// database (renderer/db/lot-recall.ts), with a ledger seeded for the events at hand.
import type { Milli } from '../register/quantity';

/** A lot as its receipts define it: what FEFO orders it by. */
export interface LotIdentity {
  lot: string;
  /** Expiry month as printed on the box (YYYY-MM); the earliest of its receipts, the cautious one. */
  expiry: string;
  /** Order number of the first receipt of this lot. */
  firstReceipt: number;
}

/** Units a movement was attributed: of a lot, or (no lot) of the stock that came in without one. */
export interface AllocatedPart {
  lot?: string;
  quantity: Milli;
}

export type Allocation = AllocatedPart[];

export interface LotRecall {
  /** What the movement `seq` was attributed, when it was not the stock without a lot alone. */
  allocationOf(seq: number): Allocation | undefined;
  /** A lot of the product received before, that the state no longer holds. */
  receivedLot(productId: string, lot: string): LotIdentity | undefined;
  /** Notes what a movement was attributed (its correction will ask). */
  remember(seq: number, allocation: Allocation): void;
  /** Notes a lot the state lets go of, emptied. */
  retire(productId: string, lot: LotIdentity): void;
}

/** Nothing known of the past: a correction puts back to the stock without a lot. */
export const NO_RECALL: LotRecall = {
  allocationOf: () => undefined,
  receivedLot: () => undefined,
  remember: () => undefined,
  retire: () => undefined,
};

export function lotKey(productId: string, lot: string): string {
  return `${productId}|${lot}`;
}

/** The recall held in memory: a whole journal's (the replay), or a batch's, seeded from storage. */
export class LotLedger implements LotRecall {
  private readonly allocations = new Map<number, Allocation>();
  private readonly lots = new Map<string, LotIdentity>();
  /** Attributions storage handed in: already kept, not noted again. */
  private readonly recalled = new Set<number>();

  allocationOf(seq: number): Allocation | undefined {
    return this.allocations.get(seq);
  }

  receivedLot(productId: string, lot: string): LotIdentity | undefined {
    return this.lots.get(lotKey(productId, lot));
  }

  remember(seq: number, allocation: Allocation): void {
    this.allocations.set(seq, allocation);
  }

  retire(productId: string, lot: LotIdentity): void {
    this.lots.set(lotKey(productId, lot.lot), lot);
  }

  /** What storage already knew of an earlier movement: not noted again. */
  recall(seq: number, allocation: Allocation): void {
    this.allocations.set(seq, allocation);
    this.recalled.add(seq);
  }

  /** What storage handed in of a lot no longer held. */
  recallLot(productId: string, lot: LotIdentity): void {
    this.retire(productId, lot);
  }

  /** The attributions noted since the ledger was made, in order: what storage keeps. */
  noted(): [number, Allocation][] {
    return [...this.allocations].filter(([seq]) => !this.recalled.has(seq));
  }
}
