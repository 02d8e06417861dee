import { describe, expect, it } from 'vitest';
import { lotAsTyped } from '../../../shared/scan/lot-text';

describe('lotAsTyped', () => {
  it('keeps a lot number as typed', () => {
    expect(lotAsTyped('AB-12/3 x')).toBe('AB-12/3 x');
  });

  it.each([
    ['GS, between the fields of a DataMatrix', 'AB12\u001d21SN'],
    ['a line end', 'AB12\r\n21SN'],
    ['a C1 control character', 'AB12\u008521SN'],
    ['a bidirectional override', 'AB12\u202e21SN'],
  ])('drops %s', (_what, typed) => {
    expect(lotAsTyped(typed)).toBe('AB1221SN');
  });
});
