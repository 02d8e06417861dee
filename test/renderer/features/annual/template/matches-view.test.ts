import { describe, expect, it } from 'vitest';
import { matchStatement } from '../../../../../shared/jare/matching';
import type { TemplateSheet } from '../../../../../shared/jare/template-model';
import { itemId, matchesView, settleMatches } from '../../../../../renderer/features/annual/template/matches-view';
import { jareStatement, SKENAN_CIP13 } from '../../../../shared/jare/jare-statement';

const sheet = (name: 'S' | 'P', rows: TemplateSheet['rows']): TemplateSheet => ({
  sheet: name,
  worksheet: name,
  headerRow: 4,
  columns: [],
  unrecognised: [],
  rows,
});
const S = sheet('S', [
  { row: 5, name: 'Morphine sulfate', nds: '10001', unitText: 'mg', unit: 'mg' },
  { row: 6, name: 'Kétamine', nds: '10005', unitText: 'mg', unit: 'mg' },
  { row: 7, name: 'Ketamine', nds: '10006', unitText: 'mg', unit: 'mg' },
]);
const P = sheet('P', [{ row: 5, name: 'SKENAN LP 30 mg, gélule', nds: '90001', gtin: `0${SKENAN_CIP13}` }]);

describe('the matches as the section shows them', () => {
  const outcome = matchStatement(jareStatement(), { S, P }, { substances: { 'Morphine (sulfate)': 'NDS 10001' }, products: {} });

  it('lists each match with its row, unit and how it was found, sheet S first; the proposals with one option per row; the lines without a row', () => {
    const view = matchesView(outcome);
    expect(view.matched.map((line) => `${line.sheet} ${line.label} → ${line.row} ${line.rowName} ${line.unit} (${line.byText})`)).toEqual([
      'S Morphine (sulfate) → 5 Morphine sulfate mg (votre confirmation)',
      'P Skenan LP 30 mg (P2) → 5 SKENAN LP 30 mg, gélule  (code GTIN / CIP)',
    ]);
    const ketamine = view.toConfirm.find((line) => line.label === 'Kétamine (base)')!;
    expect(ketamine.reasonText).toBe('2 lignes possibles');
    expect(ketamine.options.map((option) => option.rowKey)).toEqual(['NDS 10005', 'NDS 10006']);
    expect(ketamine.options[0]!.text).toBe('S ligne 6 — Kétamine (NDS 10005)');
    expect(view.withoutRow.map((line) => `${line.label} (${line.sheetText})`)).toContain('Fentanyl (base) (feuille S)');
    const sheets = view.withoutRow.map((line) => line.sheetText);
    expect(sheets.indexOf('feuille P')).toBeGreaterThan(sheets.lastIndexOf('feuille S'));
  });

  it('a proposal left unmatched leaves the proposals for the lines without a row; the matches are untouched', () => {
    const settled = settleMatches(outcome, new Set([itemId({ sheet: 'S', key: 'Kétamine (base)' })]));
    expect(settled.proposals.map((proposal) => proposal.item.key)).not.toContain('Kétamine (base)');
    expect(settled.unmatched.map((item) => item.key)).toContain('Kétamine (base)');
    expect(settled.matched).toBe(outcome.matched);
    expect(settled.proposals.length + settled.unmatched.length).toBe(outcome.proposals.length + outcome.unmatched.length);
    expect(settleMatches(outcome, new Set())).toEqual(outcome);
  });
});
