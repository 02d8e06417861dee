import { describe, expect, it } from 'vitest';
import { GROUP_SEPARATOR, scanText } from '../../../shared/scan/scan-text';

const GS = GROUP_SEPARATOR;

describe('scanText', () => {
  it('keeps a code typed as it is', () => {
    expect(scanText(`0103400930039946` + `10L1${GS}17270331`)).toEqual({ text: `0103400930039946` + `10L1${GS}17270331`, dataMatrix: false, azerty: false });
  });

  it('takes the symbology identifier off and says the scanner read a DataMatrix', () => {
    expect(scanText(']d20103400930039946')).toEqual({ text: '0103400930039946', dataMatrix: true, azerty: false });
  });

  it('turns the AZERTY digit row back into digits: &é"\'(-è_çà is 1234567890', () => {
    expect(scanText('&é"\'(-è_çà&é"')).toMatchObject({ text: '1234567890123', azerty: true });
  });

  it('leaves the same characters alone in the data of a code typed in digits', () => {
    // A lot may hold - ' ( and &: GS1 allows them, and this code came through as digits.
    expect(scanText(`0103400930039946` + `10A-B'(&_`).text).toBe(`0103400930039946` + `10A-B'(&_`);
  });

  it.each([
    ['GS itself', GS],
    ['a tilde', '~'],
    ['the CP437 glyph of 29', '↔'],
    ['a control character', '\u0007'],
    ['a C1 control character', '\u0085'],
    ['a tab', '\t'],
    ['a non-breaking space', '\u00a0'],
  ])('reads %s between two elements as one separator', (_what, separator) => {
    expect(scanText(`10L1${separator}17270331`).text).toBe(`10L1${GS}17270331`);
  });

  it('drops separators first and last, and repeated ones', () => {
    expect(scanText(`${GS}10L1${GS}${GS}21S${GS}\r\n`).text).toBe(`10L1${GS}21S`);
  });
});
