import { describe, expect, it } from 'vitest';
import { matchStatement, NO_CONFIRMED_MATCHES } from '../../../shared/jare/matching';
import { confirmMatch, forgetMatch } from '../../../shared/jare/remembered-matches';
import type { TemplateSheet } from '../../../shared/jare/template-model';
import { jareStatement } from './jare-statement';

const S: TemplateSheet = {
  sheet: 'S',
  worksheet: 'S',
  headerRow: 4,
  columns: [],
  unrecognised: [],
  rows: [{ row: 5, name: 'Morphine sulfate', nds: '10001', unit: 'mg' }],
};
const P: TemplateSheet = { sheet: 'P', worksheet: 'P', headerRow: 4, columns: [], unrecognised: [], rows: [] };

describe('the confirmed matches remembered per register', () => {
  it('a confirmation goes to its sheet’s table, replaces the one before for that item, and leaves the others', () => {
    const first = confirmMatch(NO_CONFIRMED_MATCHES, { sheet: 'S', key: 'Morphine (sulfate)' }, 'Nom morphine sulfate');
    const second = confirmMatch(first, { sheet: 'P', key: 'P2' }, 'GTIN 03400930000001');
    const third = confirmMatch(second, { sheet: 'S', key: 'Morphine (sulfate)' }, 'NDS 10001');
    expect(third).toEqual({ substances: { 'Morphine (sulfate)': 'NDS 10001' }, products: { P2: 'GTIN 03400930000001' } });
    // Never changed in place: what was sent before stays as it was.
    expect(first).toEqual({ substances: { 'Morphine (sulfate)': 'Nom morphine sulfate' }, products: {} });
    expect(NO_CONFIRMED_MATCHES).toEqual({ substances: {}, products: {} });
  });

  it('forgetting drops that item only; forgetting what was never confirmed changes nothing', () => {
    const both = { substances: { 'Morphine (sulfate)': 'NDS 10001', 'Fentanyl (base)': 'NDS 10002' }, products: { P2: 'NDS 90001' } };
    expect(forgetMatch(both, { sheet: 'S', key: 'Morphine (sulfate)' })).toEqual({
      substances: { 'Fentanyl (base)': 'NDS 10002' },
      products: { P2: 'NDS 90001' },
    });
    expect(forgetMatch(both, { sheet: 'P', key: 'P9' })).toEqual(both);
    expect(both.substances['Morphine (sulfate)']).toBe('NDS 10001');
  });

  it('a remembered confirmation turns a name proposal into a match; forgotten, it is proposed again', () => {
    const statement = jareStatement();
    expect(matchStatement(statement, { S, P }).proposals.map((proposal) => proposal.item.key)).toContain('Morphine (sulfate)');
    const remembered = confirmMatch(NO_CONFIRMED_MATCHES, { sheet: 'S', key: 'Morphine (sulfate)' }, 'Nom morphine sulfate');
    const matched = matchStatement(statement, { S, P }, remembered);
    expect(matched.matched.map((match) => `${match.item.key}→${match.row.row} ${match.by}`)).toEqual(['Morphine (sulfate)→5 confirmed']);
    expect(
      matchStatement(statement, { S, P }, forgetMatch(remembered, { sheet: 'S', key: 'Morphine (sulfate)' })).proposals.map((proposal) => proposal.item.key),
    ).toContain('Morphine (sulfate)');
  });
});
