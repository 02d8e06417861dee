// Reading a day typed the French way (JJ/MM/AAAA) for the application's own date field:
// the browser's date control follows the system language (mm/dd/yyyy on an English
// system), takes three Tab stops and cannot say why 31/02 is refused. Pure: text in,
// calendar day (YYYY-MM-DD, as the register stores it) or a French reason out.
import { frenchTypography } from '../french';
import { isIsoDay, lastDayOf } from '../register/dates';

export type TypedDay =
  | { kind: 'empty' }
  /** Not yet a whole day: the person is still typing. */
  | { kind: 'partial' }
  | { kind: 'day'; day: string }
  /** A whole date that the calendar does not have, with the reason in French. */
  | { kind: 'impossible'; reason: string };

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const pad = (value: number) => String(value).padStart(2, '0');

/** 5/12/26, 05/12/2026, 05122026, 051226, 5.12.2026 or 5-12-2026: day, month and year, in that order. */
function parts(text: string): [number, number, number] | null {
  const separated = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{2}|\d{4})$/.exec(text);
  const compact = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(text);
  const match = separated ?? compact;
  if (!match) return null;
  const [, day, month, year] = match;
  // Two-digit years are this century's: the register holds no date before 2000.
  const fullYear = year!.length === 2 ? 2000 + Number(year) : Number(year);
  return [Number(day), Number(month), fullYear];
}

/** What the text typed so far says: nothing yet, a day, or a date the calendar does not have. */
export function readFrenchDay(typed: string): TypedDay {
  const text = typed.trim();
  if (text === '') return { kind: 'empty' };
  // A day pasted from elsewhere as the register writes it (2026-12-05) is unambiguous.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return isIsoDay(text) ? { kind: 'day', day: text } : { kind: 'impossible', reason: frenchTypography(`Le ${text} n’existe pas.`) };
  }
  const read = parts(text);
  if (!read) return { kind: 'partial' };
  const [day, month, year] = read;
  if (month < 1 || month > 12) return { kind: 'impossible', reason: frenchTypography(`Le mois ${pad(month)} n’existe pas : le mois va de 01 à 12.`) };
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (day >= 1 && isIsoDay(iso)) return { kind: 'day', day: iso };
  const days = Number(lastDayOf(`${year}-${pad(month)}`).slice(8));
  const monthName = MONTHS[month - 1] ?? '';
  if (month === 2 && day === 29) {
    return { kind: 'impossible', reason: frenchTypography(`Le 29/02/${year} n’existe pas : ${year} n’est pas une année bissextile, février compte 28 jours.`) };
  }
  return { kind: 'impossible', reason: frenchTypography(`Le ${pad(day)}/${pad(month)}/${year} n’existe pas : ${monthName} ${year} compte ${days} jours.`) };
}

/**
 * Inserts the slashes as digits are typed (0512 → 05/12/), so that the person types the
 * digits only; a one-digit day or month followed by a slash is padded (5/ → 05/).
 */
export function withSlashes(typed: string): string {
  const padded = typed.replace(/^(\d)\//, '0$1/').replace(/^(\d{2}\/)(\d)\//, '$10$2/');
  const digits = padded.replace(/\//g, '');
  if (!/^\d*$/.test(digits) || digits.length > 8) return typed;
  // Only the day and month get their slash: the year is left as typed (26 or 2026).
  if (digits.length < 2) return digits;
  if (digits.length < 4) return `${digits.slice(0, 2)}/${digits.slice(2)}`;
  return `${digits.slice(0, 2)}/${digits.slice(2, 4)}/${digits.slice(4)}`;
}

/** The same day in another month (PageUp/PageDown), kept within that month: 31/01 + 1 month → 28/02. */
export function shiftMonth(day: string, count: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + count;
  const target = `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  const last = Number(lastDayOf(target).slice(8));
  return `${target}-${pad(Math.min(date, last))}`;
}
