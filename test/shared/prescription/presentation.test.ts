// The presentation window of art. R. 5132-33 du code de la santé publique, day by day.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../shared/register/dates';
import { coveredSegment, prescriptionPeriod } from '../../../shared/prescription/period';
import { presentation, surgeryWindow } from '../../../shared/prescription/presentation';

const feb1 = { date: '2026-02-01', days: 28 };

describe('the day arithmetic the rules count with', () => {
  it('crosses month ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
    expect(daysBetween('2026-12-31', '2026-12-30')).toBe(-1);
  });
});

describe('art. R. 5132-30 — the period a prescription covers', () => {
  it('runs from its date for the prescribed days, both ends counted', () => {
    expect(prescriptionPeriod(feb1)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('counts 29 February in a leap year (art. R. 5132-30)', () => {
    expect(prescriptionPeriod({ date: '2024-02-01', days: 28 })).toEqual({ from: '2024-02-01', to: '2024-02-28' });
    expect(prescriptionPeriod({ date: '2024-02-15', days: 28 })).toEqual({ from: '2024-02-15', to: '2024-03-13' });
    expect(prescriptionPeriod({ date: '2026-02-15', days: 28 })).toEqual({ from: '2026-02-15', to: '2026-03-14' });
  });

  it('splits into consecutive fractions from the prescription date, the last stopping with the period (art. R. 5132-30)', () => {
    const fraction = (number: number) => coveredSegment({ date: '2026-02-01', days: 14, fraction: { number, count: 2, days: 7 } });
    expect(fraction(1)).toEqual({ from: '2026-02-01', to: '2026-02-07' });
    expect(fraction(2)).toEqual({ from: '2026-02-08', to: '2026-02-14' });
    expect(coveredSegment({ date: '2026-02-01', days: 10, fraction: { number: 2, count: 2, days: 7 } })).toEqual({ from: '2026-02-08', to: '2026-02-10' });
  });
});

describe('art. R. 5132-33 — presented within three days of its date, day 0 not counted', () => {
  it.each(['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04'])('is filled in full on %s (art. R. 5132-33)', (day) => {
    const shown = presentation(feb1, day);
    expect(shown).toMatchObject({ late: false, removedDays: 0, coveredDays: 28, deadline: '2026-02-04', basis: 'prescription' });
  });

  it('removes 4 days of treatment on 5 February, the 4th day after (art. R. 5132-33)', () => {
    expect(presentation(feb1, '2026-02-05')).toMatchObject({ late: true, removedDays: 4, coveredDays: 24 });
  });

  it('removes 5 days on 6 February (art. R. 5132-33)', () => {
    expect(presentation(feb1, '2026-02-06')).toMatchObject({ late: true, removedDays: 5, coveredDays: 23 });
  });

  it('leaves nothing once the period is over (art. R. 5132-33)', () => {
    expect(presentation(feb1, '2026-03-01')).toMatchObject({ late: true, removedDays: 28, coveredDays: 0 });
    expect(presentation(feb1, '2026-04-01')).toMatchObject({ coveredDays: 0 });
  });

  it('counts across 29 February in a leap year: dated 27 February 2024, full until 1 March (art. R. 5132-33)', () => {
    const leap = { date: '2024-02-27', days: 7 };
    expect(presentation(leap, '2024-03-01')).toMatchObject({ late: false, deadline: '2024-03-01' });
    expect(presentation(leap, '2024-03-02')).toMatchObject({ late: true, removedDays: 4, coveredDays: 3 });
  });

  it('counts a common year’s February: dated 27 February 2026, full until 2 March (art. R. 5132-33)', () => {
    expect(presentation({ date: '2026-02-27', days: 7 }, '2026-03-02')).toMatchObject({ late: false, deadline: '2026-03-02' });
  });
});

describe('art. R. 5132-33 — later fractions, within three days of the end of the previous one', () => {
  const second = { date: '2026-02-01', days: 28, fraction: { number: 2, count: 4, days: 7 } };

  it('fills the first fraction in full within three days of the prescription date (art. R. 5132-33)', () => {
    const first = { ...second, fraction: { number: 1, count: 4, days: 7 } };
    expect(presentation(first, '2026-02-04')).toMatchObject({ late: false, coveredDays: 7 });
    expect(presentation(first, '2026-02-05')).toMatchObject({ late: true, removedDays: 4, coveredDays: 3 });
  });

  it('fills the second fraction in full up to the 3rd day after the first ends on 7 February (art. R. 5132-33)', () => {
    expect(presentation(second, '2026-02-07')).toMatchObject({ late: false, coveredDays: 7, basis: 'fraction', deadline: '2026-02-10' });
    expect(presentation(second, '2026-02-10')).toMatchObject({ late: false, coveredDays: 7 });
  });

  it('fills only what is left of the fraction the day after (art. R. 5132-33)', () => {
    expect(presentation(second, '2026-02-11')).toMatchObject({ late: true, removedDays: 3, coveredDays: 4 });
  });

  it('leaves nothing of a fraction once it ended (art. R. 5132-33)', () => {
    expect(presentation(second, '2026-02-15')).toMatchObject({ late: true, removedDays: 7, coveredDays: 0 });
  });
});

describe('art. R. 5132-33 — planned surgery (décret n° 2022-972)', () => {
  const surgery = { date: '2026-01-10', days: 14, mentions: { surgery: { operation: '2026-02-10', discharge: '2026-02-12' } } };

  it('runs from the 3rd day before the operation to the 3rd day after the expected discharge (art. R. 5132-33)', () => {
    expect(surgeryWindow('2026-02-10', '2026-02-12')).toEqual({ from: '2026-02-07', to: '2026-02-15' });
  });

  it.each(['2026-02-07', '2026-02-10', '2026-02-15'])('fills in full on %s, inside the window (art. R. 5132-33)', (day) => {
    expect(presentation(surgery, day)).toMatchObject({ late: false, basis: 'surgery', coveredDays: 14 });
  });

  it('is late the day before the window opens and the day after it closes (art. R. 5132-33)', () => {
    expect(presentation(surgery, '2026-02-06')).toMatchObject({ late: true, basis: 'prescription' });
    expect(presentation(surgery, '2026-02-16')).toMatchObject({ late: true, basis: 'prescription' });
  });

  it('keeps the general three days after the prescription date besides the window (art. R. 5132-33)', () => {
    expect(presentation(surgery, '2026-01-13')).toMatchObject({ late: false, basis: 'prescription' });
  });

  it('spans 29 February in a leap year (art. R. 5132-33)', () => {
    expect(surgeryWindow('2024-03-02', '2024-03-02')).toEqual({ from: '2024-02-28', to: '2024-03-05' });
    expect(surgeryWindow('2024-03-01', '2024-03-01').from).toBe('2024-02-27');
  });
});
