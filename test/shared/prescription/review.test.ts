// The prescription rules applied to one dispensation against the patient's earlier ones.
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../shared/errors';
import type { PrescriptionRecord } from '../../../shared/register/events-movements';
import { toMilli } from '../../../shared/register/quantity';
import { reviewPrescription, shareOf, type DispensationUnderReview, type EarlierDispensation } from '../../../shared/prescription/review';

const doctor = { name: 'Dr Martin', address: '1 rue Haute, Lyon' };
const units = (count: number) => toMilli(count * 1000);

function draft(prescription: Partial<PrescriptionRecord>, rest: Partial<DispensationUnderReview> = {}): DispensationUnderReview {
  return {
    productId: 'p-skenan-10',
    substance: 'morphine',
    quantity: units(56),
    operationDate: '2026-02-01',
    prescriber: doctor,
    prescription: { date: '2026-02-01', days: 28, quantity: units(56), ...prescription },
    ...rest,
  };
}

function earlier(seq: number, prescription: Partial<PrescriptionRecord>, rest: Partial<EarlierDispensation> = {}): EarlierDispensation {
  return {
    seq,
    operationDate: prescription.date ?? '2026-01-10',
    productId: 'p-skenan-10',
    substance: 'morphine',
    quantity: units(56),
    prescriber: doctor,
    prescription: { date: '2026-01-10', days: 28, quantity: units(56), ...prescription },
    ...rest,
  };
}

describe('art. R. 5132-33 — how much may be dispensed today', () => {
  it('allows the whole prescription within the three days (art. R. 5132-33)', () => {
    const review = reviewPrescription(draft({}, { operationDate: '2026-02-04' }), []);
    expect(review.allowed).toBe(units(56));
    expect(review.refusal).toBeUndefined();
  });

  it('refuses the whole prescription on the 4th day, and shows the computation (art. R. 5132-33)', () => {
    const review = reviewPrescription(draft({}, { operationDate: '2026-02-05' }), []);
    expect(review.allowed).toBe(units(48));
    expect(review.refusal?.code).toBe('prescription.exceedsCover');
    expect(describeError(review.refusal!)).toContain('au plus 48 aujourd’hui');
    expect(review.computation[0]).toContain('4 jours de traitement retirés, 24 jours sur 28 restent');
  });

  it('accepts what is left of the period on the 4th day (art. R. 5132-33)', () => {
    expect(reviewPrescription(draft({}, { operationDate: '2026-02-05', quantity: units(48) }), []).refusal).toBeUndefined();
  });

  it('rounds a share that falls between two units up to the whole unit, never above the prescription (art. R. 5132-33)', () => {
    expect(shareOf(units(60), 24, 28)).toBe(units(52));
    expect(shareOf(units(56), 28, 28)).toBe(units(56));
    expect(shareOf(toMilli(100_500), 28, 28)).toBe(toMilli(100_500));
  });

  it('counts what was already dispensed on the same prescription (art. R. 5132-33)', () => {
    const first = earlier(5, { date: '2026-02-01' }, { quantity: units(40), operationDate: '2026-02-01' });
    const review = reviewPrescription(draft({}, { operationDate: '2026-02-02', quantity: units(20) }), [first]);
    expect(review.dispensedOnPrescription).toBe(units(40));
    expect(review.allowed).toBe(units(16));
    expect(review.refusal?.code).toBe('prescription.exceedsCover');
  });

  it('does not count another product’s line of the same prescription (art. R. 5132-33)', () => {
    const otherStrength = earlier(5, { date: '2026-02-01' }, { productId: 'p-skenan-30', operationDate: '2026-02-01' });
    const review = reviewPrescription(draft({}), [otherStrength]);
    expect(review.allowed).toBe(units(56));
    expect(review.warnings).toEqual([]);
  });
});

describe('art. R. 5132-33 — fraction follow-up', () => {
  const fraction = (number: number) => ({ days: 28, quantity: units(56), fraction: { number, count: 4, days: 7 } });

  it('allows one fraction’s share, and says which fraction it is (art. R. 5132-33)', () => {
    const review = reviewPrescription(draft(fraction(2), { operationDate: '2026-02-08', quantity: units(14) }), [
      earlier(3, { date: '2026-02-01', ...fraction(1) }, { quantity: units(14) }),
    ]);
    expect(review.allowed).toBe(units(14));
    expect(review.refusal).toBeUndefined();
    expect(review.computation[0]).toContain('Fraction 2 sur 4 (du 08/02/2026 au 14/02/2026)');
    expect(review.computation[1]).toContain('déjà délivré sur cette ordonnance\u202f: 14');
  });

  it('refuses the whole prescription when a fraction is named (art. R. 5132-33)', () => {
    expect(reviewPrescription(draft(fraction(1), { quantity: units(56) }), []).refusal?.code).toBe('prescription.exceedsCover');
  });

  it('refuses a fraction dispensed twice (art. R. 5132-33)', () => {
    const twice = reviewPrescription(draft(fraction(2), { operationDate: '2026-02-09', quantity: units(14) }), [
      earlier(4, { date: '2026-02-01', ...fraction(2) }, { quantity: units(14) }),
    ]);
    expect(twice.allowed).toBe(units(0));
    expect(twice.refusal?.code).toBe('prescription.exceedsCover');
  });

  it('allows the rest of the second fraction the 4th day after the first ended (art. R. 5132-33)', () => {
    const late = reviewPrescription(draft(fraction(2), { operationDate: '2026-02-11', quantity: units(14) }), []);
    expect(late.allowed).toBe(units(8));
    expect(late.refusal?.code).toBe('prescription.exceedsCover');
  });

  it('allows the last fraction in full on the 3rd day after the third ended (art. R. 5132-33)', () => {
    expect(reviewPrescription(draft(fraction(4), { operationDate: '2026-02-24', quantity: units(14) }), []).allowed).toBe(units(14));
    expect(reviewPrescription(draft(fraction(4), { operationDate: '2026-02-25', quantity: units(14) }), []).allowed).toBe(units(8));
  });
});

