import { describe, expect, it } from 'vitest';
import { checkWrites } from '../../../shared/jare/check-writes';
import type { CellWrite } from '../../../shared/jare/fill-plan';
import { templateSheet, type SheetGrid } from '../../../shared/jare/template-model';

const grid = (rows: (string | null)[][]): SheetGrid => ({ rows: rows.map((cells, index) => ({ row: index + 1, cells })) });
const S = templateSheet(
  'S',
  'S',
  grid([
    ['Nom de la substance', 'Unité', 'Stock au 1er janvier'],
    ['Fentanyl', 'µg'],
  ]),
)!;
const P = templateSheet('P', 'P', grid([['Nom de la préparation', 'Stock au 1er janvier'], ['Skenan']]))!;
const write: CellWrite = {
  sheet: 'S',
  worksheet: 'S',
  row: 2,
  column: 3,
  letter: 'C',
  header: 'Stock au 1er janvier',
  itemLabel: 'Fentanyl (base)',
  value: '1234.567',
  unit: 'µg',
};

describe('checking the cells the window asks to write', () => {
  it('accepts an exact figure in an operator column of a pre-filled row', () => {
    expect(checkWrites([write, { ...write, sheet: 'P', worksheet: 'P', column: 2, letter: 'B', value: '-12' }], { S, P })).toEqual({ ok: true, value: null });
  });

  it.each([
    [{ column: 2, letter: 'B' }, 'S!B2', 'colonne qui n’est pas à remplir par l’opérateur'],
    [{ letter: 'D' }, 'S!D2', 'colonne qui n’est pas à remplir par l’opérateur'],
    [{ row: 1 }, 'S!C1', 'ligne non pré-remplie par l’ANSM'],
    [{ worksheet: 'P' }, 'S!C2', 'feuille inconnue'],
    [{ value: '1e3' }, 'S!C2', 'valeur qui n’est pas un nombre décimal exact'],
    [{ value: '' }, 'S!C2', 'valeur qui n’est pas un nombre décimal exact'],
  ])('refuses %j', (change, cell, why) => {
    expect(checkWrites([{ ...write, ...change }], { S, P })).toEqual({ ok: false, error: { code: 'jare.badWrite', params: { cell, why } } });
  });
});
