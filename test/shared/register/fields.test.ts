import { describe, expect, it } from 'vitest';
import { isValidCip13, optionalText, requiredText } from '../../../shared/register/fields';
import { VALID_CIP13, WRONG_KEY_CIP13 } from '../../fixtures/drafts';

describe('isValidCip13', () => {
  it.each([
    VALID_CIP13,
    // 3·1 + 4·3 + 9·1 + 3·3 + 5·1 + 9·3 + 5·1 + 8·3 + 3·1 = 97, key 3
    '3400935958303',
    // every weighted digit zero: key 0
    '0000000000000',
  ])('accepts %s, whose EAN-13 key is right', (code) => {
    expect(isValidCip13(code)).toBe(true);
  });

  it.each([
    [WRONG_KEY_CIP13, 'a wrong key'],
    ['3400935958306', 'a wrong key'],
    ['3400930000041', 'two digits swapped'],
    ['340093000001', 'twelve digits'],
    ['34009300000140', 'fourteen digits'],
    ['340093000001A', 'a letter'],
    ['3400 930000014', 'a space'],
  ])('refuses %s (%s)', (code) => {
    expect(isValidCip13(code)).toBe(false);
  });
});

describe('requiredText', () => {
  it('returns the text trimmed', () => {
    expect(requiredText('  Lorient \n', 'city', 'ville')).toEqual({ ok: true, value: 'Lorient' });
  });

  it('refuses a value that is not text', () => {
    expect(requiredText(42, 'city', 'ville')).toEqual({
      ok: false,
      error: { code: 'field.required', field: 'city', params: { label: 'ville' } },
    });
  });

  it('accepts 300 characters and refuses 301', () => {
    expect(requiredText('a'.repeat(300), 'f', 'l').ok).toBe(true);
    expect(requiredText('a'.repeat(301), 'f', 'l')).toEqual({
      ok: false,
      error: { code: 'field.tooLong', field: 'f', params: { label: 'l', max: '300' } },
    });
  });
});

describe('optionalText', () => {
  it('reads a blank value as absent', () => {
    expect(optionalText('   ', 'ref', 'référence')).toEqual({ ok: true, value: undefined });
    expect(optionalText(undefined, 'ref', 'référence')).toEqual({ ok: true, value: undefined });
  });

  it('trims a present value', () => {
    expect(optionalText(' BL-1 ', 'ref', 'référence')).toEqual({ ok: true, value: 'BL-1' });
  });
});
