// The lines an inventory counts: every product still in use or still holding stock, the
// dispensable stock first, then the quarantine apart; and what the user typed for each.
import { STOCK_COMPARTMENTS, type InventoryMethod, type StockCompartment } from '../../../shared/register/events';
import { formatQuantity, type Milli } from '../../../shared/register/quantity';
import { lineKey, parseCount } from '../../../shared/register/validate-inventory';
import { EMPTY_STOCK, inCompartment, type StockBalance } from '../../../shared/stock/movements';
import type { ProductSummary } from '../../db/register-store';

export interface InventoryRow {
  key: string;
  product: ProductSummary;
  compartment: StockCompartment;
  expected: Milli;
}

export interface Typed {
  counted: string;
  method: InventoryMethod;
  reason: string;
}

export const BLANK: Typed = { counted: '', method: 'count', reason: '' };

export function inventoryRows(products: readonly ProductSummary[], stock: ReadonlyMap<string, StockBalance>): InventoryRow[] {
  return STOCK_COMPARTMENTS.flatMap((compartment) =>
    products
      .filter((product) => product.active || (stock.get(product.productId)?.total ?? 0) !== 0)
      .map((product) => ({
        key: lineKey(product.productId, compartment),
        product,
        compartment,
        expected: inCompartment(stock.get(product.productId) ?? EMPTY_STOCK, compartment),
      })),
  );
}

/** Counted minus expected, once what was typed reads as a quantity. */
export function typedVariance(row: InventoryRow, typed: Typed): number | null {
  const counted = parseCount(typed.counted);
  return counted.ok ? counted.value - row.expected : null;
}

/** A variance with its sign, as the count table shows it. */
export function signed(difference: number): string {
  return difference > 0 ? `+${formatQuantity(difference as Milli)}` : formatQuantity(difference as Milli);
}
