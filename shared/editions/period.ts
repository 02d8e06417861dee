// The span of days an edition covers, both ends included, in operation dates: an
// operation belongs to the period of the day it happened, whenever it was recorded.
import { formatDay, isIsoDay } from '../register/dates';

export interface Period {
  /** First day (YYYY-MM-DD), included. */
  from: string;
  /** Last day (YYYY-MM-DD), included. */
  to: string;
}

/** A period the caller built wrong is a bug, not a user error: it throws. */
export function checkedPeriod(period: Period): Period {
  if (!isIsoDay(period.from) || !isIsoDay(period.to) || period.from > period.to) {
    throw new RangeError(`Période invalide : ${period.from} – ${period.to}`);
  }
  return period;
}

/** The whole calendar month YYYY-MM. */
export function monthPeriod(month: string): Period {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const [year, monthNumber] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || monthNumber < 1 || monthNumber > 12) throw new RangeError(`Mois invalide : ${month}`);
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

export function isBefore(day: string, period: Period): boolean {
  return day < period.from;
}

export function isWithin(day: string, period: Period): boolean {
  return day >= period.from && day <= period.to;
}

/** "du 01/03/2026 au 31/03/2026", or "le 05/03/2026" for a single day. */
export function describePeriod(period: Period): string {
  if (period.from === period.to) return `le ${formatDay(period.from)}`;
  return `du ${formatDay(period.from)} au ${formatDay(period.to)}`;
}

/** The day before a period starts, the date of its carried-in balance. */
export function dayBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
