// The balances a period starts from, read from the closure of the month before it rather
// than refolded from every operation since the register opened. A closed month is final
// (nothing can be dated in it after its closure, art. R. 5132-36 du code de la santé
// publique: the monthly balance is sealed), so the closing figures its closure sealed are
// the balance carried into the next month. An edition of a period that starts on the first
// day of a month whose previous month is closed needs only the period's own operations.
import { addDays, monthOf } from '../register/dates';
import type { MonthClosed, RegisterEvent } from '../register/events';
import type { StockBalance } from '../stock/movements';
import type { Period } from './period';

/** The month whose closure carries its balances into `period`, if the period starts on the first of a month. */
export function carryingMonth(period: Period): string | null {
  if (!period.from.endsWith('-01')) return null;
  return monthOf(addDays(period.from, -1));
}

/** The register balance and quarantine of every product the closure lists, as it ended the month. */
export function closingBalances(closure: Pick<MonthClosed, 'products'>): Map<string, StockBalance> {
  return new Map(closure.products.map((row) => [row.productId, { total: row.closing, quarantine: row.closingQuarantine }]));
}

/**
 * The balances carried into `period` when the events hold the closure of the month just
 * before it; null otherwise, and the balances are then folded from the earlier operations.
 */
export function carriedInto(events: readonly RegisterEvent[], period: Period): Map<string, StockBalance> | null {
  const month = carryingMonth(period);
  if (month === null) return null;
  const closure = events.find((event): event is Extract<RegisterEvent, MonthClosed> => event.type === 'month.closed' && event.month === month);
  return closure ? closingBalances(closure) : null;
}

/** The last month closed before a period starts, and the balances its closure sealed. */
export interface ClosureBefore {
  month: string;
  balances: Map<string, StockBalance>;
}

/**
 * The closure of the latest month that ends before `period` starts, if any: its balances
 * plus the operations dated after that month and before the period are the balances
 * carried into the period (the month just before when it is closed, carriedInto; an
 * earlier one for a period that starts mid-month or after a month still open). A reader
 * of the journal may then forget every operation dated in or before that month.
 */
export function closureBefore(events: readonly RegisterEvent[], period: Period): ClosureBefore | null {
  const startMonth = monthOf(period.from);
  let latest: Extract<RegisterEvent, MonthClosed> | null = null;
  for (const event of events) {
    if (event.type === 'month.closed' && event.month < startMonth && (latest === null || event.month > latest.month)) latest = event;
  }
  return latest ? { month: latest.month, balances: closingBalances(latest) } : null;
}
