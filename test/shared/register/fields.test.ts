import { describe, expect, it } from 'vitest';
import { appError, describeError } from '../../../shared/errors';
import { frenchTypography } from '../../../shared/french';
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

describe('control characters in a text field', () => {
  it('refuses the GS separator a GS1 scanner sends, naming the scanner', () => {
    const scanned = requiredText('0103400930000014\u001d10M1187', 'lot', 'numéro de lot');
    expect(scanned).toEqual({ ok: false, error: { code: 'field.scannerSeparator', field: 'lot', params: { label: 'numéro de lot' } } });
    expect(describeError(scanned.ok ? appError('field.required') : scanned.error)).toContain('douchette');
  });

  it.each([
    ['\u0000', 'U+0000'],
    ['\u0007', 'U+0007'],
    ['\u001b', 'U+001B'],
    ['\u007f', 'U+007F'],
    ['\u0085', 'U+0085'],
    ['\u009b', 'U+009B'],
    ['\u202e', 'U+202E'],
  ])('refuses the invisible character %j, naming it and its place', (character, name) => {
    expect(optionalText(`Dr${character} Martin`, 'prescriber.name', 'nom du prescripteur')).toEqual({
      ok: false,
      error: { code: 'field.controlCharacter', field: 'prescriber.name', params: { label: 'nom du prescripteur', character: name, position: '3' } },
    });
  });

  it('keeps line breaks, turns a carriage return into a line break and a tabulation into a space', () => {
    expect(requiredText('1 quai des Indes\r\n56100\tLorient', 'address', 'adresse')).toEqual({ ok: true, value: '1 quai des Indes\n56100 Lorient' });
  });

  it('says the wording in French for every field', () => {
    expect(describeError(appError('field.controlCharacter', 'lot', { label: 'numéro de lot', character: 'U+0007', position: '4' }))).toBe(
      frenchTypography(
        'Le champ « numéro de lot » contient un caractère de contrôle invisible (U+0007, 4ᵉ caractère) : effacez-le et saisissez de nouveau la valeur.',
      ),
    );
  });
});
