import { describe, expect, it } from 'vitest';
import { decideDraft } from '../../fixtures/register';
import { MORPHINE, on, openedContext, receiptDraft, SUPPLIER, units } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';
import { contextFor, omit, openingBalanceDraft, patientReturnDraft } from './drafts';

describe('validateDraft: opening balance (stock carried over from a previous register)', () => {
  it.each(['dispensable', 'quarantine'] as const)('records a balance carried over into the %s stock', (compartment) => {
    const draft = openingBalanceDraft({ compartment, source: ' registre papier n° 3 ' });
    expect(accepted(decideDraft(draft, contextFor('opening.balance'))).body).toEqual({
      type: 'opening.balance',
      productId: 'P2',
      quantity: units(40),
      compartment,
      source: 'registre papier n° 3',
    });
  });

  it('refuses a balance carried over once the product has moved', () => {
    const context = contextFor('opening.balance', { product: { definition: MORPHINE, active: true, hasMovements: true } });
    expect(refusal(decideDraft(openingBalanceDraft(), context))).toEqual({ code: 'opening.afterMovements', field: 'productId' });
  });

  it('refuses a second balance carried over into the same compartment, naming it', () => {
    const context = contextFor('opening.balance', { then: [openingBalanceDraft({ compartment: 'dispensable' })] });
    expect(refusal(decideDraft(openingBalanceDraft({ compartment: 'dispensable' }), context))).toEqual({
      code: 'opening.duplicate',
      field: 'compartment',
      params: { compartment: 'Stock disponible' },
    });
  });

  it('accepts a balance carried over into the other compartment', () => {
    const context = contextFor('opening.balance', { then: [openingBalanceDraft({ compartment: 'dispensable' })] });
    expect(accepted(decideDraft(openingBalanceDraft({ compartment: 'quarantine' }), context)).body).toMatchObject({ compartment: 'quarantine' });
  });

  it('refuses a balance carried over once the product has moved otherwise than by a carried-over balance', () => {
    const context = contextFor('opening.balance', { then: [openingBalanceDraft({ compartment: 'dispensable' }), receiptDraft()] });
    expect(refusal(decideDraft(openingBalanceDraft({ compartment: 'quarantine' }), context))).toEqual({ code: 'opening.afterMovements', field: 'productId' });
  });

  it('refuses a balance that does not say where it comes from', () => {
    expect(refusal(decideDraft(omit(openingBalanceDraft(), 'source'), contextFor('opening.balance')))).toEqual({
      code: 'field.required',
      field: 'source',
      params: { label: 'origine du solde (registre précédent)' },
    });
  });

  it.each([undefined, 'reserve', 'Quarantine'])('refuses the compartment %j, which is not in the list', (compartment) => {
    const draft = openingBalanceDraft({ compartment: compartment as never });
    expect(refusal(decideDraft(draft, contextFor('opening.balance')))).toEqual({
      code: 'field.invalidChoice',
      field: 'compartment',
      params: { label: 'stock concerné' },
    });
  });
});

describe('validateDraft: receipt', () => {
  it('records a complete receipt, trimmed, with its order book reference', () => {
    const draft = receiptDraft({ supplier: { ...SUPPLIER, profession: ' Grossiste-répartiteur ' }, lot: ' L4521 ', orderBookRef: ' CS-0042 ' });
    expect(accepted(decideDraft(draft, openedContext())).body).toEqual({
      type: 'receipt',
      productId: 'P2',
      quantity: units(30),
      supplier: SUPPLIER,
      deliveryRef: 'BL-2026-0311',
      lot: 'L4521',
      expiry: '2028-06',
      orderBookRef: 'CS-0042',
    });
  });

  it('records no order book reference when it is left blank', () => {
    expect(accepted(decideDraft(receiptDraft({ orderBookRef: ' ' }), openedContext())).body).not.toHaveProperty('orderBookRef');
  });

  it.each([
    ['supplier.name', 'nom du fournisseur'],
    ['supplier.address', 'adresse du fournisseur'],
    ['supplier.profession', 'qualité du fournisseur'],
    ['deliveryRef', 'référence du bon de livraison'],
    ['lot', 'numéro de lot'],
    ['expiry', 'date de péremption'],
  ])('refuses a receipt without %s', (field, label) => {
    expect(refusal(decideDraft(omit(receiptDraft(), field), openedContext()))).toEqual({ code: 'field.required', field, params: { label } });
  });

  it('refuses a receipt without a supplier at all, on its name first', () => {
    expect(refusal(decideDraft(omit(receiptDraft(), 'supplier'), openedContext()))).toMatchObject({ code: 'field.required', field: 'supplier.name' });
  });

  it.each(['06/2028', '2028-6', '2028-13', '2028-00', '2028-06-30'])('refuses the expiry %j, which is not a month YYYY-MM', (expiry) => {
    expect(refusal(decideDraft(receiptDraft({ expiry }), openedContext()))).toEqual({ code: 'receipt.expiryMalformed', field: 'expiry' });
  });

  it('refuses a lot that expired before the month of the receipt', () => {
    expect(refusal(decideDraft(on('2026-03-02', receiptDraft({ expiry: '2026-02' })), openedContext()))).toEqual({
      code: 'receipt.expired',
      field: 'expiry',
    });
  });

  it('accepts a lot that expires in the month of the receipt', () => {
    expect(accepted(decideDraft(on('2026-03-02', receiptDraft({ expiry: '2026-03' })), openedContext())).body).toMatchObject({ expiry: '2026-03' });
  });

  it('judges the expiry on the day of the receipt, not today, so a taken-over history keeps its old lots', () => {
    const context = openedContext({ openedOn: '2025-01-02' });
    expect(accepted(decideDraft(on('2025-12-10', receiptDraft({ expiry: '2026-01' })), context)).body).toMatchObject({ expiry: '2026-01' });
  });
});

describe('validateDraft: patient return (into quarantine)', () => {
  it('records who brought the units back, and a comment when there is one, trimmed', () => {
    const draft = patientReturnDraft({ returnedBy: ' Famille Dupont ', comment: ' boîte entamée ' });
    expect(accepted(decideDraft(draft, contextFor('patient.return'))).body).toEqual({
      type: 'patient.return',
      productId: 'P2',
      quantity: units(6),
      returnedBy: 'Famille Dupont',
      comment: 'boîte entamée',
    });
  });

  it('records no comment when it is left blank', () => {
    expect(accepted(decideDraft(patientReturnDraft({ comment: '  ' }), contextFor('patient.return'))).body).not.toHaveProperty('comment');
  });

  it('refuses a return that does not say who brought it back', () => {
    expect(refusal(decideDraft(omit(patientReturnDraft(), 'returnedBy'), contextFor('patient.return')))).toEqual({
      code: 'field.required',
      field: 'returnedBy',
      params: { label: 'rapporté par' },
    });
  });
});

describe('validateDraft: a GS1 scan typed into a text field', () => {
  it('refuses a lot that holds the GS separator of a DataMatrix, whatever door the draft came by', () => {
    const draft = receiptDraft({ lot: '10M1187\u001d17270331' });
    expect(refusal(decideDraft(draft, openedContext()))).toEqual({ code: 'field.scannerSeparator', field: 'lot', params: { label: 'numéro de lot' } });
  });

  it('refuses a control character in the supplier’s name', () => {
    const draft = receiptDraft({ supplier: { ...SUPPLIER, name: 'Répartiteur\u0007 Ouest' } });
    expect(refusal(decideDraft(draft, openedContext()))).toMatchObject({ code: 'field.controlCharacter', field: 'supplier.name' });
  });
});
