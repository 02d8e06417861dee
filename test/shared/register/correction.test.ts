import { describe, expect, it } from 'vitest';
import { CORRECTION_REASONS, type RegisterEvent, type StockCompartment } from '../../../shared/register/events';
import { decideDraft, type TestRegister } from '../../fixtures/register';
import { movementEffect } from '../../../shared/stock/movements';
import {
  correctionDraft,
  dispensationDraft,
  emptyContext,
  openedContext,
  openingDraft,
  productDraft,
  receiptDraft,
  stock,
  units,
  type RegisterOptions,
} from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { COLLEAGUE, recorded, recordedMovement, type MovementKind } from './drafts';

/** Events n° 7 of each kind, each corrected by a draft naming n° 7. */
const CORRECTABLE: [MovementKind, Record<string, unknown>, 'entry' | 'exit', StockCompartment][] = [
  ['opening.balance', { compartment: 'dispensable' }, 'entry', 'dispensable'],
  ['opening.balance', { compartment: 'quarantine' }, 'entry', 'quarantine'],
  ['receipt', {}, 'entry', 'dispensable'],
  ['patient.return', {}, 'entry', 'quarantine'],
  ['dispensation', {}, 'exit', 'dispensable'],
  ['vet.administration', {}, 'exit', 'dispensable'],
  ['vet.dispensing', {}, 'exit', 'dispensable'],
  ['preparation.use', {}, 'exit', 'dispensable'],
  ['supplier.return', { compartment: 'dispensable' }, 'exit', 'dispensable'],
  ['supplier.return', { compartment: 'quarantine' }, 'exit', 'quarantine'],
  ['theft', { compartment: 'dispensable' }, 'exit', 'dispensable'],
  ['theft', { compartment: 'quarantine' }, 'exit', 'quarantine'],
];

/** A register holding enough of P2, whose storage answers that n° 7 is `target`. */
function correcting(target: RegisterEvent, options: RegisterOptions = {}): TestRegister {
  return openedContext({ fetched: { target }, stock: stock(1000, 100), ...options });
}

describe('correction (contre-passation) of every kind of movement', () => {
  it.each(CORRECTABLE)('reverses a %s %j: the same quantity, and the direction and compartment of the original', (kind, overrides, reverses, compartment) => {
    const target = recordedMovement(kind, overrides);
    expect(accepted(decideDraft(correctionDraft(7), correcting(target))).body).toEqual({
      type: 'correction',
      productId: 'P2',
      corrects: 7,
      quantity: 'quantity' in target ? target.quantity : null,
      reverses,
      compartment,
      reason: 'quantite',
      comment: '12 au lieu de 2',
    });
  });

  it.each(CORRECTABLE)('moves the stock of a %s %j back the other way, in the same compartment', (kind, overrides, reverses, compartment) => {
    const target = recordedMovement(kind, overrides);
    const correction = recorded(8, correctionDraft(7), correcting(target));
    if (correction.type !== 'correction') throw new Error('not a correction');
    expect(movementEffect(correction)).toEqual({ direction: reverses === 'entry' ? 'exit' : 'entry', compartment, quantity: correction.quantity });
  });

  it('takes a patient return back out of quarantine', () => {
    const correction = recorded(8, correctionDraft(7), correcting(recordedMovement('patient.return')));
    if (correction.type !== 'correction') throw new Error('not a correction');
    expect(movementEffect(correction)).toEqual({ direction: 'exit', compartment: 'quarantine', quantity: units(6) });
  });
});

