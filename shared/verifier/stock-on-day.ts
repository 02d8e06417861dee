// The stock of each product at the end of a chosen day, operations of that day included,
// from the per-day movements the verifier gathered: the same figures as the command
// line's `stock --at` and, on the last day, as the register's own fold.
import type { ProductDefinition } from '../register/events';
import { balanceAfter, EMPTY_STOCK, type StockBalance } from '../stock/movements';
import type { RegisterFacts } from './register-facts';

export interface StockOnDayRow {
  productId: string;
  /** The definition in force on the day (a later change of name is not yet known then). */
  definition: ProductDefinition;
  balance: StockBalance;
}

/** Products defined on or before the day, in the order of their definition. */
export function stockOnDay(facts: Pick<RegisterFacts, 'products' | 'days'>, day: string): StockOnDayRow[] {
  const balances = new Map<string, StockBalance>();
  for (const [movedOn, byProduct] of facts.days) {
    if (movedOn > day) continue;
    for (const [productId, delta] of byProduct) balances.set(productId, balanceAfter(balances.get(productId) ?? EMPTY_STOCK, delta));
  }
  return facts.products
    .filter((product) => product.definedOn <= day || balances.has(product.productId))
    .map((product) => {
      const inForce = product.definitions.filter((entry) => entry.from <= day).at(-1) ?? product.definitions[0]!;
      const definition = inForce.definition;
      return { productId: product.productId, definition, balance: balances.get(product.productId) ?? EMPTY_STOCK };
    });
}
