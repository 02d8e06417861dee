// The quantity of controlled substance in one unit of intake, as a person types it on
// the product form ("10" mg, "0,5" mg, "250" µg) and as the register keeps it: a whole
// number of micrograms. The text is read digit by digit, never through a float, so that
// "0,1 mg" is 100 µg exactly; what a whole number of µg cannot hold is refused, not rounded.
import { appError, type AppError } from '../errors';
import { formatInteger } from '../french';
import { err, ok, type Result } from '../result';

export const SUBSTANCE_UNITS = ['mg', 'µg'] as const;
export type SubstanceUnit = (typeof SUBSTANCE_UNITS)[number];

/** The register's field for the amount, as its refusals name it. */
export const SUBSTANCE_AMOUNT_FIELD = 'substance.perUnit';

const DECIMAL = /^(\d{1,15})(?:[.,](\d+))?$/;
const DIGITS: Record<SubstanceUnit, number> = { mg: 3, µg: 0 };

/** "12,5" mg → 12500 µg, "250" µg → 250 µg; a refusal in words otherwise. */
export function parseSubstanceAmount(text: string, unit: SubstanceUnit): Result<number, AppError> {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return err(appError('field.required', SUBSTANCE_AMOUNT_FIELD, { label: 'quantité de substance par unité' }));
  const match = DECIMAL.exec(compact);
  if (!match) return err(appError('substance.amountMalformed', SUBSTANCE_AMOUNT_FIELD));
  const [, whole = '0', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  const digits = DIGITS[unit];
  if (significant.length > digits) return err(appError('substance.amountTooPrecise', SUBSTANCE_AMOUNT_FIELD, { unit }));
  const micrograms = BigInt(whole) * 10n ** BigInt(digits) + BigInt(significant.padEnd(digits, '0') || '0');
  if (micrograms === 0n) return err(appError('substance.amountNotPositive', SUBSTANCE_AMOUNT_FIELD));
  if (micrograms > BigInt(Number.MAX_SAFE_INTEGER)) return err(appError('quantity.tooLarge', SUBSTANCE_AMOUNT_FIELD));
  return ok(Number(micrograms));
}

/** How the form shows a stored amount: in mg from 1 mg up (with up to three decimals), in µg below. */
export function substanceAmountFields(micrograms: number): { amount: string; unit: SubstanceUnit } {
  if (micrograms < 1000) return { amount: String(micrograms), unit: 'µg' };
  const whole = Math.trunc(micrograms / 1000);
  const fraction = String(micrograms % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return { amount: `${whole}${fraction ? `,${fraction}` : ''}`, unit: 'mg' };
}

/** "12,5 mg", "1 250 mg", "250 µg": for the products list and the editions. */
export function formatSubstanceAmount(micrograms: number): string {
  const { amount, unit } = substanceAmountFields(micrograms);
  const [whole = '0', fraction] = amount.split(',');
  return `${formatInteger(Number(whole))}${fraction ? `,${fraction}` : ''} ${unit}`;
}