describe('correction: what cannot be corrected', () => {
  const dispensation = recordedMovement('dispensation');

  it('refuses an order number that names no event', () => {
    expect(refusal(decideDraft(correctionDraft(99), openedContext()))).toEqual({
      code: 'correction.unknownTarget',
      field: 'corrects',
      params: { seq: '99' },
    });
  });

  it.each([
    ['the opening', () => recorded(1, openingDraft(), emptyContext())],
    ['a product definition', () => recorded(2, productDraft())],
    ['an authorisation', () => recorded(3, { operationDate: '2026-03-02', body: { type: 'validator.authorized', person: COLLEAGUE } })],
  ])('refuses to correct %s, which is not a movement', (_what, target) => {
    const event = target();
    expect(refusal(decideDraft(correctionDraft(event.seq), openedContext({ fetched: { target: event } })))).toEqual({
      code: 'correction.notMovement',
      field: 'corrects',
      params: { seq: String(event.seq) },
    });
  });

  it('refuses to correct a correction', () => {
    const correction = recorded(8, correctionDraft(7), correcting(dispensation));
    expect(refusal(decideDraft(correctionDraft(8), correcting(correction)))).toEqual({
      code: 'correction.ofCorrection',
      field: 'corrects',
      params: { seq: '8' },
    });
  });

  it('refuses to correct the same movement twice, naming the earlier correction', () => {
    // 1 opening, 2 product, 3 receipt, 4 quarantine, 5 and 6 receipts, 7 dispensation, 8 receipt, 9 its correction.
    const register = openedContext({
      stock: stock(1000, 100),
      then: [receiptDraft(), receiptDraft(), dispensationDraft(), receiptDraft(), correctionDraft(7)],
    });
    expect(refusal(decideDraft(correctionDraft(7), register))).toEqual({
      code: 'correction.alreadyCorrected',
      field: 'corrects',
      params: { seq: '7', by: '9' },
    });
  });
});

describe('correction: reason and explanation', () => {
  const dispensation = recordedMovement('dispensation');

  it.each(CORRECTION_REASONS)('accepts the reason %s', (reason) => {
    expect(accepted(decideDraft(correctionDraft(7, { reason }), correcting(dispensation))).body).toMatchObject({ reason });
  });

  it.each(['oubli', '', undefined])('refuses the reason %j, which is not in the list', (reason) => {
    expect(refusal(decideDraft(correctionDraft(7, { reason: reason as never }), correcting(dispensation)))).toEqual({
      code: 'correction.reasonRequired',
      field: 'reason',
    });
  });

  it('refuses a correction without an explanation', () => {
    expect(refusal(decideDraft(correctionDraft(7, { comment: '  ' }), correcting(dispensation)))).toEqual({
      code: 'field.required',
      field: 'comment',
      params: { label: 'explication de la correction' },
    });
  });

  it('records the explanation trimmed', () => {
    expect(accepted(decideDraft(correctionDraft(7, { comment: ' saisi deux fois ' }), correcting(dispensation))).body).toMatchObject({
      comment: 'saisi deux fois',
    });
  });
});

describe('correction: cancelling an entry takes its units back out', () => {
  it('refuses to cancel a receipt whose units have left the dispensable stock: quarantine does not count', () => {
    const receipt = recordedMovement('receipt'); // 30 units
    expect(refusal(decideDraft(correctionDraft(7), correcting(receipt, { stock: stock(40, 22) })))).toEqual({
      code: 'stock.insufficient',
      field: 'corrects',
      params: { available: '18', requested: '30' },
    });
  });

  it('cancels a receipt whose units are all still dispensable', () => {
    expect(accepted(decideDraft(correctionDraft(7), correcting(recordedMovement('receipt'), { stock: stock(52, 22) }))).body).toMatchObject({
      quantity: units(30),
    });
  });

  it.each<[MovementKind, Record<string, unknown>]>([
    ['patient.return', {}],
    ['opening.balance', { compartment: 'quarantine', quantity: units(6) }],
  ])('refuses to cancel a %s whose units have left quarantine', (kind, overrides) => {
    const target = recordedMovement(kind, overrides); // 6 units into quarantine
    expect(refusal(decideDraft(correctionDraft(7), correcting(target, { stock: stock(100, 4) })))).toEqual({
      code: 'stock.insufficientQuarantine',
      field: 'corrects',
      params: { available: '4', requested: '6' },
    });
  });

  it('cancels an exit whatever the stock: its units come back', () => {
    expect(accepted(decideDraft(correctionDraft(7), correcting(recordedMovement('dispensation'), { stock: stock(0) }))).body).toMatchObject({
      reverses: 'exit',
    });
  });
});

describe('correction: its date', () => {
  it('refuses a correction dated before the movement it cancels, and accepts one dated the same day', () => {
    const target = { ...recordedMovement('receipt', {}), operationDate: '2026-03-05' } as RegisterEvent;
    const early = { ...correctionDraft(7), operationDate: '2026-03-04' };
    expect(refusal(decideDraft(early, correcting(target)))).toEqual({
      code: 'correction.beforeTarget',
      field: 'operationDate',
      params: { seq: '7', day: '2026-03-05' },
    });
    expect(accepted(decideDraft({ ...early, operationDate: '2026-03-05' }, correcting(target))).body.type).toBe('correction');
  });
});
