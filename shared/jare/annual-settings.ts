// Whether the establishment files the annual declaration itself, and by when. The
// deadline is a day of the year (15 February by the code, R. 5132-83; the ANSM moved it
// to 15 April in 2025 for the 2024 declaration), so it is a setting, not a constant.
// Pure: the reminder's window and the year the declaration screen opens on.
import { formatDay } from '../register/dates';

export interface AnnualSettings {
  /** The establishment is an authorised operator that files the JARE (officines and veterinarians usually are not). */
  operator: boolean;
  /** The deadline in the year after the one declared, "MM-DD". */
  deadline: string;
}

export const DEFAULT_DEADLINE = '02-15';
export const DEFAULT_ANNUAL_SETTINGS: AnnualSettings = { operator: false, deadline: DEFAULT_DEADLINE };

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day that exists every year (never 29 February). */
export function isDeadline(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = MONTH_DAY.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/** "15/04", "15/4", "1/3" → "04-15", "03-01"; null when it is not a day of every year. */
export function parseDeadline(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/.exec(text);
  if (!match) return null;
  const value = `${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isDeadline(value) ? value : null;
}

/** "04-15" → "15/04", as the settings field shows it. */
export function deadlineText(deadline: string): string {
  return `${deadline.slice(3)}/${deadline.slice(0, 2)}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "04-15" → "15 avril"; the first of the month reads "1er mars". */
export function deadlineWords(deadline: string): string {
  const day = Number(deadline.slice(3));
  return `${day === 1 ? '1er' : day} ${MONTHS[Number(deadline.slice(0, 2)) - 1]}`;
}

/** The year the declaration screen opens on: last year until this year's deadline (included), then this year. */
export function defaultDeclarationYear(today: string, deadline: string): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5) <= deadline ? year - 1 : year;
}

/**
 * The reminder shows from 1 January to the deadline (included), to an operator only. It
 * names the year declared (last year) and the day ("15/02/2027").
 */
export function reminderDue(today: string, settings: AnnualSettings): { year: number; day: string } | null {
  if (!settings.operator || today.slice(5) > settings.deadline) return null;
  const year = Number(today.slice(0, 4));
  return { year: year - 1, day: formatDay(`${year}-${settings.deadline}`) };
}
