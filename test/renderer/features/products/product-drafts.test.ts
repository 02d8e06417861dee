// Editing, deactivating and reactivating a product, recorded in a real register database.
import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { findProduct, listProducts, type ProductSummary } from '../../../../renderer/db/queries';
import {
  definitionOf,
  EMPTY_PRODUCT,
  EMPTY_LIMITS,
  EMPTY_SUBSTANCE,
  productActivation,
  productChange,
  productDefinition,
  productFormValues,
} from '../../../../renderer/features/products/product-drafts';
import type { Draft } from '../../../../shared/register/validate';
import { MORPHINE, openingDraft, productDraft, receiptDraft, units, VALID_CIP13 } from '../../../fixtures/drafts';
import { trackedDatabase } from '../../../fixtures/database';
import { accepted, refusal } from '../../../fixtures/result';

const NOW = new Date(2026, 2, 10, 12, 0);
const TODAY = '2026-03-10';

function record(db: RegisterDatabase, draft: Draft) {
  return appendEvent(db, draft, NOW);
}

/** An opened register with the morphine as P2. */
async function withMorphine(): Promise<{ db: RegisterDatabase; product: ProductSummary }> {
  const db = trackedDatabase();
  accepted(await record(db, openingDraft()));
  accepted(await record(db, productDraft({ cip13: VALID_CIP13 })));
  const [product] = await listProducts(db);
  if (!product) throw new Error('expected P2');
  return { db, product };
}

function draftOf<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected a draft, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('product form values', () => {
  it('open on the product as it stands, the count per box as typed', async () => {
    const { product } = await withMorphine();
    expect(productFormValues(product)).toEqual({
      designation: MORPHINE.designation,
      form: 'comprimé',
      strength: '10 mg',
      unit: 'comprimé',
      perBox: '14',
      cip13: VALID_CIP13,
      ...EMPTY_SUBSTANCE,
      ...EMPTY_LIMITS,
    });
    expect(productFormValues({ ...product, perBox: units(1250), cip13: undefined })).toMatchObject({ perBox: '1250', cip13: '' });
    expect(productFormValues({ ...product, prescriptionLimits: { maxDays: 14, fractionDays: 7 } })).toMatchObject({
      'prescriptionLimits.maxDays': '14',
      'prescriptionLimits.fractionDays': '7',
    });
    expect(productFormValues({ ...product, perBox: 2500 as typeof product.perBox })).toMatchObject({ perBox: '2,5' });
  });

  it('carry the product’s prescription limits, a fraction alone keeping the general 28 days (art. R. 5132-30)', () => {
    const typed = { ...EMPTY_PRODUCT, designation: 'Méthadone', form: 'sirop', strength: '5 mg', unit: 'flacon', perBox: '7' };
    expect(productDefinition(typed, TODAY)).toMatchObject({ ok: true, value: { body: { product: { designation: 'Méthadone' } } } });
    expect(productDefinition(typed, TODAY)).not.toHaveProperty('value.body.product.prescriptionLimits');
    const limited = productDefinition({ ...typed, 'prescriptionLimits.maxDays': '14', 'prescriptionLimits.fractionDays': '7' }, TODAY);
    expect(limited).toMatchObject({ ok: true, value: { body: { product: { prescriptionLimits: { maxDays: 14, fractionDays: 7 } } } } });
    expect(productDefinition({ ...typed, 'prescriptionLimits.fractionDays': '14' }, TODAY)).toMatchObject({
      value: { body: { product: { prescriptionLimits: { maxDays: 28, fractionDays: 14 } } } },
    });
  });

  it('refuse an unreadable count per box on its own field, before anything is recorded', () => {
    expect(productDefinition({ ...EMPTY_PRODUCT, perBox: 'douze' }, TODAY)).toMatchObject({
      ok: false,
      error: { code: 'quantity.malformed', field: 'perBox' },
    });
  });
});

describe('editing a product', () => {
  it('records the whole new definition, keeps the product active, and the list shows it', async () => {
    const { db, product } = await withMorphine();
    const values = { ...productFormValues(product), designation: 'Morphine sulfate LP 10 mg (Skenan)', perBox: '28' };
    const event = accepted(await record(db, draftOf(productChange(product, values, TODAY))));
    expect(event).toMatchObject({
      type: 'product.changed',
      productId: 'P2',
      active: true,
      product: { ...MORPHINE, designation: 'Morphine sulfate LP 10 mg (Skenan)', perBox: units(28), cip13: VALID_CIP13 },
    });
    expect(await listProducts(db)).toEqual([{ ...product, designation: 'Morphine sulfate LP 10 mg (Skenan)', perBox: units(28) }]);
  });

  it('lets the unit change while nothing has moved, and locks it once something has', async () => {
    const { db, product } = await withMorphine();
    expect((await findProduct(db, 'P2'))?.hasMovements).toBe(false);
    accepted(await record(db, draftOf(productChange(product, { ...productFormValues(product), unit: 'gélule' }, TODAY))));

    const [changed] = await listProducts(db);
    if (!changed) throw new Error('expected P2');
    accepted(await record(db, receiptDraft({ productId: 'P2', quantity: units(28) })));
    expect((await findProduct(db, 'P2'))?.hasMovements).toBe(true);
    const relabelled = draftOf(productChange(changed, { ...productFormValues(changed), unit: 'comprimé' }, TODAY));
    expect(refusal(await record(db, relabelled))).toMatchObject({ code: 'product.unitLocked', field: 'unit', params: { unit: 'gélule' } });
    // The same unit is still accepted with any other change.
    accepted(await record(db, draftOf(productChange(changed, { ...productFormValues(changed), strength: '10 mg base' }, TODAY))));
  });

  it('is refused when the CIP13 belongs to another product', async () => {
    const { db } = await withMorphine();
    accepted(await record(db, productDraft({ designation: 'Oxycodone 5 mg' })));
    const oxycodone = (await listProducts(db))[1];
    if (!oxycodone) throw new Error('expected P3');
    const taken = draftOf(productChange(oxycodone, { ...productFormValues(oxycodone), cip13: VALID_CIP13 }, TODAY));
    expect(refusal(await record(db, taken))).toMatchObject({ code: 'product.cip13Taken', params: { designation: MORPHINE.designation } });
  });
});

