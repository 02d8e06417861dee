// The balances of a window of one product's register that need no reading: the balance
// after a validated line never changes (every line recorded later is newer), so a line
// seen in an earlier window keeps its balance, and lines next to it follow from it.
import type { Milli } from '../../../shared/register/quantity';
import { balancesAround } from '../../../shared/stock/line-balances';
import type { ProductRegisterWindow } from '../../db/register-store';

export interface Balanced {
  /** The register and product the balances are of. */
  of: string;
  /** The balance after each line of the last window summed, by order number. */
  bySeq: ReadonlyMap<number, Milli>;
}

/**
 * The window's balances, taken from lines whose balance is known; null when they cannot be.
 * Lines next to each other (no filter) follow from any one of them; a filter hides lines
 * between those shown, so each line's own balance must be known.
 */
export function knownBalances(window: ProductRegisterWindow, balanced: Balanced | null, productId: string, adjacent: boolean): Milli[] | null {
  if (!balanced || balanced.of !== `${window.register}|${productId}`) return null;
  if (!adjacent) {
    const each = window.events.map((event) => balanced.bySeq.get(event.seq));
    return each.every((balance) => balance !== undefined) ? (each as Milli[]) : null;
  }
  const known = window.events.findIndex((event) => balanced.bySeq.has(event.seq));
  const balance = known < 0 ? undefined : balanced.bySeq.get(window.events[known]?.seq ?? -1);
  return balance === undefined ? null : balancesAround(window.events, known, balance);
}

/** The balances of a window, kept by order number, to be taken by the windows that share its lines. */
export function keep(window: ProductRegisterWindow, productId: string, balances: readonly Milli[]): Balanced {
  return { of: `${window.register}|${productId}`, bySeq: new Map(window.events.map((event, index) => [event.seq, balances[index] ?? (0 as Milli)])) };
}
