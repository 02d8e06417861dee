// Exact arithmetic for the annual declaration. A quantity of a product is an integer in
// thousandths of its unit of intake; its substance content is an integer number of
// micrograms per unit. Their product is therefore an exact integer in NANOGRAMS
// (1/1000 of a unit × 1 µg = 1 ng), held as a BigInt: no float ever touches a figure.
// A figure is then written in the unit ANSM asks for on its row (µg, mg, g, kg) as an
// exact decimal string: never rounded. The rounding rule ANSM expects is unknown (the
// guide's points IV.1–IV.3, which would say it, were not found: docs/decisions/0007).
import type { Milli } from '../register/quantity';

export const JARE_UNITS = ['µg', 'mg', 'g', 'kg'] as const;
export type JareUnit = (typeof JARE_UNITS)[number];

/** Nanograms in one of each unit. */
const NANOGRAMS: Record<JareUnit, bigint> = { µg: 1_000n, mg: 1_000_000n, g: 1_000_000_000n, kg: 1_000_000_000_000n };
const DIGITS: Record<JareUnit, number> = { µg: 3, mg: 6, g: 9, kg: 12 };

/** Thousandths of a unit of intake × micrograms per unit = nanograms, exactly. */
export function substanceNanograms(quantity: Milli, microgramsPerUnit: number): bigint {
  if (!Number.isSafeInteger(quantity) || !Number.isSafeInteger(microgramsPerUnit)) throw new RangeError('Quantité non entière');
  return BigInt(quantity) * BigInt(microgramsPerUnit);
}

/** "12.5", "0.000001", "-3": the exact value in `unit`, decimal point, no trailing zeros, never rounded. */
export function exactDecimal(nanograms: bigint, unit: JareUnit): string {
  return decimalOf(nanograms, NANOGRAMS[unit], DIGITS[unit]);
}

/** Thousandths of a unit of intake as an exact decimal string ("12.5"). */
export function milliDecimal(quantity: Milli): string {
  return decimalOf(BigInt(quantity), 1000n, 3);
}

/** Whether the figure is a whole number in that unit (no decimals to carry over). */
export function isWhole(nanograms: bigint, unit: JareUnit): boolean {
  return nanograms % NANOGRAMS[unit] === 0n;
}

function decimalOf(value: bigint, scale: bigint, digits: number): string {
  const sign = value < 0n ? '-' : '';
  const absolute = value < 0n ? -value : value;
  const whole = absolute / scale;
  const fraction = (absolute % scale).toString().padStart(digits, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** "12.5" → "12,5", "1234567.25" → "1 234 567,25" (narrow no-break space), as the editions print numbers. */
export function frenchDecimal(decimal: string): string {
  const [whole = '0', fraction] = decimal.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${decimal.startsWith('-') ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/**
 * Whether a decimal string survives a spreadsheet's number cell unchanged: a workbook
 * stores numbers as doubles, so only a figure that a double writes back identically may
 * become a number; any other is written as text, exactly.
 */
export function isExactAsNumber(decimal: string): boolean {
  const value = Number(decimal);
  return Number.isFinite(value) && Math.abs(value) < 1e15 && String(value) === decimal;
}
