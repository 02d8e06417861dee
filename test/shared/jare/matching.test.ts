import { describe, expect, it } from 'vitest';
import { gtinAsCip13, matchItems, matchStatement, nameWords, rowKey, type MatchItem } from '../../../shared/jare/matching';
import type { TemplateRow, TemplateSheet } from '../../../shared/jare/template-model';
import { jareStatement, SKENAN_CIP13 } from './jare-statement';

const sheet = (name: 'S' | 'P', rows: TemplateRow[]): TemplateSheet => ({ sheet: name, worksheet: name, headerRow: 4, columns: [], unrecognised: [], rows });

const S = sheet('S', [
  { row: 5, name: 'Morphine sulfate', nds: '10001', unit: 'mg' },
  { row: 6, name: 'Fentanyl', nds: '10002', unit: 'µg' },
  { row: 7, name: 'Phosphate de codéine', nds: '10003', unit: 'g' },
  { row: 8, name: 'Kétamine', nds: '10005', unit: 'mg' },
  { row: 9, name: 'Ketamine', nds: '10006', unit: 'mg' },
]);
const P = sheet('P', [
  { row: 5, name: 'SKENAN LP 30 mg, gélule', nds: '90001', gtin: `0${SKENAN_CIP13}` },
  { row: 6, name: 'ORAMORPH 20 mg/mL', nds: '90002', gtin: '03400930000002' },
  { row: 7, name: 'Skenan LP 30 mg', nds: '90004', gtin: `0${SKENAN_CIP13}` },
]);
const keys = (items: readonly { item: MatchItem }[] | readonly MatchItem[]): string[] => items.map((entry) => ('item' in entry ? entry.item.key : entry.key));

describe('matching the statement to the template’s rows', () => {
  it('keys rows by NDS number, else GTIN, else name; a GTIN-14 starting with 0 is the CIP13', () => {
    expect(rowKey({ row: 1, name: 'X', nds: ' 10001 ', gtin: '0340' })).toBe('NDS 10001');
    expect(rowKey({ row: 1, name: 'X', gtin: '0 3400930000001' })).toBe('GTIN 03400930000001');
    expect(rowKey({ row: 1, name: 'Sulfate de Morphine' })).toBe('Nom sulfate de morphine');
    expect(gtinAsCip13('03400930000001')).toBe('3400930000001');
    expect(gtinAsCip13('3400930000001')).toBe('3400930000001');
    expect(gtinAsCip13('13400930000001')).toBe('13400930000001');
    expect(nameWords('Sulfate de morphine')).toBe(nameWords('Morphine (sulfate)'));
  });

  it('without confirmation, a name only proposes; a shared GTIN or two names are ambiguous; nothing is invented', () => {
    const outcome = matchStatement(jareStatement(), { S, P });
    expect(outcome.matched).toEqual([]);
    expect(
      outcome.proposals.map((proposal) => `${proposal.item.key} ${proposal.reason} ${proposal.candidates.map((candidate) => candidate.row.row).join('+')}`),
    ).toEqual([
      'Morphine (sulfate) name 5',
      'Fentanyl (base) name 6',
      'Codéine (phosphate) name 7',
      'Kétamine (base) ambiguous 8+9',
      'P2 ambiguous 5+7',
      'P3 name 6',
    ]);
    expect(keys(outcome.unmatched)).toEqual(['Méthadone (chlorhydrate)', 'P4']);
  });

  it('a confirmed match is kept; a unique GTIN matches; a confirmed row is never given twice', () => {
    const outcome = matchStatement(
      jareStatement(),
      { S, P: sheet('P', P.rows.slice(0, 2)) },
      {
        substances: { 'Morphine (sulfate)': 'NDS 10001', 'Fentanyl (base)': 'NDS 10002', 'Kétamine (base)': 'NDS 10001' },
        products: { P3: 'NDS 90002' },
      },
    );
    expect(outcome.matched.map((match) => `${match.item.key}→${match.row.row} ${match.by}`)).toEqual([
      'Morphine (sulfate)→5 confirmed',
      'Fentanyl (base)→6 confirmed',
      'P2→5 gtin',
      'P3→6 confirmed',
    ]);
    // Kétamine's confirmation points at Morphine's row, already taken: back to its proposals.
    expect(outcome.proposals.map((proposal) => proposal.item.key)).toEqual(['Codéine (phosphate)', 'Kétamine (base)']);
  });

  it('a confirmation may name the row by any of its keys, but only one row', () => {
    const outcome = matchStatement(
      jareStatement(),
      { S, P },
      { substances: { 'Codéine (phosphate)': 'Nom phosphate de codeine' }, products: { P2: 'GTIN 03400930000001', P3: 'NDS 90002' } },
    );
    expect(outcome.matched.map((match) => `${match.item.key}→${match.row.row} ${match.rowKey}`)).toEqual(['Codéine (phosphate)→7 NDS 10003', 'P3→6 NDS 90002']);
    expect(outcome.proposals.find((proposal) => proposal.item.key === 'P2')?.reason).toBe('ambiguous');
  });

  it('a confirmation whose row is gone from this year’s template falls back on the keys', () => {
    const outcome = matchStatement(jareStatement(), { S, P }, { substances: {}, products: { P2: 'NDS 99999' } });
    expect(outcome.proposals.find((proposal) => proposal.item.key === 'P2')?.reason).toBe('ambiguous');
  });

  it('an NDS number carried by the item matches its row (products do not carry one yet)', () => {
    const item: MatchItem = { sheet: 'S', key: 'Morphine (chlorhydrate)', label: 'Morphine (chlorhydrate)', nds: '10002', names: ['Morphine chlorhydrate'] };
    expect(matchItems([item], { S, P }).matched.map((match) => `${match.row.row} ${match.by}`)).toEqual(['6 nds']);
  });

  it('proposes a product whose designation the row’s name contains; never a base for a salt', () => {
    const rows = sheet('P', [{ row: 5, name: 'SKENAN LP 30 mg, gélule', nds: '1' }]);
    const product: MatchItem = { sheet: 'P', key: 'P2', label: 'Skenan LP 30 mg (P2)', names: ['Skenan LP 30 mg'] };
    expect(matchItems([product], { S, P: rows }).proposals.map((proposal) => `${proposal.reason} ${proposal.candidates[0]!.row.row}`)).toEqual(['name 5']);
    const base: MatchItem = { sheet: 'S', key: 'Morphine (base)', label: 'Morphine (base)', names: ['Morphine base', 'Morphine'] };
    expect(matchItems([base], { S, P }).unmatched.map((item) => item.key)).toEqual(['Morphine (base)']);
  });

  it('an empty statement matches nothing and proposes nothing', () => {
    expect(matchStatement({ ...jareStatement(), substances: [], products: [] }, { S, P })).toEqual({ matched: [], proposals: [], unmatched: [] });
  });
});
