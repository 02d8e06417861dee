import { describe, expect, it } from 'vitest';
import { countOf, pluralForm } from '../../../shared/format/plural';

const NNBSP = '\u202f';

describe('French plurals of counts', () => {
  it('takes the singular for 0 and 1, as French does', () => {
    expect(countOf(0, 'mouvement vérifié', 'mouvements vérifiés')).toBe('0 mouvement vérifié');
    expect(countOf(1, 'mouvement vérifié', 'mouvements vérifiés')).toBe('1 mouvement vérifié');
  });

  it('takes the singular for 1,5 and the plural from 2', () => {
    expect(pluralForm(1.5, 'gélule', 'gélules')).toBe('gélule');
    expect(countOf(2, 'édition', 'éditions')).toBe('2 éditions');
  });

  it('groups thousands with a narrow no-break space and keeps the plural for 1 000 and 1 000 000', () => {
    expect(countOf(1000, 'mouvement', 'mouvements')).toBe(`1${NNBSP}000 mouvements`);
    expect(countOf(3026, 'mouvement', 'mouvements')).toBe(`3${NNBSP}026 mouvements`);
    expect(countOf(1_000_000, 'mouvement', 'mouvements')).toBe(`1${NNBSP}000${NNBSP}000 mouvements`);
  });
});
