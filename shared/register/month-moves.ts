// A month not closed yet, kept as sums per product rather than as its movements: the
// closure prints only sums (by kind, entries, exits, closing stock), so the state stays
// the size of the product list whatever the number of dispensations in the month.
import type { MovementEvent, MovementType, ProductMonthBalance } from './events';
import { addMilli, toMilli, type Milli } from './quantity';
import { addDeltas, balanceAfter, EMPTY_STOCK, movementEffect, NO_DELTA, stockDelta, type StockBalance, type StockDelta } from '../stock/movements';

/** One product's movements of one month, summed. */
export interface MonthMoves {
  entriesByKind: Partial<Record<MovementType, Milli>>;
  exitsByKind: Partial<Record<MovementType, Milli>>;
  entries: Milli;
  exits: Milli;
  /** What the month does to the stock (quarantine included). */
  delta: StockDelta;
}

export function noMoves(): MonthMoves {
  return { entriesByKind: {}, exitsByKind: {}, entries: toMilli(0), exits: toMilli(0), delta: NO_DELTA };
}

/** Adds a movement to its product's sums of the month; a move between compartments is neither an entry nor an exit. */
export function addMove(moves: MonthMoves, event: MovementEvent): MonthMoves {
  const { direction, quantity } = movementEffect(event);
  const delta = addDeltas(moves.delta, stockDelta(event));
  // A new sum each time, never one changed in place (a state handed out earlier may hold
  // `moves`); only the side the movement adds to is copied, the other one is shared.
  if (direction === 'entry') {
    return { ...moves, entriesByKind: withAdded(moves.entriesByKind, event.type, quantity), entries: addMilli(moves.entries, quantity), delta };
  }
  if (direction === 'exit') {
    return { ...moves, exitsByKind: withAdded(moves.exitsByKind, event.type, quantity), exits: addMilli(moves.exits, quantity), delta };
  }
  return { ...moves, delta };
}

function withAdded(byKind: MonthMoves['entriesByKind'], type: MovementType, quantity: Milli): MonthMoves['entriesByKind'] {
  const next = { ...byKind };
  next[type] = addMilli(next[type] ?? toMilli(0), quantity);
  return next;
}

/**
 * The month's figures for every product that held stock at its start or moved during it,
 * in order of definition: the same lines as `monthBalances` over the month's movements.
 */
export function closureFigures(carriedIn: ReadonlyMap<string, StockBalance>, month: ReadonlyMap<string, MonthMoves>): ProductMonthBalance[] {
  const ids = new Set<string>();
  for (const [productId, balance] of carriedIn) if (balance.total !== 0 || balance.quarantine !== 0) ids.add(productId);
  for (const productId of month.keys()) ids.add(productId);
  return [...ids]
    .sort((a, b) => productOrder(a) - productOrder(b))
    .map((productId) => {
      const opening = carriedIn.get(productId) ?? EMPTY_STOCK;
      const moves = month.get(productId) ?? noMoves();
      const closing = balanceAfter(opening, moves.delta);
      return {
        productId,
        opening: opening.total,
        openingQuarantine: opening.quarantine,
        entriesByKind: moves.entriesByKind,
        exitsByKind: moves.exitsByKind,
        entries: moves.entries,
        exits: moves.exits,
        closing: closing.total,
        closingQuarantine: closing.quarantine,
      };
    });
}

/** Product ids are `P<seq>`: their definition order. */
function productOrder(productId: string): number {
  return Number(productId.slice(1));
}
