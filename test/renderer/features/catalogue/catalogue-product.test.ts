import { describe, expect, it } from 'vitest';
import type { CataloguePresentation } from '../../../../shared/catalogue/narcotic-catalogue';
import { catalogueProductValues, searchCatalogue } from '../../../../renderer/features/catalogue/catalogue-product';
import { productDefinition } from '../../../../renderer/features/products/product-drafts';

const METHADONE: CataloguePresentation = {
  cip13: '3400934988035',
  cis: '60000002',
  designation: 'METHADONE AP-HP 40 mg',
  form: 'sirop',
  strength: '40 mg',
  label: '1 flacon(s) polystyrène de 15 ml',
  unit: 'mL',
  perBox: 15,
  substance: { name: 'Méthadone', form: 'sel', saltName: 'chlorhydrate' },
  conditions: ['stupéfiant', 'prescription limitée à 14 jours', 'délivrance fractionnée de 7 jours'],
  limits: { maxDays: 14, fractionDays: 7 },
};

const SKENAN: CataloguePresentation = {
  cip13: '3400930039946',
  cis: '60000001',
  designation: 'SKENAN L.P. 30 mg',
  form: 'gélule à libération prolongée',
  strength: '30 mg',
  label: 'plaquette(s) de 14 gélule(s)',
  unit: 'gélule',
  perBox: 14,
  substance: { name: 'Morphine', form: 'sel', saltName: 'sulfate', perUnit: 30000 },
  conditions: ['stupéfiant'],
};

describe('catalogueProductValues', () => {
  it('fills the product form, prescription limits included (art. R. 5132-30)', () => {
    expect(catalogueProductValues(METHADONE)).toMatchObject({
      designation: 'METHADONE AP-HP 40 mg',
      unit: 'mL',
      perBox: '15',
      cip13: '3400934988035',
      'substance.name': 'Méthadone',
      'substance.form': 'sel',
      'substance.saltName': 'chlorhydrate',
      'substance.perUnit': '',
      'prescriptionLimits.maxDays': '14',
      'prescriptionLimits.fractionDays': '7',
    });
  });

  it('gives the draft of a product with its substance amount and the general limit when none is written', () => {
    const draft = productDefinition(catalogueProductValues(SKENAN), '2026-03-02');
    expect(draft.ok && draft.value.body).toEqual({
      type: 'product.defined',
      product: {
        designation: 'SKENAN L.P. 30 mg',
        form: 'gélule à libération prolongée',
        strength: '30 mg',
        unit: 'gélule',
        perBox: 14000,
        cip13: '3400930039946',
        substance: { name: 'Morphine', form: 'sel', saltName: 'sulfate', perUnit: 30000 },
      },
    });
  });
});

describe('searchCatalogue', () => {
  it('finds by designation, CIP13 or substance, accents and case aside, alphabetically', () => {
    expect(searchCatalogue([SKENAN, METHADONE], 'méthadone').map((entry) => entry.cip13)).toEqual(['3400934988035']);
    expect(searchCatalogue([SKENAN, METHADONE], 'MORPHINE').map((entry) => entry.cip13)).toEqual(['3400930039946']);
    expect(searchCatalogue([SKENAN, METHADONE], '34009').map((entry) => entry.designation)).toEqual(['METHADONE AP-HP 40 mg', 'SKENAN L.P. 30 mg']);
    expect(searchCatalogue([SKENAN, METHADONE], 'skenan gelule')).toEqual([SKENAN]);
  });
});
