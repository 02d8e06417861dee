import { describe, expect, it } from 'vitest';
import { identityAtHead } from '../../../shared/package/identity';
import type { RegisterEvent } from '../../../shared/register/events';
import { ESTABLISHMENT, HOLDER } from '../../fixtures/drafts';

const BUYER = { name: 'Marc Lefèvre', orderNumber: '30303030303' };
const event = (seq: number, body: Record<string, unknown>) => ({ seq, ...body }) as unknown as RegisterEvent;

describe('identityAtHead', () => {
  const opening = event(1, { type: 'register.opened', registerId: 'REG-1', establishment: ESTABLISHMENT, holder: HOLDER });

  it('is the opening’s, with later changes of address, and no previous holder', () => {
    const moved = event(2, { type: 'establishment.changed', establishment: { name: 'Pharmacie du Quai', address: '2 quai Neuf' } });
    expect(identityAtHead([opening, moved])).toEqual({
      registerId: 'REG-1',
      establishment: { name: 'Pharmacie du Quai', address: '2 quai Neuf', kind: ESTABLISHMENT.kind },
      holder: HOLDER,
      previousHolder: null,
    });
  });

  it('names the buyer as holder after a change of holder, and the seller before', () => {
    const cession = event(2, { type: 'holder.changed', holder: BUYER, inventory: 1 });
    expect(identityAtHead([opening, cession])).toMatchObject({ holder: BUYER, previousHolder: HOLDER });
  });

  it('is null for a journal that does not start with an opening', () => {
    expect(identityAtHead([event(3, { type: 'receipt' })])).toBeNull();
  });
});
