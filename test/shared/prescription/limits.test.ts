// Each product's limits (art. R. 5132-30 du code de la santé publique): read from the
// public catalogue's wording, recorded with the product, applied to its dispensations.
import { describe, expect, it } from 'vitest';
import { LEGAL_LIMITS, limitsFromConditions, limitsOf } from '../../../shared/prescription/limits';
import { decideDraft } from '../../fixtures/register';
import { dispensationDraft, MORPHINE, on, openedContext, productDraft, units } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';

describe('limitsFromConditions — the catalogue’s prescribing conditions (art. R. 5132-30)', () => {
  it('reads a shorter duration and the fraction length', () => {
    expect(limitsFromConditions(['Stupéfiants', 'Prescription limitée à 14 jours', 'Délivrance fractionnée de 7 jours'])).toEqual({
      maxDays: 14,
      fractionDays: 7,
    });
  });

  it('reads « par périodes de » and keeps 28 days when only the fraction is written (art. R. 5132-30)', () => {
    expect(limitsFromConditions(['délivrance fractionnée par périodes de 14 jours'])).toEqual({ maxDays: 28, fractionDays: 14 });
  });

  it('never reads more than 28 days (art. R. 5132-30)', () => {
    expect(limitsFromConditions(['prescription limitée à 60 jours'])).toEqual({ maxDays: 28 });
  });

  it('finds nothing in conditions that set no limit (art. R. 5132-30)', () => {
    expect(limitsFromConditions(['Stupéfiants', 'prescription en toutes lettres sur ordonnance sécurisée'])).toBeNull();
  });
});

describe('a product’s own limits (art. R. 5132-30)', () => {
  it('are the general 28 days when the product records none', () => {
    expect(limitsOf(MORPHINE)).toEqual(LEGAL_LIMITS);
    expect(limitsOf({ prescriptionLimits: { maxDays: 14, fractionDays: 7 } })).toEqual({ maxDays: 14, fractionDays: 7 });
  });

  it('are recorded with the product definition (art. R. 5132-30)', () => {
    const draft = productDraft({ prescriptionLimits: { maxDays: 14, fractionDays: 7 } });
    expect(accepted(decideDraft(draft, openedContext({ product: undefined }))).body).toMatchObject({
      product: { prescriptionLimits: { maxDays: 14, fractionDays: 7 } },
    });
  });

  it.each([
    [{ maxDays: 29 }, 'prescriptionLimits.maxDays'],
    [{ maxDays: 0 }, 'prescriptionLimits.maxDays'],
    [{ maxDays: 14, fractionDays: 15 }, 'prescriptionLimits.fractionDays'],
  ])('refuses %j (art. R. 5132-30)', (prescriptionLimits, field) => {
    expect(refusal(decideDraft(productDraft({ prescriptionLimits }), openedContext({ product: undefined })))).toMatchObject({
      code: 'product.limitsMalformed',
      field,
    });
  });

  it('make a 28-day prescription of a 14-day product, not fractioned, ask the pharmacist’s reason (art. R. 5132-30)', () => {
    const methadone = openedContext({
      product: { definition: { ...MORPHINE, prescriptionLimits: { maxDays: 14, fractionDays: 7 } }, active: true, hasMovements: true },
    });
    const draft = on('2026-03-02', dispensationDraft({ quantity: units(28), prescription: { date: '2026-03-02', days: 28, quantity: units(28) } }));
    expect(refusal(decideDraft(draft, methadone))).toMatchObject({
      code: 'prescription.reasonRequired',
      params: { warnings: 'durée au-delà de la limite du produit, délivrance non fractionnée' },
    });
    expect(decideDraft(draft, openedContext()).ok).toBe(true);
  });
});
