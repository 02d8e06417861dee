// Folds verified events into the stock of each product on a given day. Pure: it sees the
// events one at a time as the journal streams by and keeps only one balance per product.
import { isMovement, type ProductDefinition, type RegisterEvent } from '../../shared/register/events';
import { balanceAfter, EMPTY_STOCK, stockDelta, type StockBalance } from '../../shared/stock/movements';

export interface StockRow {
  productId: string;
  /** Absent when movements name a product the journal never defines. */
  product?: ProductDefinition;
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

export interface StockTally {
  add(event: RegisterEvent): void;
  report(): StockReport;
}

export function createStockTally(at: string): StockTally {
  let registerId: string | undefined;
  let establishmentName: string | undefined;
  // Insertion order is the order of definition: the order of the paper register.
  const rows = new Map<string, { product?: ProductDefinition; balance: StockBalance; visible: boolean }>();

  function rowOf(productId: string) {
    let row = rows.get(productId);
    if (!row) {
      row = { balance: EMPTY_STOCK, visible: false };
      rows.set(productId, row);
    }
    return row;
  }

  return {
    add(event) {
      if (event.type === 'register.opened') {
        registerId = event.registerId;
        establishmentName = event.establishment.name;
      } else if (event.type === 'establishment.changed' && event.operationDate <= at) {
        establishmentName = event.establishment.name;
      } else if (event.type === 'product.defined' || event.type === 'product.changed') {
        // The definition as it stands on the day: a later change of name is not yet known then.
        const row = rowOf(event.productId);
        if (event.type === 'product.defined' || event.operationDate <= at) row.product = event.product;
        if (event.operationDate <= at) row.visible = true;
      } else if (isMovement(event) && event.operationDate <= at) {
        const row = rowOf(event.productId);
        row.balance = balanceAfter(row.balance, stockDelta(event));
        row.visible = true;
      }
    },
    report() {
      const visible = [...rows].filter(([, row]) => row.visible);
      return {
        at,
        ...(registerId === undefined ? {} : { registerId }),
        ...(establishmentName === undefined ? {} : { establishmentName }),
        rows: visible.map(([productId, row]) => ({
          productId,
          ...(row.product === undefined ? {} : { product: row.product }),
          balance: row.balance,
        })),
      };
    },
  };
}
