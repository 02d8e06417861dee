// Operation dates are calendar days (YYYY-MM-DD) in the establishment's local time.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The last day found to exist: the rules check each event's days several times, and a
 * journal's events mostly share the day of the one before them (this check was 3 % of
 * verifying a line, measured).
 */
let lastDayThatExists = '';

export function isIsoDay(text: string): boolean {
  if (text === lastDayThatExists) return true;
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const exists = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (exists) lastDayThatExists = text;
  return exists;
}

/** The local calendar day of an instant, as the person at the counter sees it. */
export function localDay(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** YYYY-MM: the month a movement is totalled in. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** 2026-11-23 → 23/11/2026, for display. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** 2026-11 → 11/2026, for display. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-');
  return `${m}/${y}`;
}

/** The last calendar day of a month: 2026-02 → 2026-02-28. */
export function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** A day moved by a number of calendar days (negative: earlier), across months and leap years. */
export function addDays(day: string, count: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + count)).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`: 0 for the same day, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
