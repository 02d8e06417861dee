// What the product picker offers for what is typed: the active products whose label,
// CIP13 or substance holds every word typed, accents and case aside, alphabetically; the
// product whose label is exactly what is typed comes first, then those whose label has a
// word starting with each word typed ("sken" finds Skenan before Actiskenan: a name is
// typed from its start).
import { searchKey } from '../../shared/catalogue/narcotic-substances';
import type { ProductSummary } from '../db/queries';

export function productLabel(product: Pick<ProductSummary, 'designation' | 'form' | 'strength'>): string {
  return `${product.designation} — ${product.form} ${product.strength}`;
}

export function searchProducts(products: readonly ProductSummary[], typed: string): ProductSummary[] {
  const words = searchKey(typed).split(/\s+/).filter(Boolean);
  const exact = searchKey(typed.trim());
  return products
    .filter((product) => product.active)
    .filter((product) => {
      const text = searchKey([productLabel(product), product.cip13 ?? '', product.substance?.name ?? ''].join(' '));
      return words.every((word) => text.includes(word));
    })
    .sort(
      (a, b) =>
        Number(searchKey(productLabel(b)) === exact) - Number(searchKey(productLabel(a)) === exact) ||
        Number(wordStarts(b, words)) - Number(wordStarts(a, words)) ||
        productLabel(a).localeCompare(productLabel(b), 'fr', { sensitivity: 'base' }),
    );
}

/** Whether each word typed starts a word of the product's label. */
function wordStarts(product: ProductSummary, typed: readonly string[]): boolean {
  const words = searchKey(productLabel(product)).split(/[\s—-]+/);
  return typed.every((word) => words.some((candidate) => candidate.startsWith(word)));
}
