// What a monthly closure prints and keeps (R. 5132-36): the month's balance (c) and the
// register (a) of every product that moved during the month. A month closed but whose
// editions are not all recorded (the window closed between the two) is completed at the
// next start-up: this says what is missing, from the closures and the editions recorded.
import { monthPeriod } from '../../../shared/editions/period';
import type { EditionProduced, MonthClosed, ProductMonthBalance } from '../../../shared/register/events';
import type { EditionSpec } from './edition-spec';

export type ClosureEditionSpec = Extract<EditionSpec, { kind: 'month-balance' } | { kind: 'product-register' }> & { closureOf: string };

/**
 * A product moved in the month when any entry or exit of any kind was counted for it, or
 * when units changed compartment (a mise en quarantaine is neither an entry nor an exit).
 */
export function movedDuring(row: ProductMonthBalance): boolean {
  return Object.keys(row.entriesByKind).length > 0 || Object.keys(row.exitsByKind).length > 0 || row.openingQuarantine !== row.closingQuarantine;
}

/** The editions a closure produces: the balance first, then each product that moved, in the closure's order. */
export function closureEditions(closure: Pick<MonthClosed, 'month' | 'products'>): ClosureEditionSpec[] {
  const { month } = closure;
  const period = monthPeriod(month);
  return [
    { kind: 'month-balance', month, closureOf: month },
    ...closure.products
      .filter(movedDuring)
      .map((row): ClosureEditionSpec => ({ kind: 'product-register', productId: row.productId, period, closureOf: month })),
  ];
}

function key(closureOf: string, kind: string, productId: string | undefined): string {
  return `${closureOf}|${kind}|${productId ?? ''}`;
}

/** The closure editions not recorded yet, oldest month first. */
export function missingClosureEditions(
  closures: readonly Pick<MonthClosed, 'month' | 'products'>[],
  recorded: readonly Pick<EditionProduced, 'edition' | 'productId' | 'closureOf'>[],
): ClosureEditionSpec[] {
  const done = new Set(recorded.flatMap((edition) => (edition.closureOf === undefined ? [] : [key(edition.closureOf, edition.edition, edition.productId)])));
  return [...closures]
    .sort((a, b) => a.month.localeCompare(b.month))
    .flatMap(closureEditions)
    .filter((spec) => !done.has(key(spec.closureOf, spec.kind, spec.kind === 'product-register' ? spec.productId : undefined)));
}
