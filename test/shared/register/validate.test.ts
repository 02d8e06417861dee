import { describe, expect, it } from 'vitest';
import type { Milli } from '../../../shared/register/quantity';
import { validateDraft, type Draft } from '../../../shared/register/validate';
import {
  dispensationDraft,
  emptyContext,
  ESTABLISHMENT,
  HOLDER,
  on,
  openedContext,
  openingDraft,
  PATIENT,
  PRESCRIBER,
  productDraft,
  receiptDraft,
  SUPPLIER,
  TODAY,
  units,
  VALID_CIP13,
  WRONG_KEY_CIP13,
} from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';

describe('validateDraft: the register must be opened once, first', () => {
  it('accepts the opening of an empty register', () => {
    expect(accepted(validateDraft(openingDraft(), emptyContext())).body.type).toBe('register.opened');
  });

  it.each([
    ['product definition', productDraft()],
    ['receipt', receiptDraft()],
    ['dispensation', dispensationDraft()],
  ])('refuses a %s before the register is opened', (_kind, draft) => {
    expect(refusal(validateDraft(draft, emptyContext()))).toEqual({ code: 'register.notOpened' });
  });

  it('refuses to open the register twice', () => {
    expect(refusal(validateDraft(openingDraft(), openedContext()))).toEqual({ code: 'register.alreadyOpened' });
  });
});

describe('validateDraft: operation date', () => {
  it.each(['2026-02-30', '02/03/2026', '2026-3-2', ''])('refuses the malformed date %j', (day) => {
    expect(refusal(validateDraft(on(day, receiptDraft()), openedContext()))).toEqual({
      code: 'date.malformed',
      field: 'operationDate',
    });
  });

  it('refuses a date after today', () => {
    expect(refusal(validateDraft(on('2026-03-11', receiptDraft()), openedContext()))).toEqual({
      code: 'date.inFuture',
      field: 'operationDate',
    });
  });

  it('accepts an operation dated today', () => {
    expect(accepted(validateDraft(on(TODAY, receiptDraft()), openedContext())).operationDate).toBe(TODAY);
  });
});

describe('validateDraft: required fields', () => {
  // Blank means empty or only spaces: values are trimmed before the check.
  it.each<[string, () => Draft, boolean]>([
    ['registerId', () => openingDraft({ registerId: '  ' }), false],
    ['establishment.name', () => openingDraft({ establishment: { ...ESTABLISHMENT, name: '' } }), false],
    ['establishment.address', () => openingDraft({ establishment: { ...ESTABLISHMENT, address: ' ' } }), false],
    ['holder.name', () => openingDraft({ holder: { ...HOLDER, name: '' } }), false],
    ['holder.orderNumber', () => openingDraft({ holder: { ...HOLDER, orderNumber: '\t' } }), false],
    ['designation', () => productDraft({ designation: '' }), true],
    ['form', () => productDraft({ form: ' ' }), true],
    ['strength', () => productDraft({ strength: '' }), true],
    ['unit', () => productDraft({ unit: '' }), true],
    ['supplier.name', () => receiptDraft({ supplier: { ...SUPPLIER, name: ' ' } }), true],
    ['patient.name', () => dispensationDraft({ patient: { ...PATIENT, name: '' } }), true],
    ['patient.address', () => dispensationDraft({ patient: { ...PATIENT, address: '  ' } }), true],
    ['prescriber.name', () => dispensationDraft({ prescriber: { ...PRESCRIBER, name: '' } }), true],
    ['ordonnancierNumber', () => dispensationDraft({ ordonnancierNumber: '' }), true],
  ])('refuses a blank %s', (field, draft, opened) => {
    const context = opened ? openedContext() : emptyContext();
    expect(refusal(validateDraft(draft(), context))).toMatchObject({ code: 'field.required', field });
  });

  it('names the field in the error parameters for the message', () => {
    const error = refusal(validateDraft(dispensationDraft({ ordonnancierNumber: '' }), openedContext()));
    expect(error.params).toEqual({ label: 'numéro d’ordonnancier' });
  });

  it('refuses a field longer than 300 characters', () => {
    const error = refusal(validateDraft(productDraft({ designation: 'x'.repeat(301) }), openedContext()));
    expect(error).toMatchObject({ code: 'field.tooLong', field: 'designation' });
  });

  it('lets the supplier address and the delivery reference be left out', () => {
    const receipt = accepted(validateDraft(receiptDraft({ supplier: { name: 'Répartiteur', address: '' } }), openedContext()));
    expect(receipt.body).toMatchObject({ supplier: { name: 'Répartiteur', address: '' } });
    expect(receipt.body).not.toHaveProperty('deliveryRef');
  });
});

