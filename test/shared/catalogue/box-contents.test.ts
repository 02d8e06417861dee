import { describe, expect, it } from 'vitest';
import { boxContents } from '../../../shared/catalogue/box-contents';
import { amountPerUnit, substanceName } from '../../../shared/catalogue/substance-of';

describe('boxContents — units per box from the presentation label', () => {
  it.each([
    ['plaquette(s) thermoformée(s) PVC aluminium de 14 gélule(s)', { unit: 'gélule', perBox: 14 }],
    ['2 plaquette(s) thermoformée(s) aluminium de 7 comprimé(s)', { unit: 'comprimé', perBox: 14 }],
    ['28 comprimé(s) en flacon(s)', { unit: 'comprimé', perBox: 28 }],
    ['5 sachet(s) papier de 1 dispositif(s) transdermique(s)', { unit: 'patch', perBox: 5 }],
    ['10 ampoule(s) en verre de 1 ml', { unit: 'ampoule', perBox: 10 }],
    ['1 flacon(s) en verre brun de 40 ml', { unit: 'mL', perBox: 40 }],
    ['flacon(s) de 30 ml avec seringue(s) pour administration orale', { unit: 'mL', perBox: 30 }],
    ['20 sachet(s)-dose(s)', { unit: 'sachet', perBox: 20 }],
  ])('reads %j', (label, contents) => {
    expect(boxContents(label)).toEqual(contents);
  });

  it('reads nothing from a label without a count of units', () => {
    expect(boxContents('flacon(s) en verre')).toBeNull();
  });
});

describe('substanceName — the form held, as declared', () => {
  it.each([
    ['SULFATE DE MORPHINE PENTAHYDRATÉ', { name: 'Morphine', form: 'sel', saltName: 'sulfate' }],
    ['CHLORHYDRATE DE MÉTHADONE', { name: 'Méthadone', form: 'sel', saltName: 'chlorhydrate' }],
    ["CHLORHYDRATE D'OXYCODONE", { name: 'Oxycodone', form: 'sel', saltName: 'chlorhydrate' }],
    ['CITRATE DE FENTANYL', { name: 'Fentanyl', form: 'sel', saltName: 'citrate' }],
    ['FENTANYL', { name: 'Fentanyl', form: 'base' }],
    ['MÉSILATE DE DIHYDROERGOTAMINE', { name: 'Dihydroergotamine', form: 'sel', saltName: 'mésilate' }],
  ])('reads %j', (written, substance) => {
    expect(substanceName(written)).toEqual(substance);
  });
});

describe('amountPerUnit — micrograms in one unit of intake', () => {
  it.each<[string, string, number | null]>([
    ['30 mg', 'une gélule', 30000],
    ['2,1 mg', 'un dispositif transdermique', 2100],
    ['100 microgrammes', 'un comprimé', 100],
    ['0,5 g', 'un sachet', 500000],
    ['10 mg', '1 ml de solution', 10000],
    ['40 mg', '15 ml de sirop', null],
    ['5 mg/ml', '1 ml', null],
  ])('reads %s per %s', (dosage, reference, micrograms) => {
    expect(amountPerUnit(dosage, reference)).toBe(micrograms);
  });
});
