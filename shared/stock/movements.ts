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
    case 'correction':
      // The direction is the opposite of the corrected movement's, which stockDelta
      // cannot see; the register stores it as the sign of what it reverses.
      return event.reverses === 'entry' ? { entries: toMilli(0), exits: event.quantity } : { entries: event.quantity, exits: toMilli(0) };
    default:
      throw missingCaseError(event);
  }
}

export interface RegisterLine {
  event: MovementEvent;
  entry: Milli | null;
  exit: Milli | null;
  balance: Milli;
  /** Order number of the correction that reverses this line, if any. */
  correctedBy: number | null;
}

/** The paper-register view of one product: each movement with the balance after it. */
export function registerLines(events: readonly RegisterEvent[], openingBalance: Milli = toMilli(0)): RegisterLine[] {
  const correctedBy = new Map<number, number>();
  for (const event of events) if (event.type === 'correction') correctedBy.set(event.corrects, event.seq);
  let balance = openingBalance;
  const lines: RegisterLine[] = [];
  for (const event of events) {
    if (!isMovement(event)) continue;
    const { entries, exits } = stockDelta(event);
    balance = subtractMilli(addMilli(balance, entries), exits);
    lines.push({ event, entry: entries > 0 ? entries : null, exit: exits > 0 ? exits : null, balance, correctedBy: correctedBy.get(event.seq) ?? null });
  }
  return lines;
}
