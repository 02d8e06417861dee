import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../shared/spreadsheet-text';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+33 2 97 00 00 00', '-Morphine', '@SUM(A1)', '\t=1', '\r=1'])(
    'prefixes %j with an apostrophe, so that no spreadsheet evaluates it',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(['Skenan LP 10 mg', '12,5', '-12,5', '-3', '1 000', '', 'a=b'])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});
