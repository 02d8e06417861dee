import { describe, expect, it } from 'vitest';
import { AllocationColumns, MovementFactColumns } from '../../../shared/register/movement-columns';
import type { MovementFacts } from '../../../shared/register/register-state';
import type { Allocation } from '../../../shared/stock/lot-ledger';
import type { Milli } from '../../../shared/register/quantity';

const milli = (value: number) => value as Milli;

describe('MovementFactColumns', () => {
  it('gives back each movement’s facts with the same members and values, and nothing for one never kept', () => {
    const kept: MovementFacts[] = [
      { seq: 7, type: 'receipt', productId: 'P2', quantity: milli(28_000), operationDate: '2026-01-15' },
      { seq: 8, type: 'dispensation', productId: 'P2', quantity: milli(1_000), operationDate: '2026-01-16', compartment: 'dispensable' },
      {
        seq: 10,
        type: 'correction',
        productId: 'P3',
        quantity: milli(-1_000),
        operationDate: '2026-01-17',
        corrects: 8,
        reverses: 'exit',
        compartment: 'dispensable',
      },
      { seq: 9000, type: 'quarantine.moved', productId: 'P2', quantity: milli(3_000), operationDate: '2026-02-01', direction: 'toQuarantine', dossier: 'D-1' },
    ];
    const columns = new MovementFactColumns();
    for (const facts of kept) columns.keep(facts);
    for (const facts of kept) expect(columns.get(facts.seq)).toStrictEqual(facts);
    expect(columns.get(9)).toBeUndefined();
    expect(columns.get(6)).toBeUndefined();
    expect(columns.get(1_000_000)).toBeUndefined();
  });

  it('keeps whole what does not fit its columns: an order number before the first, a quantity that is not a number', () => {
    const columns = new MovementFactColumns();
    const late = { seq: 50, type: 'receipt', productId: 'P2', quantity: milli(1), operationDate: '2026-01-15' } as MovementFacts;
    const early = { ...late, seq: 3 };
    const odd = { ...late, seq: 51, quantity: '12' as unknown as Milli };
    for (const facts of [late, early, odd]) columns.keep(facts);
    expect(columns.get(3)).toStrictEqual(early);
    expect(columns.get(51)).toStrictEqual(odd);
    expect(columns.get(50)).toStrictEqual(late);
  });
});

describe('AllocationColumns', () => {
  it('gives back each attribution as it was noted, the last noted for an order number', () => {
    const columns = new AllocationColumns();
    const noted: [number, Allocation][] = [
      [2, [{ lot: 'L1', quantity: milli(1_000) }]],
      [
        3,
        [
          { lot: 'L1', quantity: milli(500) },
          { lot: 'L2', quantity: milli(500) },
        ],
      ],
      [4, [{ quantity: milli(700) }]],
      [5, [{ lot: 'L2', quantity: milli(200) }]],
    ];
    for (const [seq, allocation] of noted) columns.remember(seq, allocation);
    for (const [seq, allocation] of noted) expect(columns.allocationOf(seq)).toStrictEqual(allocation);
    expect(columns.allocationOf(6)).toBeUndefined();
    expect(columns.allocationOf(1)).toBeUndefined();
    columns.remember(5, [{ lot: 'L1', quantity: milli(100) }, { quantity: milli(100) }]);
    expect(columns.allocationOf(5)).toStrictEqual([{ lot: 'L1', quantity: milli(100) }, { quantity: milli(100) }]);
    columns.remember(3, [{ lot: 'L3', quantity: milli(9) }]);
    expect(columns.allocationOf(3)).toStrictEqual([{ lot: 'L3', quantity: milli(9) }]);
  });

  it('grows past its first room without losing what it kept', () => {
    const columns = new AllocationColumns();
    for (let seq = 1; seq <= 20_000; seq += 1) columns.remember(seq, [{ lot: `L${seq % 7}`, quantity: milli(seq) }]);
    expect(columns.allocationOf(1)).toStrictEqual([{ lot: 'L1', quantity: milli(1) }]);
    expect(columns.allocationOf(19_999)).toStrictEqual([{ lot: 'L0', quantity: milli(19_999) }]);
  });
});