describe('deactivating and reactivating a product', () => {
  it('keeps the definition, flips the state, and a deactivated product can no longer move', async () => {
    const { db, product } = await withMorphine();
    const off = accepted(await record(db, productActivation(product, false, TODAY)));
    expect(off).toMatchObject({ type: 'product.changed', productId: 'P2', active: false, product: definitionOf(product) });
    expect(await listProducts(db)).toEqual([{ ...product, active: false }]);
    expect(refusal(await record(db, receiptDraft({ productId: 'P2' })))).toMatchObject({ code: 'product.inactive' });

    const [inactive] = await listProducts(db);
    if (!inactive) throw new Error('expected P2');
    accepted(await record(db, productActivation(inactive, true, TODAY)));
    expect((await listProducts(db))[0]?.active).toBe(true);
    accepted(await record(db, receiptDraft({ productId: 'P2' })));
  });

  it('an edit of an inactive product leaves it inactive', async () => {
    const { db, product } = await withMorphine();
    accepted(await record(db, productActivation(product, false, TODAY)));
    const [inactive] = await listProducts(db);
    if (!inactive) throw new Error('expected P2');
    const event = accepted(await record(db, draftOf(productChange(inactive, { ...productFormValues(inactive), strength: '10 mg base' }, TODAY))));
    expect(event).toMatchObject({ active: false });
  });
});

describe('the substance on the product form', () => {
  const typed = { ...EMPTY_PRODUCT, designation: 'Skenan LP', form: 'gélule', strength: '30 mg', unit: 'gélule', perBox: '14' };
  const substanceOf = (values: typeof typed) => {
    const draft = draftOf(productDefinition(values, TODAY));
    return (draft.body as { product: { substance?: unknown } }).product.substance;
  };

  it('is left out when its fields are empty, even with the unit list on mg', () => {
    expect(substanceOf(typed)).toBeUndefined();
  });

  it('reads a salt and its amount in mg into whole µg, with no float on the way', () => {
    expect(
      substanceOf({ ...typed, 'substance.name': 'Morphine', 'substance.form': 'sel', 'substance.saltName': 'sulfate', 'substance.perUnit': '30' }),
    ).toEqual({
      name: 'Morphine',
      form: 'sel',
      saltName: 'sulfate',
      perUnit: 30_000,
    });
    expect(
      substanceOf({ ...typed, 'substance.name': 'Fentanyl', 'substance.form': 'base', 'substance.saltName': 'citrate', 'substance.perUnit': '0,1' }),
    ).toEqual({
      name: 'Fentanyl',
      form: 'base',
      perUnit: 100,
    });
    expect(substanceOf({ ...typed, 'substance.name': 'Fentanyl', 'substance.form': 'base', 'substance.perUnit': '12', 'substance.unit': 'µg' })).toMatchObject({
      perUnit: 12,
    });
  });

  it('refuses an amount µg cannot hold on its own field, before anything is recorded', () => {
    expect(
      productDefinition({ ...typed, 'substance.name': 'Fentanyl', 'substance.form': 'base', 'substance.perUnit': '2,5', 'substance.unit': 'µg' }, TODAY),
    ).toMatchObject({
      ok: false,
      error: { code: 'substance.amountTooPrecise', field: 'substance.perUnit' },
    });
    expect(productDefinition({ ...typed, 'substance.name': 'Morphine' }, TODAY)).toMatchObject({
      ok: false,
      error: { code: 'field.required', field: 'substance.perUnit' },
    });
  });

  it('lets the register refuse a form left unchosen and a salt without its name', async () => {
    const { db } = await withMorphine();
    const noForm = draftOf(productDefinition({ ...typed, 'substance.name': 'Morphine', 'substance.perUnit': '30' }, TODAY));
    expect(refusal(await record(db, noForm))).toMatchObject({ code: 'field.invalidChoice', field: 'substance.form' });
    const noSalt = draftOf(productDefinition({ ...typed, 'substance.name': 'Morphine', 'substance.form': 'sel', 'substance.perUnit': '30' }, TODAY));
    expect(refusal(await record(db, noSalt))).toMatchObject({ code: 'field.required', field: 'substance.saltName' });
  });

  it('opens the edit form on the substance as recorded, and an edit keeps or changes it', async () => {
    const { db, product } = await withMorphine();
    const values = {
      ...productFormValues(product),
      'substance.name': 'Morphine',
      'substance.form': 'sel',
      'substance.saltName': 'sulfate',
      'substance.perUnit': '10',
    };
    accepted(await record(db, draftOf(productChange(product, values, TODAY))));
    const [changed] = await listProducts(db);
    expect(changed?.substance).toEqual({ name: 'Morphine', form: 'sel', saltName: 'sulfate', perUnit: 10_000 });
    expect(productFormValues(changed!)).toMatchObject({ 'substance.perUnit': '10', 'substance.unit': 'mg', 'substance.saltName': 'sulfate' });
  });
});
