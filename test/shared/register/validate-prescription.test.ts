// A dispensation that records its prescription (art. R. 5132-29 to R. 5132-33 du code de
// la santé publique): its fields, the look-up of the patient's earlier dispensations, and
// the rules applied against them, as the write door and the replay decide.
import { describe, expect, it } from 'vitest';
import { asPatientDispensation, type PatientDispensation } from '../../../shared/prescription/history';
import { lookupsFor } from '../../../shared/register/decide';
import type { Dispensation, PrescriptionRecord, RegisterEvent } from '../../../shared/register/events';
import { canonicalJson, hashEvent } from '../../../shared/register/seal';
import { decideDraft } from '../../fixtures/register';
import { dispensationDraft, on, openedContext, openingDraft, PRESCRIBER, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll, sealedSlice } from '../../fixtures/events';
import { accepted, refusal } from '../../fixtures/result';

const RX: PrescriptionRecord = { date: '2026-03-01', days: 28, quantity: units(56) };

function onPrescription(prescription: Partial<PrescriptionRecord>, overrides: Partial<Dispensation> = {}) {
  return on('2026-03-02', dispensationDraft({ quantity: units(56), prescription: { ...RX, ...prescription } as PrescriptionRecord, ...overrides }));
}

/** An earlier dispensation of the same patient, as the storage hands it to the rules. */
function earlier(seq: number, prescription: Partial<PrescriptionRecord>, quantity = units(56)): PatientDispensation {
  const event = {
    seq,
    operationDate: prescription.date ?? '2026-02-10',
    ...dispensationDraft({ quantity, prescription: { ...RX, ...prescription } as PrescriptionRecord }).body,
  } as RegisterEvent & Dispensation;
  return asPatientDispensation(event)!;
}

describe('a dispensation without a prescription: the journal of before', () => {
  it('writes the same keys and the same bytes as before the prescription was recorded', () => {
    const [, , , dispensation] = sealedSlice();
    expect(Object.keys(dispensation!).sort()).toEqual(
      [
        'format',
        'seq',
        'prevHash',
        'hash',
        'recordedAt',
        'operationDate',
        'validatedBy',
        'type',
        'productId',
        'quantity',
        'recipient',
        'prescriber',
        'ordonnancierNumber',
      ].sort(),
    );
    const { hash, ...unsealed } = dispensation!;
    expect(canonicalJson(unsealed)).not.toContain('prescription');
    expect(hashEvent(unsealed as never)).toBe(hash);
  });

  it('declares no look-up of the patient (art. R. 5132-33 needs a prescription to check)', () => {
    expect(lookupsFor(dispensationDraft())).toEqual({});
  });
});

describe('the prescription’s fields (art. R. 5132-29 to R. 5132-33)', () => {
  it('records them, trimmed, an unticked mention writing nothing', () => {
    const draft = onPrescription(
      {
        fraction: { number: 1, count: 4, days: 7 },
        mentions: { overlapAllowed: false as never, singleDelivery: undefined, surgery: undefined },
        prescriberRpps: ' 10001234567 ',
      },
      { quantity: units(14) },
    );
    expect(accepted(decideDraft(draft, openedContext())).body).toMatchObject({
      prescription: { date: '2026-03-01', days: 28, quantity: units(56), fraction: { number: 1, count: 4, days: 7 }, prescriberRpps: '10001234567' },
    });
    expect(accepted(decideDraft(draft, openedContext())).body).not.toHaveProperty('prescription.mentions');
  });

  it('records the surgery dates and the express mentions (art. R. 5132-33)', () => {
    const draft = onPrescription({ mentions: { overlapAllowed: true, singleDelivery: true, surgery: { operation: '2026-03-04', discharge: '2026-03-06' } } });
    expect(accepted(decideDraft(draft, openedContext())).body).toMatchObject({
      prescription: { mentions: { overlapAllowed: true, singleDelivery: true, surgery: { operation: '2026-03-04', discharge: '2026-03-06' } } },
    });
  });

  it.each<[string, Partial<PrescriptionRecord>, string, string]>([
    ['a malformed date', { date: '01/03/2026' }, 'date.malformed', 'prescription.date'],
    ['a duration of 0 days', { days: 0 }, 'prescription.daysMalformed', 'prescription.days'],
    ['a duration in half days', { days: 1.5 }, 'prescription.daysMalformed', 'prescription.days'],
    ['a fraction 5 of 4', { fraction: { number: 5, count: 4, days: 7 } }, 'prescription.fractionMalformed', 'prescription.fraction.number'],
    [
      'a fraction starting after the period',
      { days: 14, fraction: { number: 3, count: 3, days: 7 } },
      'prescription.fractionMalformed',
      'prescription.fraction.number',
    ],
    ['an RPPS of 10 digits', { prescriberRpps: '1000123456' }, 'prescription.rppsMalformed', 'prescription.prescriberRpps'],
    [
      'a discharge before the operation',
      { mentions: { surgery: { operation: '2026-03-04', discharge: '2026-03-03' } } },
      'prescription.surgeryDates',
      'prescription.mentions.surgery.discharge',
    ],
    ['no prescribed quantity', { quantity: undefined as never }, 'quantity.malformed', 'prescription.quantity'],
  ])('refuses %s', (_what, prescription, code, field) => {
    expect(refusal(decideDraft(onPrescription(prescription), openedContext()))).toMatchObject({ code, field });
  });
});

