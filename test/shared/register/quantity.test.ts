import { describe, expect, it } from 'vitest';
import { describeError } from '../../../shared/errors';
import { formatQuantity, parseQuantity, toMilli } from '../../../shared/register/quantity';

describe('parseQuantity', () => {
  it.each([
    ['12', 12_000],
    ['0,5', 500],
    ['0.35', 350],
    ['1 000,25', 1_000_250],
    ['2,500', 2_500],
  ])('reads %s as %i thousandths, exactly', (text, milli) => {
    expect(parseQuantity(text)).toEqual({ ok: true, value: milli });
  });

  it.each([
    ['', 'quantity.malformed'],
    ['abc', 'quantity.malformed'],
    ['-3', 'quantity.malformed'],
    ['0', 'quantity.notPositive'],
    ['0,0001', 'quantity.tooPrecise'],
    // A point before exactly three digits: one, or a thousand? Asked, never guessed.
    ['1.000', 'quantity.ambiguousPoint'],
    ['12.500', 'quantity.ambiguousPoint'],
  ])('refuses %j with %s', (text, code) => {
    const result = parseQuantity(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});

describe('formatQuantity', () => {
  it('writes thousandths the French way, without float artefacts', () => {
    expect(formatQuantity(toMilli(12_500))).toBe('12,5');
    expect(formatQuantity(toMilli(1_234_000))).toBe('1\u202f234');
    expect(formatQuantity(toMilli(350))).toBe('0,35');
    expect(formatQuantity(toMilli(-2_000))).toBe('−2');
  });

  it('refuses to make a quantity from a non-integer', () => {
    expect(() => toMilli(0.1 + 0.2)).toThrow(RangeError);
  });

  it('says why « 1.000 » is refused, and the two ways to write what was meant', () => {
    const refused = parseQuantity('1.000');
    expect(refused.ok ? '' : describeError(refused.error)).toBe(
      '«\u202f1.000\u202f» se lit un nombre à virgule ou un nombre en milliers\u202f: écrivez 1000 (ou 1 000) pour 1000 unités, ou 1,000 avec une virgule.',
    );
    // A point the keypad types before one or two decimals is not ambiguous.
    expect(parseQuantity('0.35')).toEqual({ ok: true, value: 350 });
  });
});
