import { describe, expect, it } from 'vitest';
import {
  deadlineText,
  deadlineWords,
  DEFAULT_ANNUAL_SETTINGS,
  defaultDeclarationYear,
  isDeadline,
  parseDeadline,
  reminderDue,
} from '../../../shared/jare/annual-settings';

describe('the deadline of the annual declaration', () => {
  it('reads a day and month as typed, and refuses a day that is not in every year', () => {
    expect(parseDeadline('15/02')).toBe('02-15');
    expect(parseDeadline(' 15/4 ')).toBe('04-15');
    expect(parseDeadline('1.3')).toBe('03-01');
    expect(parseDeadline('29/02')).toBeNull();
    expect(parseDeadline('31/04')).toBeNull();
    expect(parseDeadline('15 avril')).toBeNull();
    expect(isDeadline('13-01')).toBe(false);
    expect(deadlineText('04-15')).toBe('15/04');
    expect(deadlineWords('02-15')).toBe('15 février');
    expect(deadlineWords('03-01')).toBe('1er mars');
  });

  it('opens the screen on last year until the deadline, included, then on this year', () => {
    expect(defaultDeclarationYear('2027-01-01', '02-15')).toBe(2026);
    expect(defaultDeclarationYear('2027-02-15', '02-15')).toBe(2026);
    expect(defaultDeclarationYear('2027-02-16', '02-15')).toBe(2027);
    expect(defaultDeclarationYear('2025-03-20', '04-15')).toBe(2024);
  });
});

describe('the reminder', () => {
  const operator = { operator: true, deadline: '02-15' };

  it('shows an operator the year declared and the day, from 1 January to the deadline', () => {
    expect(reminderDue('2027-01-01', operator)).toEqual({ year: 2026, day: '15/02/2027' });
    expect(reminderDue('2027-02-15', operator)).toEqual({ year: 2026, day: '15/02/2027' });
    expect(reminderDue('2027-02-16', operator)).toBeNull();
    expect(reminderDue('2026-12-31', operator)).toBeNull();
    expect(reminderDue('2025-04-01', { operator: true, deadline: '04-15' })).toEqual({ year: 2024, day: '15/04/2025' });
  });

  it('never shows to an establishment that does not file (the default)', () => {
    expect(DEFAULT_ANNUAL_SETTINGS).toEqual({ operator: false, deadline: '02-15' });
    expect(reminderDue('2027-01-10', DEFAULT_ANNUAL_SETTINGS)).toBeNull();
  });
});
