import { describe, expect, it } from 'vitest';
import { closureEditions, missingClosureEditions } from '../../../../renderer/features/editions/closure-editions';
import type { ProductMonthBalance } from '../../../../shared/register/events';
import { units } from '../../../fixtures/drafts';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

function row(productId: string, moved: Partial<Pick<ProductMonthBalance, 'entriesByKind' | 'exitsByKind'>> = {}): ProductMonthBalance {
  return {
    productId,
    opening: units(10),
    openingQuarantine: units(0),
    entriesByKind: moved.entriesByKind ?? {},
    exitsByKind: moved.exitsByKind ?? {},
    entries: units(0),
    exits: units(0),
    closing: units(10),
    closingQuarantine: units(0),
  };
}

/** March: P2 received and dispensed, P3 only held stock, P4 only went out (a theft). */
const march = {
  month: '2026-03',
  products: [
    row('P2', { entriesByKind: { receipt: units(28) }, exitsByKind: { dispensation: units(12) } }),
    row('P3'),
    row('P4', { exitsByKind: { theft: units(1) } }),
  ],
};
/** April: nothing moved. */
const april = { month: '2026-04', products: [row('P2'), row('P3'), row('P4')] };

describe('the editions a monthly closure owes', () => {
  it('are the balance of the month, then the register of each product that moved in it', () => {
    expect(closureEditions(march)).toEqual([
      { kind: 'month-balance', month: '2026-03', closureOf: '2026-03' },
      { kind: 'product-register', productId: 'P2', period: MARCH, closureOf: '2026-03' },
      { kind: 'product-register', productId: 'P4', period: MARCH, closureOf: '2026-03' },
    ]);
  });

  it('are the balance alone in a month without movements', () => {
    expect(closureEditions(april)).toEqual([{ kind: 'month-balance', month: '2026-04', closureOf: '2026-04' }]);
  });
});

describe('missing closure editions', () => {
  it('are every edition of every closed month when none is recorded, oldest month first', () => {
    expect(
      missingClosureEditions([april, march], []).map((spec) => [spec.closureOf, spec.kind, spec.kind === 'product-register' ? spec.productId : '']),
    ).toEqual([
      ['2026-03', 'month-balance', ''],
      ['2026-03', 'product-register', 'P2'],
      ['2026-03', 'product-register', 'P4'],
      ['2026-04', 'month-balance', ''],
    ]);
  });

  it('are only those not recorded: a crash after the balance and one product leaves the rest', () => {
    const recorded = [
      { edition: 'month-balance' as const, closureOf: '2026-03' },
      { edition: 'product-register' as const, productId: 'P2', closureOf: '2026-03' },
    ];
    expect(missingClosureEditions([march, april], recorded)).toEqual([
      { kind: 'product-register', productId: 'P4', period: MARCH, closureOf: '2026-03' },
      { kind: 'month-balance', month: '2026-04', closureOf: '2026-04' },
    ]);
  });

  it('are not satisfied by editions printed on demand, nor by another month’s', () => {
    const recorded = [
      { edition: 'month-balance' as const },
      { edition: 'product-register' as const, productId: 'P2' },
      { edition: 'product-register' as const, productId: 'P4', closureOf: '2026-04' },
    ];
    expect(missingClosureEditions([march], recorded)).toHaveLength(3);
  });

  it('are none once everything is recorded', () => {
    const recorded = [...closureEditions(march), ...closureEditions(april)].map((spec) => ({
      edition: spec.kind,
      closureOf: spec.closureOf,
      ...(spec.kind === 'product-register' ? { productId: spec.productId } : {}),
    }));
    expect(missingClosureEditions([march, april], recorded)).toEqual([]);
  });
});
