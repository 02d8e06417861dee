// Folds verified events into the stock of each product on a given day. Pure: it sees the
// events one at a time as the journal streams by and keeps only one total per product.
import { isMovement, type ProductDefinition, type RegisterEvent } from '../../shared/register/events';
import { addMilli, subtractMilli, toMilli, type Milli } from '../../shared/register/quantity';
import { stockDelta } from '../../shared/stock/movements';

export interface StockRow {
  productId: string;
  /** Absent when movements name a product the journal never defines. */
  product?: ProductDefinition;
  quantity: Milli;
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
  const rows = new Map<string, { product?: ProductDefinition; quantity: Milli; visible: boolean }>();

  function rowOf(productId: string) {
    let row = rows.get(productId);
    if (!row) {
      row = { quantity: toMilli(0), visible: false };
      rows.set(productId, row);
    }
    return row;
  }

  return {
    add(event) {
      if (event.type === 'register.opened') {
        registerId = event.registerId;
        establishmentName = event.establishment.name;
      } else if (event.type === 'product.defined') {
        const row = rowOf(event.productId);
        row.product = event.product;
        if (event.operationDate <= at) row.visible = true;
      } else if (isMovement(event) && event.operationDate <= at) {
        const row = rowOf(event.productId);
        const { entries, exits } = stockDelta(event);
        row.quantity = subtractMilli(addMilli(row.quantity, entries), exits);
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
          quantity: row.quantity,
        })),
      };
    },
  };
}