describe('the patient’s earlier dispensations (art. R. 5132-33)', () => {
  it('are looked up by the patient’s name, from 92 days before the prescription date', () => {
    expect(lookupsFor(onPrescription({}))).toEqual({ patient: { name: 'Jean Dupont', since: '2025-11-29' } });
    expect(lookupsFor(onPrescription({}, { recipient: { kind: 'anonymous' } }))).toEqual({});
    expect(lookupsFor(onPrescription({ date: 'demain' }))).toEqual({});
  });

  it('refuses a prescription dated after the dispensation (art. R. 5132-33)', () => {
    expect(refusal(decideDraft(onPrescription({ date: '2026-03-03' }), openedContext()))).toMatchObject({
      code: 'prescription.inFuture',
      field: 'prescription.date',
    });
  });

  it('refuses more than the prescription covers when presented on the 4th day (art. R. 5132-33)', () => {
    const late = on('2026-03-05', dispensationDraft({ quantity: units(56), prescription: RX }));
    expect(refusal(decideDraft(late, openedContext()))).toMatchObject({ code: 'prescription.exceedsCover', params: { allowed: '48', requested: '56' } });
    expect(accepted(decideDraft(on('2026-03-05', dispensationDraft({ quantity: units(48), prescription: RX })), openedContext())).body).toMatchObject({
      quantity: units(48),
    });
  });

  it('asks the pharmacist’s reason to dispense past a chevauchement, and keeps it (art. R. 5132-33)', () => {
    const context = openedContext({ fetched: { patientDispensations: [earlier(7, { date: '2026-02-10' })] } });
    const error = refusal(decideDraft(onPrescription({}), context));
    expect(error).toMatchObject({ code: 'prescription.reasonRequired', field: 'prescription.overrideReason' });
    expect(error.params?.warnings).toBe('chevauchement');
    const reasoned = onPrescription({ overrideReason: ' Ancienne ordonnance perdue, confirmé par le prescripteur ' });
    expect(accepted(decideDraft(reasoned, context)).body).toMatchObject({
      prescription: { overrideReason: 'Ancienne ordonnance perdue, confirmé par le prescripteur' },
    });
  });

  it('accepts a chevauchement the prescriber expressly allowed, without a reason (art. R. 5132-33)', () => {
    const context = openedContext({ fetched: { patientDispensations: [earlier(7, { date: '2026-02-10' })] } });
    expect(decideDraft(onPrescription({ mentions: { overlapAllowed: true } }), context).ok).toBe(true);
  });

  it('seals a journal whose dispensations carry prescriptions, each hashed over its own fields', () => {
    const events = sealAll([openingDraft(), productDraft(), receiptDraft({ quantity: units(100) }), onPrescription({}, { prescriber: { ...PRESCRIBER } })]);
    expect(events[3]).toMatchObject({ type: 'dispensation', prescription: RX });
  });
});