describe('art. R. 5132-33 — a prescription dated in the future', () => {
  it('is refused, the day after the dispensation (art. R. 5132-33)', () => {
    const review = reviewPrescription(draft({ date: '2026-02-02' }, { operationDate: '2026-02-01' }), []);
    expect(review.refusal?.code).toBe('prescription.inFuture');
    expect(describeError(review.refusal!)).toContain('02/02/2026');
  });

  it('is accepted on the day it is dated (art. R. 5132-33)', () => {
    expect(reviewPrescription(draft({ date: '2026-02-01' }, { operationDate: '2026-02-01' }), []).refusal).toBeUndefined();
  });
});

describe('art. R. 5132-33 — chevauchement', () => {
  it('warns of a new prescription of the same prescriber for the same substance during the period covered (art. R. 5132-33)', () => {
    const review = reviewPrescription(draft({ date: '2026-02-01' }), [earlier(7, { date: '2026-01-10' })]);
    expect(review.warnings.map((warning) => warning.kind)).toEqual(['overlap']);
    expect(review.warnings[0]?.sentence).toContain('du 10/01/2026 au 06/02/2026');
    expect(review.warnings[0]?.sentence).toContain('art. R. 5132-33');
  });

  it('counts another strength of the same substance (art. R. 5132-33)', () => {
    const review = reviewPrescription(draft({}), [earlier(7, { date: '2026-01-10' }, { productId: 'p-skenan-30' })]);
    expect(review.warnings.map((warning) => warning.kind)).toEqual(['overlap']);
  });

  it('is silent on the day after the period covered ends (art. R. 5132-33)', () => {
    // 10 January + 28 days covers up to 6 February: dated 7 February, no overlap.
    expect(reviewPrescription(draft({ date: '2026-02-07' }, { operationDate: '2026-02-07' }), [earlier(7, { date: '2026-01-10' })]).warnings).toEqual([]);
    expect(reviewPrescription(draft({ date: '2026-02-06' }, { operationDate: '2026-02-06' }), [earlier(7, { date: '2026-01-10' })]).warnings).toHaveLength(1);
  });

  it('is silent when the prescriber wrote the express mention (art. R. 5132-33)', () => {
    expect(reviewPrescription(draft({ mentions: { overlapAllowed: true } }), [earlier(7, { date: '2026-01-10' })]).warnings).toEqual([]);
  });

  it('is silent for another prescriber, known by RPPS before the name (art. R. 5132-33)', () => {
    const other = earlier(7, { date: '2026-01-10', prescriberRpps: '10000000002' });
    expect(reviewPrescription(draft({ prescriberRpps: '10000000001' }), [other]).warnings).toEqual([]);
    const sameTypedOtherwise = earlier(7, { date: '2026-01-10' }, { prescriber: { name: '  dr  MARTIN ', address: 'ailleurs' } });
    expect(reviewPrescription(draft({}), [sameTypedOtherwise]).warnings).toHaveLength(1);
  });

  it('is silent for another substance (art. R. 5132-33)', () => {
    expect(reviewPrescription(draft({}), [earlier(7, { date: '2026-01-10' }, { substance: 'oxycodone' })]).warnings).toEqual([]);
  });

  it('reads no further back than the history kept, the same for the app and the replay (art. R. 5132-33)', () => {
    const old = earlier(2, { date: '2025-10-01', days: 200 });
    expect(reviewPrescription(draft({}), [old]).warnings).toEqual([]);
  });
});

describe('art. R. 5132-30 — the product’s limits', () => {
  it('warns of a duration above 28 days, the legal limit (art. R. 5132-30)', () => {
    const review = reviewPrescription(draft({ days: 29, quantity: units(58) }, { quantity: units(58) }), []);
    expect(review.warnings.map((warning) => warning.sentence)).toEqual([
      'Durée prescrite de 29 jours, au-delà des 28 jours pour lesquels ce produit peut être prescrit (art. R. 5132-30 du code de la santé publique).',
    ]);
  });

  it('is silent at exactly the limit (art. R. 5132-30)', () => {
    expect(reviewPrescription(draft({ days: 28 }), [], { maxDays: 28 }).warnings).toEqual([]);
  });

  it('warns above a shorter product limit (art. R. 5132-30)', () => {
    expect(reviewPrescription(draft({ days: 14 }, { quantity: units(28) }), [], { maxDays: 7 }).warnings.map((w) => w.kind)).toEqual(['durationAboveLimit']);
  });

  it('warns when a product dispensed in fractions is not split, unless « délivrance en une seule fois » (art. R. 5132-30)', () => {
    const limits = { maxDays: 14, fractionDays: 7 };
    expect(reviewPrescription(draft({ days: 14 }, { quantity: units(56) }), [], limits).warnings.map((w) => w.kind)).toEqual(['notFractioned']);
    expect(reviewPrescription(draft({ days: 14, mentions: { singleDelivery: true } }), [], limits).warnings).toEqual([]);
    expect(reviewPrescription(draft({ days: 7 }), [], limits).warnings).toEqual([]);
  });

  it('warns of fractions longer than the product’s (art. R. 5132-30)', () => {
    const split = { days: 14, fraction: { number: 1, count: 1, days: 14 } };
    expect(reviewPrescription(draft(split), [], { maxDays: 14, fractionDays: 7 }).warnings.map((w) => w.kind)).toEqual(['fractionAboveLimit']);
  });
});
