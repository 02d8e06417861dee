import { afterEach, describe, expect, it } from 'vitest';
import { formatDay, isIsoDay, localDay, monthOf } from '../../../shared/register/dates';

describe('isIsoDay', () => {
  it.each(['2026-03-10', '2024-02-29', '2026-12-31', '2026-01-01'])('accepts the calendar day %s', (day) => {
    expect(isIsoDay(day)).toBe(true);
  });

  it.each([
    ['2026-02-30', 'a day February does not have'],
    ['2026-02-29', 'February 29th of a common year'],
    ['2026-04-31', 'April 31st'],
    ['2026-13-01', 'a thirteenth month'],
    ['2026-00-10', 'month zero'],
    ['2026-3-10', 'a one-digit month'],
    ['10/03/2026', 'the display format'],
    ['2026-03-10T00:00', 'a time of day'],
    [' 2026-03-10', 'a leading space'],
  ])('refuses %j (%s)', (day) => {
    expect(isIsoDay(day)).toBe(false);
  });

  it('answers each day on its own, whichever day came before it', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2024-02-29 ')).toBe(false);
    expect(isIsoDay('2024-02-29')).toBe(true);
  });
});

describe('localDay', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('gives the day on the local calendar, not in UTC', () => {
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
    expect(localDay(new Date('2026-03-10T12:00:00Z'))).toBe('2026-03-11');
    process.env.TZ = 'Pacific/Pago_Pago'; // UTC−11
    expect(localDay(new Date('2026-03-10T08:00:00Z'))).toBe('2026-03-09');
  });

  it('pads month and day to two digits', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('monthOf', () => {
  it('keeps the year and month of a day', () => {
    expect(monthOf('2026-03-10')).toBe('2026-03');
  });
});

describe('formatDay', () => {
  it('writes a day as DD/MM/YYYY for display', () => {
    expect(formatDay('2026-11-23')).toBe('23/11/2026');
    expect(formatDay('2026-01-05')).toBe('05/01/2026');
  });
});