describe('validateDraft: trimming', () => {
  it('stores the opening without surrounding spaces', () => {
    const draft = openingDraft({
      registerId: '  REG-1 ',
      establishment: { name: ' Pharmacie du Port ', address: '\t1 quai des Indes\n', kind: 'officine' },
      holder: { name: ' Claire Martin', orderNumber: '10001234567 ' },
    });
    expect(accepted(validateDraft(draft, emptyContext())).body).toEqual({
      type: 'register.opened',
      registerId: 'REG-1',
      establishment: { name: 'Pharmacie du Port', address: '1 quai des Indes', kind: 'officine' },
      holder: { name: 'Claire Martin', orderNumber: '10001234567' },
    });
  });

  it('stores a product and its CIP13 without surrounding spaces', () => {
    const draft = productDraft({ designation: ' Morphine ', unit: 'comprimé ', cip13: ` ${VALID_CIP13} ` });
    expect(accepted(validateDraft(draft, openedContext())).body).toMatchObject({
      product: { designation: 'Morphine', unit: 'comprimé', cip13: VALID_CIP13 },
    });
  });

  it('stores a dispensation without surrounding spaces', () => {
    const draft = dispensationDraft({ ordonnancierNumber: ' 42 ', patient: { name: ' Jean ', address: ' Lorient ' } });
    expect(accepted(validateDraft(draft, openedContext())).body).toMatchObject({
      ordonnancierNumber: '42',
      patient: { name: 'Jean', address: 'Lorient' },
    });
  });

  it('records a delivery reference when one is given, trimmed', () => {
    const receipt = accepted(validateDraft(receiptDraft({ deliveryRef: ' BL-77 ' }), openedContext()));
    expect(receipt.body).toMatchObject({ deliveryRef: 'BL-77' });
  });
});

describe('validateDraft: establishment kind', () => {
  it('keeps a veterinary practice as such', () => {
    const draft = openingDraft({ establishment: { ...ESTABLISHMENT, kind: 'veterinaire' } });
    expect(accepted(validateDraft(draft, emptyContext())).body).toMatchObject({ establishment: { kind: 'veterinaire' } });
  });

  it('records an unexpected kind as an officine', () => {
    const establishment = { ...ESTABLISHMENT, kind: 'clinique' as 'officine' };
    expect(accepted(validateDraft(openingDraft({ establishment }), emptyContext())).body).toMatchObject({
      establishment: { kind: 'officine' },
    });
  });
});

describe('validateDraft: quantities', () => {
  it.each<[string, Milli, string]>([
    ['zero', 0 as Milli, 'quantity.notPositive'],
    ['negative', -5000 as Milli, 'quantity.notPositive'],
    ['not an integer number of thousandths', 1.5 as Milli, 'quantity.malformed'],
    ['not a number', Number.NaN as Milli, 'quantity.malformed'],
  ])('refuses a receipt whose quantity is %s', (_what, quantity, code) => {
    expect(refusal(validateDraft(receiptDraft({ quantity }), openedContext()))).toEqual({ code, field: 'quantity' });
  });

  it.each<[string, Milli, string]>([
    ['zero', 0 as Milli, 'quantity.notPositive'],
    ['negative', -1 as Milli, 'quantity.notPositive'],
    ['non-integer', 0.5 as Milli, 'quantity.malformed'],
  ])('refuses a dispensation whose quantity is %s', (_what, quantity, code) => {
    expect(refusal(validateDraft(dispensationDraft({ quantity }), openedContext()))).toEqual({ code, field: 'quantity' });
  });

  it('refuses a product whose box holds no unit', () => {
    expect(refusal(validateDraft(productDraft({ perBox: 0 as Milli }), openedContext()))).toEqual({
      code: 'quantity.notPositive',
      field: 'perBox',
    });
  });
});

describe('validateDraft: products and stock', () => {
  it.each([
    ['receipt', receiptDraft({ productId: 'P99' })],
    ['dispensation', dispensationDraft({ productId: 'P99' })],
  ])('refuses a %s of an unknown product', (_kind, draft) => {
    const context = openedContext({ product: undefined, available: undefined });
    expect(refusal(validateDraft(draft, context))).toEqual({ code: 'product.unknown', field: 'productId' });
  });

  it('refuses a dispensation beyond the available stock', () => {
    const draft = dispensationDraft({ quantity: units(5) });
    expect(refusal(validateDraft(draft, openedContext({ available: 4_500 as Milli })))).toEqual({
      code: 'stock.insufficient',
      field: 'quantity',
      params: { available: '4,5', requested: '5' },
    });
  });

  it('treats a product that never moved as having no stock', () => {
    const draft = dispensationDraft({ quantity: 1 as Milli });
    expect(refusal(validateDraft(draft, openedContext({ available: undefined })))).toMatchObject({
      code: 'stock.insufficient',
    });
  });

  it('accepts a dispensation of exactly the available stock', () => {
    const draft = dispensationDraft({ quantity: units(5) });
    expect(accepted(validateDraft(draft, openedContext({ available: units(5) }))).body).toMatchObject({
      quantity: units(5),
    });
  });

  it('refuses a CIP13 whose check digit is wrong', () => {
    expect(refusal(validateDraft(productDraft({ cip13: WRONG_KEY_CIP13 }), openedContext()))).toEqual({
      code: 'product.cip13Invalid',
      field: 'cip13',
    });
  });

  it('refuses a CIP13 already used by another product, naming it', () => {
    const context = openedContext({ cip13Owner: 'Fentanyl 25 µg/h' });
    expect(refusal(validateDraft(productDraft({ cip13: VALID_CIP13 }), context))).toEqual({
      code: 'product.cip13Taken',
      field: 'cip13',
      params: { designation: 'Fentanyl 25 µg/h' },
    });
  });

  it('accepts a product without CIP13 and records none', () => {
    const product = accepted(validateDraft(productDraft({ cip13: '  ' }), openedContext({ cip13Owner: 'X' })));
    expect(product.body).toMatchObject({ type: 'product.defined' });
    expect(product.body).not.toHaveProperty('product.cip13');
  });
});
