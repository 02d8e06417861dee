import { describe, expect, it } from 'vitest';
import type { InventoryTaken, MovementEvent, RegisterEvent } from '../../../shared/register/events';
import { toMilli } from '../../../shared/register/quantity';
import { inventoryVariances, stockCurve } from '../../../shared/stock/stock-curve';

let seq = 100;
/** A recorded movement of product P1 on `day`; quantities in units. */
function movement(day: string, body: Record<string, unknown>): MovementEvent {
  seq += 1;
  return { seq, operationDate: day, productId: 'P1', ...body, quantity: toMilli(Number(body.quantity) * 1000) } as unknown as MovementEvent;
}
const receipt = (day: string, quantity: number) => movement(day, { type: 'receipt', quantity });
const dispensation = (day: string, quantity: number) => movement(day, { type: 'dispensation', quantity });
const units = (milli: number) => milli / 1000;

describe('stockCurve — the balance of one product over a period', () => {
  it('works back to the start from today’s balance and the movements dated since', () => {
    // 100 before the period; +28 on the 3rd, -10 and -4 on the 5th, -14 after the period.
    const events = [dispensation('2026-11-05', 10), receipt('2026-11-03', 28), dispensation('2026-11-05', 4), dispensation('2026-11-20', 14)];
    const curve = stockCurve(toMilli(100_000), events, [], '2026-11-01', '2026-11-10');
    expect(units(curve.start)).toBe(100);
    expect(curve.points.map((point) => [point.day, units(point.balance), units(point.entered), units(point.left)])).toEqual([
      ['2026-11-03', 128, 28, 0],
      ['2026-11-05', 114, 0, 14],
    ]);
  });

  it('leaves the balance alone for a move to quarantine, and counts an inventory variance', () => {
    const events = [
      movement('2026-11-02', { type: 'quarantine.moved', quantity: 3, reason: 'expired' }),
      movement('2026-11-04', { type: 'inventory.adjustment', quantity: 2, compartment: 'dispensable', direction: 'exit', inventory: 90, reason: 'casse' }),
    ];
    const curve = stockCurve(toMilli(48_000), events, ['2026-11-04', '2026-11-07', '2026-12-01'], '2026-11-01', '2026-11-30');
    expect(units(curve.start)).toBe(50);
    expect(curve.points.map((point) => [point.day, units(point.balance), point.inventory])).toEqual([
      ['2026-11-02', 50, false],
      ['2026-11-04', 48, true],
      // An inventory on a day nothing moved: marked at the balance of that day.
      ['2026-11-07', 48, true],
    ]);
  });

  it('orders the movements of one day by their order number', () => {
    const events = [dispensation('2026-11-03', 5), receipt('2026-11-03', 5)];
    const curve = stockCurve(toMilli(0), events, [], '2026-11-01', '2026-11-30');
    expect(units(curve.start)).toBe(0);
    expect(curve.points).toHaveLength(1);
    expect(units(curve.points[0]?.balance ?? NaN)).toBe(0);
  });
});

describe('inventoryVariances — what each inventory found against the register', () => {
  it('gives each inventory that counted the product its variance, compartments together, oldest first', () => {
    const inventory = (at: number, day: string, lines: { productId: string; compartment: string; expected: number; counted: number }[]) =>
      ({
        seq: at,
        operationDate: day,
        type: 'inventory.taken',
        countedBy: 'Hélène Durand',
        lines: lines.map((line) => ({ ...line, expected: toMilli(line.expected * 1000), counted: toMilli(line.counted * 1000), method: 'count' })),
      }) as unknown as RegisterEvent & InventoryTaken;
    const found = inventoryVariances(
      [
        inventory(300, '2026-06-30', [
          { productId: 'P1', compartment: 'dispensable', expected: 40, counted: 38 },
          { productId: 'P1', compartment: 'quarantine', expected: 3, counted: 3 },
        ]),
        inventory(120, '2025-06-30', [{ productId: 'P1', compartment: 'dispensable', expected: 12, counted: 12 }]),
        inventory(200, '2025-12-31', [{ productId: 'P2', compartment: 'dispensable', expected: 5, counted: 6 }]),
      ],
      'P1',
    );
    expect(found.map((one) => [one.seq, one.day, units(one.expected), units(one.counted), units(one.variance)])).toEqual([
      [120, '2025-06-30', 12, 12, 0],
      [300, '2026-06-30', 43, 41, -2],
    ]);
  });
});
