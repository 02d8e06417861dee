// Reading the cells a person types into the values a draft carries: days, months,
// quantities and the small closed lists of the file. Only what the file's own notation
// can get wrong is refused here; everything else is left to the register's validation.
import { appError } from '../../../../shared/errors';
import type { StockCompartment } from '../../../../shared/register/events';
import { parseQuantity, type Milli } from '../../../../shared/register/quantity';
import { IMPORT_COLUMNS, normalizeLabel, type ColumnKey } from './import-columns';
import { decimalPointWording } from './messages';
import { refuse, refuseError } from './import-problem';
import type { ImportRow } from './import-table';

/** JJ/MM/AAAA (day and month may have one digit) into YYYY-MM-DD; validation checks the day exists. */
export function parseFrenchDay(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** MM/AAAA (the month may have one digit) into YYYY-MM; validation checks the month exists. */
export function parseFrenchMonth(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [, month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}`;
}

export function operationDay(row: ImportRow): string {
  const day = parseFrenchDay(row.cell('date'));
  return day ?? refuseError(row.line, appError('date.malformed', 'operationDate'), 'date');
}

/**
 * A day of a column other than the operation date (a planned destruction, a theft's
 * declarations); an empty cell is left to validation, which names the missing field.
 */
export function dayCell(row: ImportRow, key: ColumnKey, field: string): string {
  const text = row.cell(key);
  if (text === '') return '';
  return parseFrenchDay(text) ?? refuseError(row.line, appError('date.malformed', field), key);
}

/** The expiry month; an empty cell is left to validation, which names the missing field. */
export function expiryMonth(row: ImportRow): string {
  const text = row.cell('expiry');
  if (text === '') return '';
  return parseFrenchMonth(text) ?? refuseError(row.line, appError('receipt.expiryMalformed', 'expiry'), 'expiry');
}

export function requiredCell(row: ImportRow, key: ColumnKey): string {
  const value = row.cell(key);
  if (value === '') refuseError(row.line, appError('field.required', undefined, { label: IMPORT_COLUMNS[key] }), key);
  return value;
}

/** Quantities in units of intake with a decimal comma ("12,5"); the unit's thousandths are kept exactly. */
export function quantityCell(row: ImportRow, key: 'quantity' | 'perBox'): Milli {
  const text = requiredCell(row, key);
  // The app also reads a point typed on a numeric keypad; a file's « 1.000 » may mean one or a thousand.
  if (text.includes('.')) refuse(row.line, key, decimalPointWording(text));
  const parsed = parseQuantity(text);
  if (!parsed.ok) refuseError(row.line, { ...parsed.error, field: key }, key);
  return parsed.value;
}

/** An optional text of a draft: absent when its cell is empty. */
export function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

/**
 * One word of a closed list, written as the documentation spells it (case, accents and
 * spaces aside). An empty cell gives `empty`, or is refused as missing when there is none.
 * `unknown` names the refusal: "nature inconnue".
 */
export function choiceCell<T>(row: ImportRow, key: ColumnKey, unknown: string, choices: Readonly<Record<string, T>>, empty?: T): T {
  const text = row.cell(key);
  if (text === '' && empty !== undefined) return empty;
  const value = requiredCell(row, key);
  const chosen = Object.entries(choices).find(([word]) => normalizeLabel(word) === normalizeLabel(value));
  if (chosen) return chosen[1];
  return refuse(row.line, key, `${unknown} « ${value} » : indiquez ${wordList(Object.keys(choices))}.`);
}

/** « a, b ou c » */
export function wordList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ou ${words.at(-1) ?? ''}`;
}

const COMPARTMENTS: Readonly<Record<string, StockCompartment>> = { disponible: 'dispensable', quarantaine: 'quarantine' };

/** The `stock concerné` column: the dispensable stock when empty. */
export function compartmentCell(row: ImportRow): StockCompartment {
  return choiceCell(row, 'compartment', 'stock concerné inconnu', COMPARTMENTS, 'dispensable');
}
