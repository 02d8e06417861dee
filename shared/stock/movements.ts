// How each movement changes the stock, and the running balance of a product's register.
import { isMovement, type MovementEvent, type RegisterEvent } from '../register/events';
import { addMilli, subtractMilli, toMilli, type Milli } from '../register/quantity';
import { missingCaseError } from '../result';

export interface StockDelta {
  entries: Milli;
  exits: Milli;
}

export function stockDelta(event: MovementEvent): StockDelta {
  switch (event.type) {
    case 'receipt':
      return { entries: event.quantity, exits: toMilli(0) };
    case 'dispensation':
      return { entries: toMilli(0), exits: event.quantity };
    default:
      throw missingCaseError(event);
  }
}

export interface RegisterLine {
  event: MovementEvent;
  entry: Milli | null;
  exit: Milli | null;
  balance: Milli;
}

/** The paper-register view of one product: each movement with the balance after it. */
export function registerLines(events: readonly RegisterEvent[], openingBalance: Milli = toMilli(0)): RegisterLine[] {
  let balance = openingBalance;
  const lines: RegisterLine[] = [];
  for (const event of events) {
    if (!isMovement(event)) continue;
    const { entries, exits } = stockDelta(event);
    balance = subtractMilli(addMilli(balance, entries), exits);
    lines.push({ event, entry: entries > 0 ? entries : null, exit: exits > 0 ? exits : null, balance });
  }
  return lines;
}
