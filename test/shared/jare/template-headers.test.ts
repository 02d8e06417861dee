import { describe, expect, it } from 'vitest';
import { columnRole, jareUnit, normaliseText } from '../../../shared/jare/template-headers';

describe('JARE headers', () => {
  it('are compared without case, accents, spacing, punctuation or direction marks', () => {
    expect(normaliseText('  Cession sur le territoire douanier au COMMERCE DE DÉTAIL (-) ')).toBe('cession sur le territoire douanier au commerce de detail');
    expect(normaliseText('Importation ( + )')).toBe('importation');
    expect(normaliseText('Stock au 1er jan.')).toBe('stock au 1er jan');
  });

  it.each([
    ['Nom de la substance', { kind: 'name' }],
    ['Nom de la préparation', { kind: 'name' }],
    ['Numéro NDS', { kind: 'nds' }],
    ['N° NDS', { kind: 'nds' }],
    ['code GTIN', { kind: 'gtin' }],
    ['Code GTIN / CIP', { kind: 'gtin' }],
    ['Numéro CAS', { kind: 'cas' }],
    ['Unité', { kind: 'unit' }],
    ['Stock au 1er jan.', { kind: 'opening' }],
    ['Stock au 1er janvier', { kind: 'opening' }],
    ['Stock au 31 déc.', { kind: 'closing' }],
    ['Stock au 31 décembre 2026', { kind: 'closing' }],
    ['cession sur le territoire douanier au commerce de detail', { kind: 'exit', exit: 'retail' }],
    ['Cession sur le territoire douanier au commerce de gros (-)', { kind: 'exit', exit: 'wholesale' }],
    ['Acquisition sur le territoire douanier (+)', { kind: 'entry', entry: 'acquisition' }],
    ['Pertes / vols (-)', { kind: 'exit', exit: 'lossTheft' }],
    ['Importation', { kind: 'entry', entry: 'import' }],
  ])('« %s » is %j', (header, role) => {
    expect(columnRole(header)).toEqual(role);
  });

  it.each(['Contrôle', 'Utilisation à d’autres fins (-)', 'Commentaires', 'Unité de compte', ''])('« %s » is not recognised', (header) => {
    expect(columnRole(header)).toBeNull();
  });

  it('reads the units ANSM sets, micro sign or Greek mu', () => {
    expect(['µg', 'μg', 'ug', 'mcg', 'MG', ' g ', 'kg', 'Milligrammes'].map(jareUnit)).toEqual(['µg', 'µg', 'µg', 'µg', 'mg', 'g', 'kg', 'mg']);
    expect(jareUnit('comprimé')).toBeNull();
    expect(jareUnit('mL')).toBeNull();
  });
});
