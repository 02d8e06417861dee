// The expiry month as a pharmacist types it from the box: "03/2027", "3/27", "03-2027",
// "0327", "032027" or "2027-03" all read as 2027-03, the form the register stores.
import { appError, type AppError } from '../errors';
import { err, ok, type Result } from '../result';

const MONTH_FIRST = /^(\d{1,2})[/.\s-]+(\d{4}|\d{2})$/;
const YEAR_FIRST = /^(\d{4})[/.\s-]+(\d{1,2})$/;
const DIGITS_ONLY = /^(\d{2})(\d{4}|\d{2})$/;

/** Reads a typed expiry month into YYYY-MM; two-digit years are 20YY. */
export function parseExpiry(typed: string): Result<string, AppError> {
  const text = typed.trim();
  if (text === '') return err(appError('field.required', 'expiry', { label: 'date de péremption' }));
  const parts = MONTH_FIRST.exec(text) ?? DIGITS_ONLY.exec(text);
  const [month, year] = parts ? [parts[1], parts[2]] : (YEAR_FIRST.exec(text)?.slice(1, 3).reverse() ?? []);
  if (month === undefined || year === undefined) return err(appError('receipt.expiryMalformed', 'expiry'));
  const m = Number(month);
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  if (m < 1 || m > 12 || y < 2000 || y > 2099) return err(appError('receipt.expiryMalformed', 'expiry'));
  return ok(`${y}-${String(m).padStart(2, '0')}`);
}

const monthInWords = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 2027-03 → "mars 2027", to show the person what was understood. */
export function expiryInWords(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return monthInWords.format(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 1)));
}
