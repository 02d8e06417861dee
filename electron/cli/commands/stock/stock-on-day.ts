// The stock of each product on a given day, operations of that day included, taken from
// the register's one fold (shared/register/evolve.ts) as the journal streams by: the
// state is moved on by every event dated on or before the day, so the figures are the
// application's own. Memory is the state (one balance per product), never the journal.
import type { ProductDefinition, RegisterEvent } from '../../../../shared/register/events';
import { evolve } from '../../../../shared/register/evolve';
import { emptyState } from '../../../../shared/register/register-state';
import { identityAtHead } from '../../../../shared/package/identity';
import type { StockBalance } from '../../../../shared/stock/movements';

export interface StockRow {
  productId: string;
  product: ProductDefinition;
  /** The register balance, and the part of it in quarantine (dispensable is the rest). */
  balance: StockBalance;
}

export interface StockReport {
  /** The day the stock is computed at (YYYY-MM-DD), operations of that day included. */
  at: string;
  registerId?: string;
  establishmentName?: string;
  rows: StockRow[];
}

export interface StockOnDay {
  add(event: RegisterEvent): void;
  report(): StockReport;
}

/**
 * Whether an event belongs to the register as it stood on `at`. A product's first
 * definition always does: a movement may be dated before the day its product was
 * defined, and the name is the one it was given, not a later change of it.
 */
function countsOn(event: RegisterEvent, at: string): boolean {
  return event.type === 'register.opened' || event.type === 'product.defined' || event.operationDate <= at;
}

export function createStockOnDay(at: string): StockOnDay {
  const state = emptyState();
  // The opening and the changes of establishment up to the day: read by the shared identity.
  const identity: RegisterEvent[] = [];
  // A product is listed once it exists on the day: defined or changed by then, or moved.
  const listed = new Set<string>();
  return {
    add(event) {
      if (!countsOn(event, at)) return;
      evolve(state, event);
      if (event.type === 'register.opened' || event.type === 'establishment.changed') identity.push(event);
      if ((event.type === 'product.defined' || event.type === 'product.changed') && event.operationDate <= at) listed.add(event.productId);
    },
    report() {
      const register = identityAtHead(identity);
      // The state keeps products in the order of their definition: the order of the paper register.
      const rows = [...state.products]
        .filter(([productId, product]) => listed.has(productId) || product.state.hasMovements)
        .map(([productId, product]) => ({ productId, product: product.state.definition, balance: product.stock }));
      return {
        at,
        ...(register ? { registerId: register.registerId, establishmentName: register.establishment.name } : {}),
        rows,
      };
    },
  };
}
