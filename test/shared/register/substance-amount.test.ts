import { describe, expect, it } from 'vitest';
import { formatSubstanceAmount, parseSubstanceAmount, substanceAmountFields, type SubstanceUnit } from '../../../shared/register/substance-amount';

describe('the quantity of substance per unit, typed', () => {
  it.each<[string, SubstanceUnit, number]>([
    ['30', 'mg', 30_000],
    ['0,5', 'mg', 500],
    ['0.001', 'mg', 1],
    ['12,500', 'mg', 12_500], // trailing zeros are not precision
    ['1 250', 'mg', 1_250_000],
    ['0,1', 'mg', 100], // 0.1 is not exact as a float: read as text, it is 100 µg exactly
    ['250', 'µg', 250],
    ['12,0', 'µg', 12],
  ])('"%s" %s is %i µg', (text, unit, micrograms) => {
    expect(parseSubstanceAmount(text, unit)).toEqual({ ok: true, value: micrograms });
  });

  it.each<[string, SubstanceUnit, string]>([
    ['', 'mg', 'field.required'],
    ['dix', 'mg', 'substance.amountMalformed'],
    ['-5', 'mg', 'substance.amountMalformed'],
    ['1e3', 'mg', 'substance.amountMalformed'],
    ['0,0005', 'mg', 'substance.amountTooPrecise'],
    ['2,5', 'µg', 'substance.amountTooPrecise'],
    ['0', 'mg', 'substance.amountNotPositive'],
    ['999999999999999', 'mg', 'quantity.tooLarge'],
  ])('refuses "%s" %s with %s, on the amount field', (text, unit, code) => {
    expect(parseSubstanceAmount(text, unit)).toMatchObject({ ok: false, error: { code, field: 'substance.perUnit' } });
  });

  it('opens the form in mg from 1 mg up, in µg below, and prints the same', () => {
    expect(substanceAmountFields(30_000)).toEqual({ amount: '30', unit: 'mg' });
    expect(substanceAmountFields(12_500)).toEqual({ amount: '12,5', unit: 'mg' });
    expect(substanceAmountFields(250)).toEqual({ amount: '250', unit: 'µg' });
    expect(formatSubstanceAmount(1_250_000)).toBe('1\u202f250 mg');
    expect(formatSubstanceAmount(12)).toBe('12 µg');
  });
});
