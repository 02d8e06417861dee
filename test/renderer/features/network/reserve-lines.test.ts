// What every counter's banner says of the reserve journal in network mode: nothing before
// the server answered, that none is written yet, or how far each is written and its lag.
import { describe, expect, it } from 'vitest';
import { reserveLines as typeset } from '../../../../renderer/features/network/NetworkBanner';

/** The messages are typeset with French non-breaking spaces; read here with plain ones. */
const reserveLines = (status: Parameters<typeof typeset>[0]) => typeset(status).map((line) => line.replace(/[\u00a0\u202f]/g, ' '));

describe('the reserve in the banner of a counter', () => {
  it('says nothing before the server has answered', () => {
    expect(reserveLines({ reserves: null, headSeq: 12 })).toEqual([]);
  });

  it('says when no PC writes the reserve yet', () => {
    expect(reserveLines({ reserves: [], headSeq: 12 })).toEqual([expect.stringContaining('aucun poste ne l’écrit encore')]);
  });

  it('says a reserve up to date, and the lag of one behind, with who writes it and when it last wrote', () => {
    const reserves = [{ holder: 'ARRIERE-BOUTIQUE', seq: 9, writtenAt: '2026-12-05T17:04:00.000Z' }];
    expect(reserveLines({ reserves, headSeq: 9 })).toEqual(['Copie de réserve (écrite sur ARRIERE-BOUTIQUE) : à jour, jusqu’au n° 9.']);
    const [behind = ''] = reserveLines({ reserves, headSeq: 12 });
    expect(behind).toMatch(
      /^Copie de réserve \(écrite sur ARRIERE-BOUTIQUE\) : en retard de 3 opérations, écrite jusqu’au n° 9 \(le 5 décembre [àa ]*\d\d:04\)/,
    );
    expect(behind).toContain('dès que l’application est ouverte sur ARRIERE-BOUTIQUE');
  });
});
