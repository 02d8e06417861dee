import { describe, expect, it } from 'vitest';
import { columnLetter, findSheet, templateSheet, type SheetGrid } from '../../../shared/jare/template-model';

const grid = (rows: (string | null)[][]): SheetGrid => ({ rows: rows.map((cells, index) => ({ row: index + 1, cells })) });

describe('a JARE sheet read from its cell texts', () => {
  const sheet = templateSheet(
    'S',
    'S',
    grid([
      ['Déclaration annuelle — Substances (stock au 1er janvier à déclarer)'],
      [],
      ['Nom de la substance', 'Numéro NDS', 'code GTIN', 'Numéro CAS', 'Unité', 'Stock au 1er janvier', 'Autre (-)', 'Stock au 1er janvier', 'Contrôle'],
      ['Morphine sulfate', '10001', null, '64-31-3', 'mg'],
      [null, null, null, null, null, '12'],
      ['Fentanyl', '10002', null, null, 'μg'],
      ['Cocaïne', '10003', null, null, 'boîte'],
      [null, null, '03400930000001'],
    ]),
  )!;

  it('finds the header row by its text, below a title', () => {
    expect(sheet.headerRow).toBe(3);
    expect(sheet.columns.map((column) => `${column.letter}:${column.role.kind}`)).toEqual(['A:name', 'B:nds', 'C:gtin', 'D:cas', 'E:unit', 'F:opening']);
  });

  it('reports headers it does not know, and a role met twice, never filling them', () => {
    expect(sheet.unrecognised.map((header) => `${header.letter} ${header.header}`)).toEqual(['G Autre (-)', 'H Stock au 1er janvier', 'I Contrôle']);
  });

  it('lists the pre-filled rows with their keys and units, skipping rows without any key', () => {
    expect(sheet.rows).toEqual([
      { row: 4, name: 'Morphine sulfate', nds: '10001', cas: '64-31-3', unitText: 'mg', unit: 'mg' },
      { row: 6, name: 'Fentanyl', nds: '10002', unitText: 'μg', unit: 'µg' },
      { row: 7, name: 'Cocaïne', nds: '10003', unitText: 'boîte' },
      { row: 8, name: '', gtin: '03400930000001' },
    ]);
  });

  it('finds no header row in a sheet of something else', () => {
    expect(
      templateSheet(
        'S',
        'S',
        grid([
          ['Nom', 'Prénom'],
          ['Dupont', 'Jean'],
        ]),
      ),
    ).toBeNull();
  });

  it('names columns past Z and finds a sheet whatever its case and spacing', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(findSheet(['D', ' s ', 'P'], 'S')).toBe(' s ');
    expect(findSheet(['Feuil1'], 'P')).toBeUndefined();
  });
});
