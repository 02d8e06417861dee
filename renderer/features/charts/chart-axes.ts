// How the charts write their axes: days as JJ/MM/AAAA, numbers grouped the French way
// with narrow no-break spaces (shared/french.ts), never the library's English defaults.
import { formatDay } from '../../../shared/register/dates';
import { formatInteger } from '../../../shared/french';

/** The chart's abscissa for a day (YYYY-MM-DD): seconds at the local midnight, as uPlot counts time. */
export function dayToSeconds(day: string): number {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date).getTime() / 1000;
}

/** A tick of the time axis: its day, JJ/MM/AAAA. */
export function secondsToDay(seconds: number): string {
  const at = new Date(seconds * 1000);
  const iso = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  return formatDay(iso);
}

/** A tick or a value in units: thousands apart with a narrow no-break space, a decimal comma, a true minus. */
export function axisNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  const whole = Math.trunc(Math.abs(value));
  const thousandths = Math.round((Math.abs(value) - whole) * 1000);
  const fraction = thousandths === 0 ? '' : `,${String(thousandths).padStart(3, '0').replace(/0+$/, '')}`;
  return `${value < 0 ? '−' : ''}${formatInteger(whole)}${fraction}`;
}
