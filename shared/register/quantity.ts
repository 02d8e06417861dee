// Quantities are exact integers: thousandths of the product's unit (0,35 mL is 350).
// No floating point ever reaches a stored quantity, so sums are exact and hashes stable.
import { appError, type AppError } from '../errors';
import { formatInteger } from '../french';
import { err, ok, type Result } from '../result';

export type Milli = number & { readonly __brand: 'Milli' };

export const MILLI_PER_UNIT = 1000;

/** The only door into the Milli type: refuses anything that is not a safe integer. */
export function toMilli(value: number): Milli {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Quantité non entière : ${value}`);
  return value as Milli;
}

export function addMilli(a: Milli, b: Milli): Milli {
  return toMilli(a + b);
}

export function subtractMilli(a: Milli, b: Milli): Milli {
  return toMilli(a - b);
}

/** Multiplies a quantity by a whole count (boxes received, for instance). */
export function multiplyMilli(quantity: Milli, count: number): Milli {
  return toMilli(quantity * count);
}

const DECIMAL = /^(\d{1,12})(?:[.,](\d+))?$/;

/**
 * Reads what a person typed ("12", "0,5", "1 000,25") into thousandths, exactly,
 * with no floating point on the way.
 */
export function parseQuantity(text: string): Result<Milli, AppError> {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  // « 1.000 » reads one (a decimal point, as a numeric keypad types it) or a thousand (a
  // grouping point): a thousandfold error in the register. Asked, never guessed.
  if (/^\d+\.\d{3}$/.test(compact)) return err(appError('quantity.ambiguousPoint', 'quantity', { text: compact }));
  const match = DECIMAL.exec(compact);
  if (!match) return err(appError('quantity.malformed', 'quantity'));
  const [, whole = '0', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > 3) return err(appError('quantity.tooPrecise', 'quantity'));
  const milli = Number(whole) * MILLI_PER_UNIT + Number(significant.padEnd(3, '0'));
  if (!Number.isSafeInteger(milli)) return err(appError('quantity.tooLarge', 'quantity'));
  if (milli === 0) return err(appError('quantity.notPositive', 'quantity'));
  return ok(toMilli(milli));
}

export type ReceivedIn = 'boxes' | 'units';

/** A receipt counted in boxes (whole boxes only) or in units of intake. */
export function parseReceivedQuantity(text: string, receivedIn: ReceivedIn, perBox: Milli): Result<Milli, AppError> {
  if (receivedIn === 'units') return parseQuantity(text);
  const boxes = text.trim();
  if (!/^\d{1,9}$/.test(boxes)) return err(appError('quantity.wholeBoxes', 'quantity'));
  if (Number(boxes) === 0) return err(appError('quantity.notPositive', 'quantity'));
  const milli = perBox * Number(boxes);
  return Number.isSafeInteger(milli) ? ok(toMilli(milli)) : err(appError('quantity.tooLarge', 'quantity'));
}

/** Displays thousandths the French way: 12500 → "12,5", 1234000 → "1 234". */
export function formatQuantity(quantity: Milli): string {
  const sign = quantity < 0 ? '−' : '';
  const absolute = Math.abs(quantity);
  const whole = Math.trunc(absolute / MILLI_PER_UNIT);
  const fraction = String(absolute % MILLI_PER_UNIT)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${sign}${formatInteger(whole)}${fraction ? `,${fraction}` : ''}`;
}
