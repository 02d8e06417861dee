import { describe, expect, it } from 'vitest';
import { readFrenchDay, shiftMonth, withSlashes } from '../../../shared/format/french-day';

describe('a day typed the French way', () => {
  it.each([
    ['05/12/2026', '2026-12-05'],
    ['5/12/26', '2026-12-05'],
    ['05122026', '2026-12-05'],
    ['051226', '2026-12-05'],
    ['5.12.2026', '2026-12-05'],
    ['2026-12-05', '2026-12-05'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %s as %s', (typed, day) => {
    expect(readFrenchDay(typed)).toEqual({ kind: 'day', day });
  });

  it('waits while the day is not whole', () => {
    expect(readFrenchDay('')).toEqual({ kind: 'empty' });
    expect(readFrenchDay('05/12/')).toEqual({ kind: 'partial' });
    expect(readFrenchDay('05/1')).toEqual({ kind: 'partial' });
  });

  it('says in French why 31/02/2027 does not exist', () => {
    expect(readFrenchDay('31/02/2027')).toEqual({ kind: 'impossible', reason: 'Le 31/02/2027 n’existe pas\u202f: février 2027 compte 28 jours.' });
  });

  it('says 29/02/2027 falls in a year that is not a leap year, and accepts it in 2028', () => {
    expect(readFrenchDay('29/02/2027')).toEqual({
      kind: 'impossible',
      reason: 'Le 29/02/2027 n’existe pas\u202f: 2027 n’est pas une année bissextile, février compte 28 jours.',
    });
    expect(readFrenchDay('29/02/2000')).toEqual({ kind: 'day', day: '2000-02-29' });
  });

  it('refuses a thirteenth month and a day 31 in a 30-day month', () => {
    expect(readFrenchDay('05/13/2026')).toMatchObject({ kind: 'impossible', reason: expect.stringContaining('mois 13') });
    expect(readFrenchDay('31/04/2026')).toMatchObject({ kind: 'impossible', reason: expect.stringContaining('avril 2026 compte 30 jours') });
    expect(readFrenchDay('00/04/2026')).toMatchObject({ kind: 'impossible' });
  });
});

describe('the slashes inserted while typing', () => {
  it.each([
    ['0', '0'],
    ['05', '05/'],
    ['051', '05/1'],
    ['0512', '05/12/'],
    ['05122026', '05/12/2026'],
    ['5/', '05/'],
    ['05/1/', '05/01/'],
    ['05/12//', '05/12/'],
  ])('turns %s into %s', (typed, shown) => {
    expect(withSlashes(typed)).toBe(shown);
  });
});

describe('moving by a month', () => {
  it('keeps the day, within the month it lands in', () => {
    expect(shiftMonth('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftMonth('2028-01-31', 1)).toBe('2028-02-29');
    expect(shiftMonth('2026-12-05', 1)).toBe('2027-01-05');
    expect(shiftMonth('2026-01-05', -1)).toBe('2025-12-05');
  });
});
