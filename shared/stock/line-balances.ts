// What one line of a product's register does to its balance, and the balances of lines
// next to each other from the balance after any one of them: the register's running
// balance, read a window at a time (renderer/db/product-register-window.ts).
import type { MovementEvent } from '../register/events';
import { addMilli, subtractMilli, toMilli, type Milli } from '../register/quantity';
import { movementEffect } from './movements';

/** What a line adds to the register's balance: an entry adds, an exit takes, a transfer between compartments neither. */
export function lineChange(event: MovementEvent): Milli {
  const effect = movementEffect(event);
  if (effect.direction === 'entry') return effect.quantity;
  if (effect.direction === 'exit') return subtractMilli(toMilli(0), effect.quantity);
  return toMilli(0);
}

/**
 * The balance after each line (newest first) when the one after line `known` is known:
 * a line's balance is the next older one's plus its change. Exact for any line of the
 * register, since the balance after a validated line never changes.
 */
export function balancesAround(events: readonly MovementEvent[], known: number, balance: Milli): Milli[] {
  const balances: Milli[] = new Array<Milli>(events.length);
  if (known < 0 || known >= events.length) return [];
  balances[known] = balance;
  // Older lines: the newer balance less the newer line's change.
  for (let index = known + 1; index < events.length; index += 1) {
    const newer = events[index - 1];
    balances[index] = subtractMilli(balances[index - 1] ?? balance, newer ? lineChange(newer) : toMilli(0));
  }
  // Newer lines: the older balance plus the line's own change.
  for (let index = known - 1; index >= 0; index -= 1) {
    const line = events[index];
    balances[index] = addMilli(balances[index + 1] ?? balance, line ? lineChange(line) : toMilli(0));
  }
  return balances;
}
