import { describe, expect, it } from 'vitest';
import { fillPlan } from '../../../shared/jare/fill-plan';
import { matchStatement } from '../../../shared/jare/matching';
import { templateSheet, type SheetGrid } from '../../../shared/jare/template-model';
import { jareStatement } from './jare-statement';

const grid = (rows: (string | null)[][]): SheetGrid => ({ rows: rows.map((cells, index) => ({ row: index + 1, cells })) });

// Sheet S without "Pertes et vols" nor the closing stock; one row with an unknown unit.
const S = templateSheet(
  'S',
  'S',
  grid([
    [
      'Nom de la substance',
      'Numéro NDS',
      'Unité',
      'Stock au 1er janvier',
      'Acquisition sur le territoire douanier (+)',
      'Cession sur le territoire douanier au commerce de détail (-)',
      'Cession sur le territoire douanier au commerce de gros (-)',
    ],
    ['Morphine sulfate', '1', 'g'],
    ['Fentanyl', '2', 'µg'],
    ['Phosphate de codéine', '3', 'g'],
    ['Kétamine', '4', 'flacon'],
  ]),
)!;
const P = templateSheet(
  'P',
  'P',
  grid([
    ['Nom de la préparation', 'Code GTIN', 'Stock au 1er janvier', 'Cession sur le territoire douanier au commerce de détail (-)', 'Stock au 31 décembre'],
    ['Oramorph', '03400930000002'],
  ]),
)!;
const statement = jareStatement();
const matches = matchStatement(
  statement,
  { S, P },
  {
    substances: { 'Morphine (sulfate)': 'NDS 1', 'Fentanyl (base)': 'NDS 2', 'Codéine (phosphate)': 'NDS 3', 'Kétamine (base)': 'NDS 4' },
    products: { P3: 'GTIN 03400930000002' },
  },
);
const plan = fillPlan(statement, { S, P }, matches);
const cells = (sheet: 'S' | 'P', row: number): string[] =>
  plan.writes.filter((write) => write.sheet === sheet && write.row === row).map((write) => `${write.letter}=${write.value} ${write.unit}`);

describe('the cells a filling writes', () => {
  it('converts each figure exactly into the row’s own unit, never rounded', () => {
    // Morphine sulfate, in g this time: 420 mg on 1/1, 3 680 mg acquired, 550 mg to retail, 200 mg to wholesale.
    expect(cells('S', 2)).toEqual(['D=0.42 g', 'E=3.68 g', 'F=0.55 g', 'G=0.2 g']);
    expect(cells('S', 3)).toEqual(['D=1234.567 µg', 'E=10000 µg', 'F=5000.001 µg', 'G=0 µg']);
    expect(cells('S', 4)).toEqual(['D=123456789.012345678 g', 'E=1.5 g', 'F=0 g', 'G=0 g']);
  });

  it('writes products in units of intake, only in the columns the template has', () => {
    expect(cells('P', 2)).toEqual(['C=0 mL', 'D=12.5 mL', 'E=77.5 mL']);
  });

  it('reports a figure without a column instead of putting it elsewhere', () => {
    expect(plan.missingColumns.map((missing) => `${missing.sheet} ${missing.itemLabel}: ${missing.flow} ${missing.value} ${missing.unit}`)).toEqual([
      'S Morphine (sulfate): Pertes et vols (-) 0.06 g',
      'S Morphine (sulfate): Stock au 31 décembre 3.68 g',
      'S Fentanyl (base): Stock au 31 décembre 6234.566 µg',
      'S Codéine (phosphate): Stock au 31 décembre 123456790.512345678 g',
      'P Oramorph 20 mg/mL (P3): Acquisition sur le territoire douanier (+) 100 mL',
      'P Oramorph 20 mg/mL (P3): Cession sur le territoire douanier au commerce de gros (-) 10 mL',
    ]);
  });

  it('leaves a row whose unit is not a mass unit empty, and says so', () => {
    expect(cells('S', 5)).toEqual([]);
    expect(plan.noUnit).toEqual([{ row: 5, name: 'Kétamine', itemLabel: 'Kétamine (base)', unitText: 'flacon' }]);
  });
});
