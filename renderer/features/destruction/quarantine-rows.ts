// What the destruction plan offers: the stock in quarantine of each product, lot by lot,
// less what an open dossier already holds, so the same units are never planned twice.
import { subtractMilli, formatQuantity, toMilli, type Milli } from '../../../shared/register/quantity';
import { itemKey, openDossiers, type DossierFacts } from '../../../shared/register/validate-destruction';
import { EMPTY_STOCK } from '../../../shared/stock/movements';
import type { ProductSummary } from '../../db/register-store';
import type { LotStock } from '../../../shared/stock/lots';

/** What can be chosen: a lot of a product in quarantine, or its stock without a lot. */
export interface QuarantineRow {
  key: string;
  product: ProductSummary;
  lot?: string;
  held: Milli;
  /** Already in a dossier whose PV is not established yet. */
  pending: Milli;
}

/** What the user made of a row: chosen or not, and the quantity typed. */
export interface Choice {
  selected: boolean;
  quantity: string;
}

type Lots = LotStock[];

const ZERO = toMilli(0);
const positiveOrZero = (value: Milli): Milli => (value > 0 ? value : ZERO);

export function quarantineRows(
  products: readonly ProductSummary[],
  stock: ReadonlyMap<string, { quarantine: Milli }>,
  lots: Lots,
  dossiers: readonly DossierFacts[],
): QuarantineRow[] {
  const pending = new Map<string, Milli>();
  for (const dossier of openDossiers(dossiers)) {
    for (const item of dossier.planned.items) pending.set(itemKey(item), toMilli((pending.get(itemKey(item)) ?? 0) + item.quantity));
  }
  return products.flatMap((product) => {
    const quarantine = (stock.get(product.productId) ?? EMPTY_STOCK).quarantine;
    if (quarantine <= 0) return [];
    const ofProduct = lots.filter((lot) => lot.productId === product.productId && lot.quarantine > 0);
    const rows: QuarantineRow[] = ofProduct.map((lot) => ({
      key: itemKey({ productId: product.productId, lot: lot.lot }),
      product,
      lot: lot.lot,
      held: lot.quarantine,
      pending: ZERO,
    }));
    const inLots = ofProduct.reduce((sum, lot) => sum + lot.quarantine, 0);
    const unlotted = positiveOrZero(subtractMilli(quarantine, toMilli(inLots)));
    if (unlotted > 0) rows.unshift({ key: itemKey({ productId: product.productId }), product, held: unlotted, pending: ZERO });
    return rows.map((row) => ({ ...row, pending: pending.get(row.key) ?? ZERO }));
  });
}

/** What is still free to plan in a row. */
export function available(row: QuarantineRow): Milli {
  return positiveOrZero(subtractMilli(row.held, row.pending));
}

/** The row as the user left it, or, untouched, all that is free (chosen at first when the closure asks for everything). */
export function choiceOf(choices: Readonly<Record<string, Choice>>, row: QuarantineRow, preselectAll: boolean): Choice {
  return choices[row.key] ?? { selected: preselectAll && available(row) > 0, quantity: formatQuantity(available(row)) };
}
