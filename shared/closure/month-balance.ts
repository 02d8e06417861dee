// The monthly balance: for each product, what it held when the month began, what came
// in and went out by kind, and what it held at the end. Pure: the storage adapter hands
// in the balances carried over and the month's movements.
import type { MovementEvent, ProductMonthBalance } from '../register/events';
import { addMilli, toMilli } from '../register/quantity';
import { balanceAfter, EMPTY_STOCK, movementEffect, stockDelta, type StockBalance } from '../stock/movements';

/** 2026-11 → 2026-12, 2026-12 → 2027-01. */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * Every month that must be closed before `currentMonth`, in order: from the month after
 * the last closed one (or the month the register opened), up to the month just ended.
 */
export function monthsToClose(closedThrough: string | undefined, openedMonth: string, currentMonth: string): string[] {
  const months: string[] = [];
  for (let month = closedThrough === undefined ? openedMonth : nextMonth(closedThrough); month < currentMonth; month = nextMonth(month)) {
    months.push(month);
  }
  return months;
}

/** The month's figures for every product that held stock at its start or moved during it. */
export function monthBalances(carriedIn: ReadonlyMap<string, StockBalance>, movements: readonly MovementEvent[]): ProductMonthBalance[] {
  const byProduct = new Map<string, ProductMonthBalance>();
  const start = (productId: string): ProductMonthBalance => {
    const opening = carriedIn.get(productId) ?? EMPTY_STOCK;
    return {
      productId,
      opening: opening.total,
      openingQuarantine: opening.quarantine,
      entriesByKind: {},
      exitsByKind: {},
      entries: toMilli(0),
      exits: toMilli(0),
      closing: opening.total,
      closingQuarantine: opening.quarantine,
    };
  };
  for (const [productId, balance] of carriedIn) if (balance.total !== 0 || balance.quarantine !== 0) byProduct.set(productId, start(productId));
  for (const event of movements) {
    const line = byProduct.get(event.productId) ?? start(event.productId);
    const { direction, quantity } = movementEffect(event);
    // A move between compartments is neither an entry nor an exit: only the quarantine part of the closing stock shows it.
    if (direction !== 'transfer') {
      const byKind = direction === 'entry' ? line.entriesByKind : line.exitsByKind;
      byKind[event.type] = addMilli(byKind[event.type] ?? toMilli(0), quantity);
    }
    const closing = balanceAfter({ total: line.closing, quarantine: line.closingQuarantine }, stockDelta(event));
    byProduct.set(event.productId, {
      ...line,
      entries: direction === 'entry' ? addMilli(line.entries, quantity) : line.entries,
      exits: direction === 'exit' ? addMilli(line.exits, quantity) : line.exits,
      closing: closing.total,
      closingQuarantine: closing.quarantine,
    });
  }
  return [...byProduct.values()].sort((a, b) => productOrder(a.productId) - productOrder(b.productId));
}

/** Product ids are `P<seq>`: their definition order. */
function productOrder(productId: string): number {
  return Number(productId.slice(1));
}
