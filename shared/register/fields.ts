// Checks on free-text fields: trimmed, present when mandatory, bounded in length, free
// of invisible control characters (control-characters.ts), whichever door they came by.
import { appError, type AppError } from '../errors';
import { err, ok, type Result } from '../result';
import { withoutControlCharacters } from './control-characters';

const MAX_LENGTH = 300;

export function requiredText(value: unknown, field: string, label: string): Result<string, AppError> {
  const clean = withoutControlCharacters(typeof value === 'string' ? value : '', field, label);
  if (!clean.ok) return clean;
  const text = clean.value.trim();
  if (text === '') return err(appError('field.required', field, { label }));
  if (text.length > MAX_LENGTH) return err(appError('field.tooLong', field, { label, max: String(MAX_LENGTH) }));
  return ok(text);
}

export function optionalText(value: unknown, field: string, label: string): Result<string | undefined, AppError> {
  if (typeof value !== 'string' || value.trim() === '') return ok(undefined);
  return requiredText(value, field, label);
}

/** CIP13 (GTIN-13 of French medicines): 13 digits whose last one is the EAN-13 check digit. */
export function isValidCip13(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const check = digits.pop();
  const sum = digits.reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === check;
}
