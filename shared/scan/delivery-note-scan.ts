// A scanner reads more than boxes at the counter: a répartiteur's delivery note carries the
// note's number as a barcode (Code 128 or Code 39). While the receipt form waits for that
// number, what the scanner typed is either a box (an EAN-13 of the CIP13, or a GS1
// DataMatrix naming a GTIN), chosen as any box is, or the note's number, written in its
// field (docs/decisions/0065-bon-de-livraison-lu-registre-par-filtre.md).
import { isValidCip13 } from '../register/fields';
import { readGs1 } from './gs1';
import { scanText } from './scan-text';

/**
 * The shortest delivery-note number taken from a scanner burst. Shorter than a box code
 * (a répartiteur's numbers run to eight characters and more), long enough that a person's
 * fast typing of a few keys is not a scan.
 */
export const MIN_NOTE_SCAN_LENGTH = 6;

/**
 * The symbology identifiers (AIM) a scanner may be set to send first: Code 128 and Code 39
 * without options. They name the barcode, not the note.
 */
const NOTE_PREFIXES = [']C0', ']A0'];

/** C0 (GS included), DEL and C1: what a scanner sends between or around the data. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;

export type ScannedBurst = { kind: 'boxCode' } | { kind: 'deliveryNote'; note: string } | { kind: 'nothing' };

/** Whether what was typed is a box's code: an EAN-13 (its check digit right) or a GS1 string naming a GTIN. */
export function isBoxCode(typed: string): boolean {
  const { text, dataMatrix } = scanText(typed);
  if (dataMatrix) return true;
  // A scanner checks an EAN-13's check digit before typing it: thirteen digits whose
  // check digit is wrong were not read from an EAN-13.
  if (/^\d{13}$/.test(text)) return isValidCip13(text);
  const elements = readGs1(text);
  return elements.ok && elements.value.some((element) => element.ai === '01');
}

/** What a burst read while the delivery note is awaited is: a box, the note's number, or nothing usable. */
export function classifyBurst(typed: string): ScannedBurst {
  if (isBoxCode(typed)) return { kind: 'boxCode' };
  const withoutEnd = typed.replace(/[\r\n]+$/, '');
  const prefix = NOTE_PREFIXES.find((candidate) => withoutEnd.startsWith(candidate));
  const note = (prefix ? withoutEnd.slice(prefix.length) : withoutEnd).replace(CONTROL, '').trim();
  return note === '' ? { kind: 'nothing' } : { kind: 'deliveryNote', note };
}
