// What is left of each lot, and which lots are expired or about to be. The estimate
// itself (FEFO, and how each movement is attributed) is kept in the register's state
// and moved on by each event (product-lots.ts); this reads it for the screens.
import { lastDayOf, monthOf } from '../register/dates';
import type { Milli } from '../register/quantity';
import type { ProductLots } from './product-lots';

export interface LotStock {
  productId: string;
  lot: string;
  /** Expiry month as printed on the box (YYYY-MM): usable to its last day. */
  expiry: string;
  /** Order number of the first receipt of this lot. */
  firstReceipt: number;
  /** Still in the dispensable stock, by FEFO estimate. */
  dispensable: Milli;
  /** Set aside in quarantine, awaiting destruction. */
  quarantine: Milli;
}

/** The lots still holding units, of every product, in order of first receipt. */
export function heldLots(products: ReadonlyMap<string, { lots: ProductLots }>): LotStock[] {
  const lots: LotStock[] = [];
  for (const [productId, product] of products) {
    for (const { lot, expiry, firstReceipt, dispensable, quarantine } of product.lots.held.values())
      lots.push({ productId, lot, expiry, firstReceipt, dispensable, quarantine });
  }
  return lots.sort((a, b) => a.firstReceipt - b.firstReceipt);
}

/** Days added to a calendar day: 2026-12-20 + 60 → 2027-02-18. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** How far a lot is from its expiry: expired (its month has ended), or ending within the window. */
export type ExpiryStatus = 'expired' | 'thisMonth' | 'soon';

export interface ExpiringLot extends LotStock {
  status: ExpiryStatus;
  /** The last day the lot may be dispensed: the last day of its expiry month. */
  usableUntil: string;
}

/** The window the Stock tab watches: lots whose last usable day falls within 60 days. */
export const EXPIRY_WINDOW_DAYS = 60;

/**
 * Lots still in the dispensable stock that are expired, or whose last usable day (the
 * last day of the month on the box) is at most `windowDays` after `today`; soonest first.
 */
export function expiringLots(lots: readonly LotStock[], today: string, windowDays = EXPIRY_WINDOW_DAYS): ExpiringLot[] {
  const limit = addDays(today, windowDays);
  const month = monthOf(today);
  return lots
    .filter((lot) => lot.dispensable > 0 && lastDayOf(lot.expiry) <= limit)
    .map((lot): ExpiringLot => ({
      ...lot,
      usableUntil: lastDayOf(lot.expiry),
      status: lot.expiry < month ? 'expired' : lot.expiry === month ? 'thisMonth' : 'soon',
    }))
    .sort((a, b) => a.expiry.localeCompare(b.expiry) || a.firstReceipt - b.firstReceipt);
}
