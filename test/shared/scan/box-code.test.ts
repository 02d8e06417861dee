import { describe, expect, it } from 'vitest';
import { describeError } from '../../../shared/errors';
import { expiryField, readBoxCode } from '../../../shared/scan/box-code';

const GS = '\u001d';
const CIP = '3400930039946';
const GTIN = `0${CIP}`;

function read(typed: string) {
  const result = readBoxCode(typed);
  if (!result.ok) throw new Error(describeError(result.error));
  return result.value;
}

function refusal(typed: string) {
  const result = readBoxCode(typed);
  if (result.ok) throw new Error(`lu à tort : ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('readBoxCode — an EAN-13 of the CIP13 alone (older boxes)', () => {
  it('reads the CIP13', () => {
    expect(read(CIP)).toEqual({ cip13: CIP });
  });

  it('refuses a CIP13 whose check digit is wrong', () => {
    expect(refusal('3400930039947')).toMatchObject({ code: 'scan.checkDigit', params: { code: '3400930039947' } });
  });

  it('reads the digits an AZERTY keyboard typed without Caps Lock', () => {
    // 3400930039946 on the digit row of an AZERTY keyboard.
    expect(read(`"'ààç"àà"çç'-`)).toEqual({ cip13: CIP });
  });

  it('ignores the Enter the scanner ends with', () => {
    expect(read(`${CIP}\r\n`)).toEqual({ cip13: CIP });
  });
});

describe('readBoxCode — a GS1 DataMatrix', () => {
  it('reads the CIP13 from the GTIN-14 without its leading 0, with expiry, lot and serial', () => {
    expect(read(`01${GTIN}17270331` + `10AB12C${GS}21SN0042`)).toEqual({ cip13: CIP, expiry: '2027-03-31', lot: 'AB12C', serial: 'SN0042' });
  });

  it('reads the elements in any order', () => {
    expect(read(`21SN0042${GS}10AB12C${GS}17270331` + `01${GTIN}`)).toEqual({ cip13: CIP, expiry: '2027-03-31', lot: 'AB12C', serial: 'SN0042' });
  });

  it('reads a day written 00 as the last day of the month, leap years included', () => {
    expect(read(`01${GTIN}17270200`).expiry).toBe('2027-02-28');
    expect(read(`01${GTIN}17280200`).expiry).toBe('2028-02-29');
    expect(read(`01${GTIN}17271100`).expiry).toBe('2027-11-30');
  });

  it('accepts the symbology identifier ]d2 first', () => {
    expect(read(`]d201${GTIN}10L1${GS}17270331`)).toEqual({ cip13: CIP, lot: 'L1', expiry: '2027-03-31' });
  });

  it('accepts a separator first, last or twice, as some scanners send FNC1', () => {
    expect(read(`${GS}01${GTIN}10L1${GS}${GS}17270331${GS}`)).toEqual({ cip13: CIP, lot: 'L1', expiry: '2027-03-31' });
  });

  it.each([
    ['a substitute the scanner is set to send', '~'],
    ['the glyph Windows gives Alt+29 without its leading 0', '↔'],
    ['a space', ' '],
    ['a pipe', '|'],
  ])('reads %s as the separator', (_what, separator) => {
    expect(read(`01${GTIN}10AB-1/2${separator}21X9${separator}17270331`)).toEqual({ cip13: CIP, lot: 'AB-1/2', serial: 'X9', expiry: '2027-03-31' });
  });

  it('reads what a QWERTY-set scanner typed on an AZERTY keyboard, prefix included', () => {
    // ]d2 01 03400930039946 17 270331 10 LOT: the digit row without Caps Lock, ] as $.
    const typed = `$déà&à"'ààç"àà"çç'-&èéèà""&&àLOT`;
    expect(read(typed)).toEqual({ cip13: CIP, expiry: '2027-03-31', lot: 'LOT' });
  });

  it('never puts a control character in the lot', () => {
    // A control character other than GS can only be a separator too: GS1 data never holds one.
    expect(read(`01${GTIN}10AB12\u0007` + `17270331`)).toEqual({ cip13: CIP, lot: 'AB12', expiry: '2027-03-31' });
    expect(read(`01${GTIN}10AB12\u0085` + `17270331`).lot).toBe('AB12');
  });

  it('refuses a GTIN whose check digit is wrong', () => {
    expect(refusal(`0103400930039947`)).toMatchObject({ code: 'scan.checkDigit' });
  });

  it('refuses a GTIN-14 of a case rather than a box', () => {
    expect(refusal(`0113400930039943`)).toMatchObject({ code: 'scan.notBox', params: { code: '13400930039943' } });
  });

  it('refuses a DataMatrix without a product code', () => {
    expect(refusal(`10AB12${GS}17270331`)).toMatchObject({ code: 'scan.noProductCode' });
  });

  it.each([[''], ['hello'], ['01034009300'], [`]d2`]])('refuses %j as unreadable, in French', (typed) => {
    const error = refusal(typed);
    expect(error.code).toBe('scan.unreadable');
    expect(describeError(error)).toContain('Code scanné illisible');
  });
});

describe('expiryField', () => {
  it('gives the month as the entry form reads it', () => {
    expect(expiryField('2027-03-31')).toBe('03/2027');
  });
});
