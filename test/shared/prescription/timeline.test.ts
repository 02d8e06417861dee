// The periods a patient's dispensations covered, on a timeline (art. R. 5132-33).
import { describe, expect, it } from 'vitest';
import type { PatientDispensation } from '../../../shared/prescription/history';
import { coverageTimeline } from '../../../shared/prescription/timeline';
import type { PrescriptionRecord } from '../../../shared/register/events';
import { toMilli } from '../../../shared/register/quantity';

function dispensed(seq: number, prescription: Partial<PrescriptionRecord>): PatientDispensation {
  return {
    seq,
    operationDate: prescription.date ?? '2024-02-01',
    productId: 'P2',
    quantity: toMilli(7000),
    prescriber: { name: 'Dr Martin', address: 'Lyon' },
    prescription: { date: '2024-02-01', days: 28, quantity: toMilli(28_000), ...prescription },
  };
}

describe('coverageTimeline (art. R. 5132-33)', () => {
  const february2024 = { from: '2024-02-01', to: '2024-02-29' };

  it('places each period from the window’s first day, counting 29 February of a leap year', () => {
    const bars = coverageTimeline([dispensed(4, { date: '2024-02-01', days: 29 })], february2024);
    expect(bars.map(({ offset, length, covered }) => ({ offset, length, covered }))).toEqual([
      { offset: 0, length: 29, covered: { from: '2024-02-01', to: '2024-02-29' } },
    ]);
  });

  it('shows the fraction a dispensation filled, not the whole prescription (art. R. 5132-30)', () => {
    const bars = coverageTimeline([dispensed(5, { fraction: { number: 2, count: 4, days: 7 } })], february2024);
    expect(bars.map(({ offset, length }) => [offset, length])).toEqual([[7, 7]]);
  });

  it('clips a period to the window and leaves out what does not meet it', () => {
    const bars = coverageTimeline(
      [dispensed(3, { date: '2024-01-20' }), dispensed(2, { date: '2023-12-01' }), dispensed(6, { date: '2024-02-20' })],
      february2024,
    );
    expect(bars.map(({ dispensation, offset, length }) => [dispensation.seq, offset, length])).toEqual([
      [3, 0, 16],
      [6, 19, 10],
    ]);
  });
});
