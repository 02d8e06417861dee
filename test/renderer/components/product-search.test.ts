import { describe, expect, it } from 'vitest';
import { productLabel, searchProducts } from '../../../renderer/components/product-search';
import type { ProductSummary } from '../../../renderer/db/register-store';
import { toMilli } from '../../../shared/register/quantity';

function product(productId: string, designation: string, overrides: Partial<ProductSummary> = {}): ProductSummary {
  return { productId, designation, form: 'gélule LP', strength: '30 mg', unit: 'gélule', perBox: toMilli(14), active: true, ...overrides };
}

const SKENAN = product('p1', 'Skénan LP', { cip13: '3400930039946', substance: { name: 'Morphine', form: 'sel', saltName: 'sulfate', perUnit: 30000 } });
const SKENAN_10 = product('p2', 'Skénan LP', { strength: '10 mg' });
const OXYNORM = product('p3', 'Oxynorm', {
  form: 'gélule',
  strength: '5 mg',
  substance: { name: 'Oxycodone', form: 'sel', saltName: 'chlorhydrate', perUnit: 5000 },
});
const ACTISKENAN = product('p4', 'Actiskenan', { form: 'gélule', strength: '5 mg' });
const RETIRED = product('p5', 'Moscontin', { active: false });
const ALL = [SKENAN, OXYNORM, RETIRED, SKENAN_10, ACTISKENAN];

function ids(typed: string): string[] {
  return searchProducts(ALL, typed).map((found) => found.productId);
}

describe('searchProducts — the product picker', () => {
  it('offers every active product alphabetically when nothing is typed', () => {
    expect(ids('')).toEqual(['p4', 'p3', 'p2', 'p1']);
  });

  it('finds by designation without accents or case', () => {
    expect(ids('skenan')).toEqual(['p2', 'p1', 'p4']);
    expect(ids('SKÉNAN 30')).toEqual(['p1']);
  });

  it('finds by CIP13 and by substance', () => {
    expect(ids('3400930039946')).toEqual(['p1']);
    expect(ids('oxycodone')).toEqual(['p3']);
    expect(ids('morphine')).toEqual(['p1']);
  });

  it('puts the names that start with what is typed before those that only hold it', () => {
    expect(ids('sken')).toEqual(['p2', 'p1', 'p4']);
    expect(ids('sken 5')).toEqual(['p4']);
    expect(ids('kenan')).toEqual(['p4', 'p2', 'p1']);
  });

  it('puts the product whose label is exactly what is typed first', () => {
    expect(ids(productLabel(SKENAN))[0]).toBe('p1');
  });

  it('never offers a deactivated product', () => {
    expect(ids('moscontin')).toEqual([]);
  });
});
