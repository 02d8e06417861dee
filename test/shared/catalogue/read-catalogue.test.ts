import { describe, expect, it } from 'vitest';
import { describeError } from '../../../shared/errors';
import type { CataloguePresentation } from '../../../shared/catalogue/narcotic-catalogue';
import { readCatalogue, type DecodedFile } from '../../../shared/catalogue/read-catalogue';
import { decodeCatalogueFile } from '../../../renderer/features/catalogue/decode-file';
import { BDPM_FILE_NAMES, bdpmFixtureBytes } from '../../fixtures/bdpm';

function fixtureFiles(): DecodedFile[] {
  return BDPM_FILE_NAMES.map((name) => ({ name, text: decodeCatalogueFile(bdpmFixtureBytes(name)) }));
}

function catalogue(files = fixtureFiles()): CataloguePresentation[] {
  const read = readCatalogue(files);
  if (!read.ok) throw new Error(describeError(read.error));
  return read.value;
}

function presentation(cip13: string): CataloguePresentation | undefined {
  return catalogue().find((candidate) => candidate.cip13 === cip13);
}

describe('readCatalogue — the narcotic presentations of the public catalogue', () => {
  it('offers the narcotics only, alphabetically', () => {
    expect(catalogue().map((entry) => entry.designation)).toEqual([
      'DUROGESIC 12 microgrammes/heure',
      'METHADONE AP-HP 40 mg',
      'MORPHINE (CHLORHYDRATE) RENAUDIN 10 mg/ml',
      'OXYNORMORO 5 mg',
      'SKENAN L.P. 30 mg',
    ]);
  });

  it('reads a capsule box entirely: form, strength, units, salt and amount per unit, limits', () => {
    expect(presentation('3400930039946')).toEqual({
      cip13: '3400930039946',
      cis: '60000001',
      designation: 'SKENAN L.P. 30 mg',
      form: 'gélule à libération prolongée',
      strength: '30 mg',
      label: 'plaquette(s) thermoformée(s) PVC polyéthylène PVDC aluminium de 14 gélule(s)',
      unit: 'gélule',
      perBox: 14,
      substance: { name: 'Morphine', form: 'sel', saltName: 'sulfate', perUnit: 30000 },
      conditions: ['liste I', 'stupéfiant', 'prescription limitée à 28 jours'],
      limits: { maxDays: 28 },
    });
  });

  it('reads the shorter duration and the fractions of the prescribing conditions (art. R. 5132-30)', () => {
    expect(presentation('3400934988035')?.limits).toEqual({ maxDays: 14, fractionDays: 7 });
    expect(presentation('3400930067819')?.limits).toEqual({ maxDays: 7 });
  });

  it('decodes a Windows-1252 file and a UTF-8 file alike', () => {
    // CIS_bdpm.txt is in Windows-1252, CIS_COMPO_bdpm.txt in UTF-8: both give the accents.
    expect(presentation('3400930039946')?.form).toBe('gélule à libération prolongée');
    expect(presentation('3400934988035')?.substance).toEqual({ name: 'Méthadone', form: 'sel', saltName: 'chlorhydrate' });
  });

  it('joins a label broken by a line feed, and counts the patches of a box of sachets', () => {
    expect(presentation('3400955123453')).toMatchObject({
      label: '5 sachet(s) papier polyester aluminium de 1 dispositif(s) transdermique(s)',
      unit: 'patch',
      perBox: 5,
      substance: { name: 'Fentanyl', form: 'base', perUnit: 2100 },
    });
  });

  it('counts ampoules in ampoules, and leaves an amount per mL out of an ampoule product', () => {
    const ampoules = presentation('3400930067819');
    expect(ampoules).toMatchObject({ unit: 'ampoule', perBox: 10 });
    expect(ampoules?.substance).toEqual({ name: 'Morphine', form: 'sel', saltName: 'chlorhydrate' });
  });

  it('offers a medicine of a narcotic substance whose conditions do not say it, and not an exonerated one', () => {
    expect(presentation('3400927283314')).toMatchObject({ designation: 'OXYNORMORO 5 mg', unit: 'comprimé', perBox: 28 });
    expect(presentation('3400936123458')).toBeUndefined();
    expect(presentation('3400936270411')).toBeUndefined();
  });

  it('refuses a file whose lines changed column count, naming the file and the line', () => {
    const files = fixtureFiles().map((file) => (file.name === 'CIS_CPD_bdpm.txt' ? { ...file, text: `${file.text}60000001\tliste I\textra\r\n` } : file));
    const read = readCatalogue(files);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error).toMatchObject({ code: 'catalogue.columns', params: { fileName: 'CIS_CPD_bdpm.txt', line: '14', count: '3', columns: '2' } });
    }
  });

  it('asks for the four files together', () => {
    const read = readCatalogue(fixtureFiles().filter((file) => file.name !== 'CIS_COMPO_bdpm.txt'));
    expect(read.ok ? null : read.error).toMatchObject({ code: 'catalogue.missingFile', params: { fileName: 'CIS_COMPO_bdpm.txt' } });
  });

  it('refuses a file that is none of the four', () => {
    const read = readCatalogue([...fixtureFiles(), { name: 'CIS_GENER_bdpm.txt', text: '' }]);
    expect(read.ok ? null : read.error).toMatchObject({ code: 'catalogue.unknownFile', params: { fileName: 'CIS_GENER_bdpm.txt' } });
  });

  it('refuses files without any narcotic', () => {
    const files = fixtureFiles().map((file) =>
      file.name === 'CIS_bdpm.txt'
        ? {
            ...file,
            text: file.text
              .split('\r\n')
              .filter((line) => line.startsWith('60000007'))
              .join('\r\n'),
          }
        : file,
    );
    const read = readCatalogue(files);
    expect(read.ok ? null : read.error).toMatchObject({ code: 'catalogue.noNarcotic' });
  });
});

describe('decodeCatalogueFile', () => {
  it('reads valid UTF-8 as UTF-8, and anything else as Windows-1252', () => {
    expect(decodeCatalogueFile(new TextEncoder().encode('Méthadone'))).toBe('Méthadone');
    expect(decodeCatalogueFile(new Uint8Array([0x4d, 0xe9, 0x74, 0x68, 0x61, 0x64, 0x6f, 0x6e, 0x65]))).toBe('Méthadone');
    // 0x92 is Windows-1252's apostrophe; 0x80 its euro sign.
    expect(decodeCatalogueFile(new Uint8Array([0x64, 0x92, 0x80]))).toBe('d’€');
  });
});
