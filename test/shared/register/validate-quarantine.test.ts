import { describe, expect, it } from 'vitest';
import { decideDraft } from '../../fixtures/register';
import { openedContext, stock, units, veterinaryContext } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { omit, quarantineMoveDraft, withField } from './drafts';

const context = (overrides = {}) => openedContext({ receivedLots: ['L4521', 'L9'], ...overrides });

describe('validateDraft: quarantine.moved', () => {
  it('records a mise en quarantaine of a received lot, trimmed', () => {
    const draft = quarantineMoveDraft({ lot: ' L4521 ', comment: ' Périmé fin mars ' });
    expect(accepted(decideDraft(draft, context())).body).toEqual({
      type: 'quarantine.moved',
      productId: 'P2',
      quantity: units(5),
      lot: 'L4521',
      reason: 'expired',
      comment: 'Périmé fin mars',
    });
  });

  it('takes no lot: altered stock of an unknown lot', () => {
    const draft = omit(quarantineMoveDraft({ reason: 'altered' }), 'lot');
    expect(accepted(decideDraft(draft, openedContext())).body).toEqual({ type: 'quarantine.moved', productId: 'P2', quantity: units(5), reason: 'altered' });
  });

  it('reads an empty lot as no lot', () => {
    expect(accepted(decideDraft(quarantineMoveDraft({ lot: '  ' }), openedContext())).body).not.toHaveProperty('lot');
  });

  it('refuses a lot the register never received for this product, naming it', () => {
    expect(refusal(decideDraft(quarantineMoveDraft({ lot: 'X77' }), context()))).toEqual({
      code: 'quarantine.unknownLot',
      field: 'lot',
      params: { lot: 'X77' },
    });
    expect(refusal(decideDraft(quarantineMoveDraft(), openedContext()))).toMatchObject({ code: 'quarantine.unknownLot' });
  });

  it('refuses more than the dispensable stock: what is already in quarantine does not count', () => {
    const draft = quarantineMoveDraft({ quantity: units(7) });
    expect(refusal(decideDraft(draft, context({ stock: stock(10, 4) })))).toEqual({
      code: 'stock.insufficient',
      field: 'quantity',
      params: { available: '6', requested: '7' },
    });
    expect(accepted(decideDraft(withField(draft, 'quantity', units(6)), context({ stock: stock(10, 4) }))).body).toMatchObject({ quantity: units(6) });
  });

  it.each([undefined, 'lost'])('refuses a reason %s outside the list', (reason) => {
    expect(refusal(decideDraft(withField(quarantineMoveDraft(), 'reason', reason), context()))).toEqual({
      code: 'field.invalidChoice',
      field: 'reason',
      params: { label: 'motif de la mise en quarantaine' },
    });
  });

  it('is open to a veterinary practice as to an officine', () => {
    expect(accepted(decideDraft(quarantineMoveDraft(), veterinaryContext({ receivedLots: ['L4521'] }))).body.type).toBe('quarantine.moved');
  });

  it('refuses an inactive product', () => {
    expect(refusal(decideDraft(quarantineMoveDraft(), context({ product: { active: false } })))).toMatchObject({ code: 'product.inactive' });
  });
});
