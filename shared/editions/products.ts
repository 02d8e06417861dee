// The products of a register as they stand after every definition and change: an
// edition names each product by its current definition, like the establishment.
import type { ProductDefinition, RegisterEvent } from '../register/events';

export interface EditionProduct {
  productId: string;
  definition: ProductDefinition;
  active: boolean;
  /** Order number of its definition: products are listed in the order they were defined. */
  definedAt: number;
}

export function productsOf(events: readonly RegisterEvent[]): Map<string, EditionProduct> {
  const products = new Map<string, EditionProduct>();
  for (const event of events) {
    if (event.type === 'product.defined') {
      products.set(event.productId, { productId: event.productId, definition: event.product, active: true, definedAt: event.seq });
    } else if (event.type === 'product.changed') {
      const known = products.get(event.productId);
      if (known) products.set(event.productId, { ...known, definition: event.product, active: event.active });
    }
  }
  return products;
}

/** "Morphine sulfate LP 10 mg (comprimé)": the designation and the unit every quantity counts. */
export function productLabel(product: EditionProduct | undefined, productId: string): string {
  if (!product) return `Produit ${productId}`;
  return `${product.definition.designation} (${product.definition.unit})`;
}

/** The full identity printed at the top of a product's register. */
export function productIdentity(product: EditionProduct): string {
  const { designation, form, strength, unit, cip13 } = product.definition;
  const parts = [designation, `${form}, ${strength}`, `unité de prise : ${unit}`];
  if (cip13) parts.push(`CIP ${cip13}`);
  if (!product.active) parts.push('désactivé');
  return parts.join(' — ');
}
