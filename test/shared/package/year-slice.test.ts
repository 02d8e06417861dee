import { describe, expect, it } from 'vitest';
import { yearSlice, yearsOf } from '../../../shared/package/year-slice';
import type { RegisterEvent } from '../../../shared/register/events';

const event = (seq: number, operationDate: string) => ({ seq, operationDate, hash: `h${seq}` }) as unknown as RegisterEvent;

describe('yearSlice', () => {
  // n° 4 is dated early 2026 but recorded before n° 5, back-dated to the end of 2025.
  const events = [
    event(1, '2025-03-01'),
    event(2, '2025-06-01'),
    event(3, '2025-12-30'),
    event(4, '2026-01-02'),
    event(5, '2025-12-31'),
    event(6, '2026-01-05'),
    event(7, '2027-02-01'),
  ];

  it('cuts consecutive order numbers, each event in exactly one year', () => {
    const slices = [2025, 2026, 2027].map((year) => yearSlice(events, year));
    expect(slices.map((slice) => slice?.events.map((one) => one.seq))).toEqual([[1, 2, 3, 4, 5], [6], [7]]);
    expect(slices.map((slice) => slice?.after)).toEqual([null, { seq: 5, hash: 'h5' }, { seq: 6, hash: 'h6' }]);
  });

  it('has nothing for a year without events', () => {
    expect(yearSlice(events, 2024)).toBeNull();
    expect(yearSlice(events, 2028)).toBeNull();
    expect(yearsOf(events)).toEqual([2025, 2026, 2027]);
  });
});
