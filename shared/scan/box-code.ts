// What the code on a medicine box says, read from what a scanner typed: an EAN-13 of the
// CIP13 alone (older boxes), or a GS1 DataMatrix (since the falsified-medicines rules of
// 2019) whose GTIN-14 is 0 followed by the CIP13, with the expiry (AI 17), the lot (AI 10)
// and the serial number (AI 21). See docs/decisions/0034-lecture-des-boites.md.
import { appError, type AppError } from '../errors';
import { isValidCip13 } from '../register/fields';
import { err, ok, type Result } from '../result';
import { readGs1, type Gs1Element } from './gs1';
import { scanText } from './scan-text';

export interface BoxCode {
  cip13: string;
  /** The lot (AI 10), as printed: never a control character. */
  lot?: string;
  /** The expiry day (AI 17) as YYYY-MM-DD; a day written 00 is the month's last day. */
  expiry?: string;
  /** The box's own serial number (AI 21). */
  serial?: string;
}

function element(elements: readonly Gs1Element[], ai: string): Gs1Element | undefined {
  return elements.find((candidate) => candidate.ai === ai);
}

function cip13Of(code: string): Result<string, AppError> {
  return isValidCip13(code) ? ok(code) : err(appError('scan.checkDigit', 'scan', { code }));
}

/** Reads a scanned box code; a French refusal says why it is not one. */
export function readBoxCode(typed: string): Result<BoxCode, AppError> {
  const { text } = scanText(typed);
  if (/^\d{13}$/.test(text)) {
    const cip13 = cip13Of(text);
    return cip13.ok ? ok({ cip13: cip13.value }) : cip13;
  }
  if (text === '') return err(appError('scan.unreadable', 'scan'));
  const elements = readGs1(text);
  if (!elements.ok) return elements;
  const gtin = element(elements.value, '01')?.raw;
  if (gtin === undefined) return err(appError('scan.noProductCode', 'scan'));
  // A GTIN-14 of a French medicine box is the CIP13 behind a 0; another first digit names a
  // case or a pallet (a packaging level), not a box.
  if (!gtin.startsWith('0')) return err(appError('scan.notBox', 'scan', { code: gtin }));
  const cip13 = cip13Of(gtin.slice(1));
  if (!cip13.ok) return cip13;
  const lot = element(elements.value, '10')?.raw;
  const expiry = element(elements.value, '17')?.isoDate;
  const serial = element(elements.value, '21')?.raw;
  return ok({
    cip13: cip13.value,
    ...(lot === undefined ? {} : { lot }),
    ...(expiry === undefined ? {} : { expiry }),
    ...(serial === undefined ? {} : { serial }),
  });
}

/** "2027-03-31" → "03/2027": the expiry month as the entry form reads it. */
export function expiryField(expiry: string): string {
  const [year = '', month = ''] = expiry.split('-');
  return `${month}/${year}`;
}
