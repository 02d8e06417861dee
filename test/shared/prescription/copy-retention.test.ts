import { describe, expect, it } from 'vitest';
import { copyKeptUntil } from '../../../shared/prescription/copy-retention';

describe('copyKeptUntil: the prescription copy is kept three years (art. R. 5132-35)', () => {
  it.each([
    ['2026-12-05', '2029-12-05'],
    ['2026-01-31', '2029-01-31'],
    ['2027-02-28', '2030-02-28'],
    // Three years after a 29 February there is none: the month's last day.
    ['2028-02-29', '2031-02-28'],
    // A 29 February three years on exists when that year is a leap year.
    ['2029-02-28', '2032-02-28'],
  ])('a copy of a prescription dispensed on %s is kept until %s', (day, until) => {
    expect(copyKeptUntil(day)).toBe(until);
  });
});
