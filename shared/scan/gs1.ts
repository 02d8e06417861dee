/// <reference path="./gs1-barcode-parser-mod.d.ts" />
// The one door to the GS1 parser (gs1-barcode-parser-mod, a maintained fork of
// PeterBrockfeld/BarcodeParser, used by open-msupply): it reads the elements of a GS1
// string in any order, with or without a symbology identifier. Its failures are thrown
// strings in English; here they become one French refusal (docs/decisions/0034-lecture-des-boites.md).
import gs1 from 'gs1-barcode-parser-mod';
import { appError, type AppError } from '../errors';
import { err, ok, type Result } from '../result';

/** One element of a GS1 code: its application identifier and its characters as written. */
export interface Gs1Element {
  ai: string;
  raw: string;
  /** For a date element, its day as YYYY-MM-DD (day 00 read as the month's last day). */
  isoDate?: string;
}

/** The elements of a GS1 element string whose separators are GS; a French refusal when it is not one. */
export function readGs1(text: string): Result<Gs1Element[], AppError> {
  try {
    const parsed = gs1.parseBarcode(text);
    if (parsed.parsedCodeItems.length === 0) return err(appError('scan.unreadable', 'scan'));
    return ok(parsed.parsedCodeItems.map((item) => ({ ai: item.ai, raw: item.raw, ...(item.isoDate ? { isoDate: item.isoDate } : {}) })));
  } catch {
    // What was thrown (an English word or a number) says nothing the person can act on.
    return err(appError('scan.unreadable', 'scan'));
  }
}
