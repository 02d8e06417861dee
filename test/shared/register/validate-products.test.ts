import { describe, expect, it } from 'vitest';
import type { ProductDefinition } from '../../../shared/register/events';
import type { Milli } from '../../../shared/register/quantity';
import type { Draft, ProductState } from '../../../shared/register/validate';
import { decideDraft } from '../../fixtures/register';
import { MORPHINE, OPERATION_DAY, openedContext, productDraft, VALID_CIP13, WRONG_KEY_CIP13 } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { contextFor, MOVEMENT_DRAFTS, MOVEMENT_KINDS, omit, withField } from './drafts';

function productChange(product: Partial<ProductDefinition> = {}, active: unknown = true): Draft {
  return {
    operationDate: OPERATION_DAY,
    body: { type: 'product.changed', productId: 'P2', product: { ...MORPHINE, ...product }, active: active as boolean },
  };
}

function withProduct(state: Partial<ProductState>) {
  return openedContext({ product: { definition: MORPHINE, active: true, hasMovements: true, ...state } });
}

describe('validateDraft: defining a product', () => {
  it('records the definition, trimmed, with its CIP13', () => {
    const draft = productDraft({ designation: ' Morphine sulfate LP 10 mg ', unit: 'comprimé ', cip13: ` ${VALID_CIP13} ` });
    expect(accepted(decideDraft(draft, openedContext({ product: undefined }))).body).toEqual({
      type: 'product.defined',
      product: { ...MORPHINE, cip13: VALID_CIP13 },
    });
  });

  it.each([
    ['designation', 'désignation'],
    ['form', 'forme'],
    ['strength', 'dosage'],
    ['unit', 'unité de prise'],
  ])('refuses a product without %s', (field, label) => {
    expect(refusal(decideDraft(omit(productDraft(), `product.${field}`), openedContext()))).toEqual({ code: 'field.required', field, params: { label } });
  });

  it('refuses a field longer than 300 characters', () => {
    expect(refusal(decideDraft(productDraft({ designation: 'x'.repeat(301) }), openedContext()))).toEqual({
      code: 'field.tooLong',
      field: 'designation',
      params: { label: 'désignation', max: '300' },
    });
  });

  it.each<[string, number, string]>([
    ['holds no unit', 0, 'quantity.notPositive'],
    ['holds a negative number of units', -14_000, 'quantity.notPositive'],
    ['holds a fraction of a thousandth', 0.5, 'quantity.malformed'],
  ])('refuses a box that %s', (_what, perBox, code) => {
    expect(refusal(decideDraft(productDraft({ perBox: perBox as Milli }), openedContext()))).toEqual({ code, field: 'perBox' });
  });
});

describe('validateDraft: CIP13', () => {
  it.each([
    ['a wrong check digit', WRONG_KEY_CIP13],
    ['twelve digits', '340093000001'],
    ['a letter', '340093000001A'],
  ])('refuses a CIP13 with %s', (_what, cip13) => {
    expect(refusal(decideDraft(productDraft({ cip13 }), openedContext()))).toEqual({ code: 'product.cip13Invalid', field: 'cip13' });
  });

  it('refuses a CIP13 already used by another product, naming it', () => {
    expect(
      refusal(
        decideDraft(productDraft({ cip13: VALID_CIP13 }), openedContext({ then: [productDraft({ designation: 'Fentanyl 25 µg/h', cip13: VALID_CIP13 })] })),
      ),
    ).toEqual({
      code: 'product.cip13Taken',
      field: 'cip13',
      params: { designation: 'Fentanyl 25 µg/h' },
    });
  });

  it('accepts a product without CIP13 and records none', () => {
    const body = accepted(
      decideDraft(productDraft({ cip13: '  ' }), openedContext({ then: [productDraft({ designation: 'Fentanyl 25 µg/h', cip13: VALID_CIP13 })] })),
    ).body;
    expect(body).toEqual({ type: 'product.defined', product: MORPHINE });
  });

  it('applies the same rules to a changed definition', () => {
    expect(refusal(decideDraft(productChange({ cip13: WRONG_KEY_CIP13 }), withProduct({})))).toEqual({ code: 'product.cip13Invalid', field: 'cip13' });
    expect(
      refusal(decideDraft(productChange({ cip13: VALID_CIP13 }), openedContext({ then: [productDraft({ designation: 'Fentanyl', cip13: VALID_CIP13 })] }))),
    ).toEqual({
      code: 'product.cip13Taken',
      field: 'cip13',
      params: { designation: 'Fentanyl' },
    });
  });
});

describe('validateDraft: changing a product', () => {
  it('records the whole new definition and whether it is active', () => {
    const draft = productChange({ designation: ' Morphine LP 10 mg ' }, false);
    expect(accepted(decideDraft(draft, withProduct({}))).body).toEqual({
      type: 'product.changed',
      productId: 'P2',
      product: { ...MORPHINE, designation: 'Morphine LP 10 mg' },
      active: false,
    });
  });

  it('refuses to change a product that does not exist', () => {
    expect(refusal(decideDraft(productChange(), openedContext({ product: undefined })))).toEqual({ code: 'product.unknown', field: 'productId' });
  });

  it('refuses to change the unit of a product that has moved, naming the unit it keeps', () => {
    expect(refusal(decideDraft(productChange({ unit: 'gélule' }), withProduct({ hasMovements: true })))).toEqual({
      code: 'product.unitLocked',
      field: 'unit',
      params: { unit: 'comprimé' },
    });
  });

  it('changes the unit of a product that has not moved yet', () => {
    expect(accepted(decideDraft(productChange({ unit: 'gélule' }), withProduct({ hasMovements: false }))).body).toMatchObject({
      product: { unit: 'gélule' },
    });
  });

  it.each([undefined, 'oui', 1])('refuses an active flag of %j', (active) => {
    expect(refusal(decideDraft(withField(productChange(), 'active', active), withProduct({})))).toEqual({
      code: 'field.invalidChoice',
      field: 'active',
      params: { label: 'actif' },
    });
  });
});

describe('validateDraft: the product a movement names', () => {
  it.each(MOVEMENT_KINDS)('refuses a %s of an unknown product', (kind) => {
    expect(refusal(decideDraft(MOVEMENT_DRAFTS[kind](), contextFor(kind, { product: undefined })))).toEqual({
      code: 'product.unknown',
      field: 'productId',
    });
  });

  it.each(MOVEMENT_KINDS)('refuses a %s of an inactive product, naming it', (kind) => {
    const product = { definition: MORPHINE, active: false, hasMovements: kind !== 'opening.balance' };
    expect(refusal(decideDraft(MOVEMENT_DRAFTS[kind](), contextFor(kind, { product })))).toEqual({
      code: 'product.inactive',
      field: 'productId',
      params: { designation: MORPHINE.designation },
    });
  });

  it.each(MOVEMENT_KINDS)('accepts a %s of an active product', (kind) => {
    expect(accepted(decideDraft(MOVEMENT_DRAFTS[kind](), contextFor(kind))).body.type).toBe(kind);
  });
});
