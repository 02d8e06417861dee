import { describe, expect, it } from 'vitest';
import { boxOf, quantityWithUnit } from '../../../shared/format/quantity-with-unit';
import { unitPlural } from '../../../shared/format/unit-plural';
import { toMilli } from '../../../shared/register/quantity';

const NNBSP = '\u202f';
const units = (value: number) => toMilli(value * 1000);

describe('a quantity with its unit of intake', () => {
  it.each([
    ['comprimé', 'comprimés'],
    ['gélule', 'gélules'],
    ['patch', 'patchs'],
    ['ampoule', 'ampoules'],
    ['flacon', 'flacons'],
    ['sachet', 'sachets'],
    ['mL', 'mL'],
    ['mg', 'mg'],
    ['g', 'g'],
  ])('writes %s in the singular up to 1,5 and %s from 2', (unit, plural) => {
    expect(quantityWithUnit(toMilli(0), unit)).toBe(`0 ${unit}`);
    expect(quantityWithUnit(units(1), unit)).toBe(`1 ${unit}`);
    expect(quantityWithUnit(toMilli(1500), unit)).toBe(`1,5 ${unit}`);
    expect(quantityWithUnit(units(2), unit)).toBe(`2 ${plural}`);
    expect(quantityWithUnit(units(1000), unit)).toBe(`1${NNBSP}000 ${plural}`);
    expect(quantityWithUnit(units(1_000_000), unit)).toBe(`1${NNBSP}000${NNBSP}000 ${plural}`);
  });

  it('keeps a fraction below one in the singular', () => {
    expect(quantityWithUnit(toMilli(350), 'mL')).toBe('0,35 mL');
    expect(quantityWithUnit(toMilli(500), 'comprimé')).toBe('0,5 comprimé');
  });

  it('agrees a negative quantity by its size', () => {
    expect(quantityWithUnit(toMilli(-2000), 'gélule')).toBe('−2 gélules');
  });

  it('describes a box in the plural of its unit', () => {
    expect(boxOf(units(14), 'gélule')).toBe('boîte de 14 gélules');
    expect(boxOf(units(1), 'flacon de 20 mL')).toBe('boîte de 1 flacon de 20 mL');
  });
});

describe('the plural of a unit typed by hand', () => {
  it('puts the noun and its adjectives in the plural, and leaves acronyms and complements', () => {
    expect(unitPlural('comprimé sécable')).toBe('comprimés sécables');
    expect(unitPlural('gélule LP')).toBe('gélules LP');
    expect(unitPlural('flacon de 20 mL')).toBe('flacons de 20 mL');
    expect(unitPlural('dose')).toBe('doses');
    expect(unitPlural('UI')).toBe('UI');
    expect(unitPlural('µg')).toBe('µg');
  });
});
