// One pass over the journal for a period: each product's balance carried in from the
// figures sealed by the last closure before the period and the operations dated after
// that closed month and before the period (carried.ts; every operation before the period
// when no month is closed before it), every movement of the period in register order with
// the balance after it, and the period's totals by kind of movement. Editions (a), (b)
// and (c) are views of this.
import { isMovement, type Correction, type MovementEvent, type MovementType, type RegisterEvent } from '../register/events';
import { addMilli, toMilli, type Milli } from '../register/quantity';
import { balanceAfter, EMPTY_STOCK, movementEffect, stockDelta, type MovementEffect, type StockBalance } from '../stock/movements';
import { closureBefore } from './carried';
import { monthOf } from '../register/dates';
import { checkedPeriod, isBefore, isWithin, type Period } from './period';

type CorrectionEvent = Extract<MovementEvent, Correction>;

export interface LedgerLine {
  event: MovementEvent;
  effect: MovementEffect;
  /** The product's register balance (and quarantine) after this line. */
  balance: StockBalance;
  /** The correction that reverses this movement, wherever it stands in the journal. */
  correctedBy: CorrectionEvent | null;
  /** For a correction: the movement it reverses. */
  reversed: MovementEvent | null;
}

export type QuantitiesByKind = Partial<Record<MovementType, Milli>>;

export interface ProductLedger {
  productId: string;
  /** Carried in: the closure of the month before the period, or every operation dated before it. */
  opening: StockBalance;
  lines: LedgerLine[];
  entries: Milli;
  exits: Milli;
  /** Totals of the period per kind; a correction counts where it acts (an entry when it reverses an exit). */
  entriesByKind: QuantitiesByKind;
  exitsByKind: QuantitiesByKind;
  closing: StockBalance;
}

export interface Ledger {
  period: Period;
  /** Every product that had stock before the period or moved during it, in order of definition. */
  products: ProductLedger[];
  /** The movements of the period, all products, in register order. */
  lines: LedgerLine[];
}

function emptyLedger(productId: string): ProductLedger {
  return { productId, opening: EMPTY_STOCK, lines: [], entries: toMilli(0), exits: toMilli(0), entriesByKind: {}, exitsByKind: {}, closing: EMPTY_STOCK };
}

function addTo(totals: QuantitiesByKind, kind: MovementType, quantity: Milli): void {
  totals[kind] = addMilli(totals[kind] ?? toMilli(0), quantity);
}

/** Events in register order, whatever order the caller kept them in. */
export function inRegisterOrder(events: readonly RegisterEvent[]): readonly RegisterEvent[] {
  for (let index = 1; index < events.length; index += 1) {
    if ((events[index - 1] as RegisterEvent).seq > (events[index] as RegisterEvent).seq) return [...events].sort((a, b) => a.seq - b.seq);
  }
  return events;
}

/**
 * The ledger of a period. When the events hold the closure of a month before it, the
 * opening balances are the latest such closure's closing figures, moved by the operations
 * dated after that month and before the period; the operations dated in or before that
 * month only serve to name what a correction reverses: the caller may then hand in the
 * closure, the operations after its month and what the period's corrections reverse.
 */
export function buildLedger(events: readonly RegisterEvent[], period: Period, onlyProduct?: string): Ledger {
  checkedPeriod(period);
  const ordered = inRegisterOrder(events);
  const carried = closureBefore(ordered, period);
  const movements = new Map<number, MovementEvent>();
  const corrections = new Map<number, CorrectionEvent>();
  const definitionOrder = new Map<string, number>();
  for (const event of ordered) {
    if (event.type === 'product.defined') definitionOrder.set(event.productId, event.seq);
    if (!isMovement(event)) continue;
    movements.set(event.seq, event);
    if (event.type === 'correction') corrections.set(event.corrects, event);
  }

  const products = new Map<string, ProductLedger>();
  const lines: LedgerLine[] = [];
  const ledgerOf = (productId: string) => {
    let ledger = products.get(productId);
    if (!ledger) products.set(productId, (ledger = emptyLedger(productId)));
    return ledger;
  };
  if (carried) {
    for (const [productId, balance] of carried.balances) if (onlyProduct === undefined || productId === onlyProduct) ledgerOf(productId).opening = balance;
  }
  for (const event of movements.values()) {
    if (onlyProduct !== undefined && event.productId !== onlyProduct) continue;
    const before = isBefore(event.operationDate, period);
    if (!before && !isWithin(event.operationDate, period)) continue;
    // Already counted in the balances the closure carried in.
    if (before && carried && monthOf(event.operationDate) <= carried.month) continue;
    const ledger = ledgerOf(event.productId);
    const delta = stockDelta(event);
    if (before) {
      ledger.opening = balanceAfter(ledger.opening, delta);
      continue;
    }
    const effect = movementEffect(event);
    // The closing balance starts from the opening one, so it is only known once the
    // opening is complete: the running balance is finished in a second pass below.
    const line: LedgerLine = {
      event,
      effect,
      balance: EMPTY_STOCK,
      correctedBy: corrections.get(event.seq) ?? null,
      reversed: event.type === 'correction' ? (movements.get(event.corrects) ?? null) : null,
    };
    ledger.lines.push(line);
    lines.push(line);
    if (effect.direction === 'entry') {
      ledger.entries = addMilli(ledger.entries, effect.quantity);
      addTo(ledger.entriesByKind, event.type, effect.quantity);
    } else if (effect.direction === 'exit') {
      ledger.exits = addMilli(ledger.exits, effect.quantity);
      addTo(ledger.exitsByKind, event.type, effect.quantity);
    }
    // A transfer (mise en quarantaine) is neither: the balance stays, its quarantine part changes.
  }
  for (const ledger of products.values()) {
    let balance = ledger.opening;
    for (const line of ledger.lines) {
      balance = balanceAfter(balance, stockDelta(line.event));
      line.balance = balance;
    }
    ledger.closing = balance;
  }
  const kept = [...products.values()].filter((ledger) => ledger.lines.length > 0 || ledger.opening.total !== 0 || ledger.opening.quarantine !== 0);
  kept.sort(
    (a, b) => (definitionOrder.get(a.productId) ?? Infinity) - (definitionOrder.get(b.productId) ?? Infinity) || a.productId.localeCompare(b.productId),
  );
  return { period, products: kept, lines };
}

/** One product's ledger, empty (nothing carried in, nothing moved) when it has none. */
export function productLedger(events: readonly RegisterEvent[], productId: string, period: Period): ProductLedger {
  return buildLedger(events, period, productId).products[0] ?? emptyLedger(productId);
}
