// The facts appendEvent gathers inside its transaction: who may validate, what a product
// has become, the quarantine compartment, the establishment as it stands now.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { appendEvent } from '../../../renderer/db/append-event';
import { openRegisterDatabase, type RegisterDatabase } from '../../../renderer/db/database';
import { findProduct, listProducts, listValidators, productStock, readIdentity } from '../../../renderer/db/queries';
import type { Draft } from '../../../shared/register/validate';
import { balanceAfter, EMPTY_STOCK } from '../../../shared/stock/movements';
import { dispensationDraft, ESTABLISHMENT, HOLDER, MORPHINE, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { trackedDatabase, uniqueDatabaseName } from '../../fixtures/database';
import { accepted, refusal } from '../../fixtures/result';

const NOW = new Date(2026, 2, 10, 12, 0);
const ADJOINT = { name: 'Paul Léger', orderNumber: '10009876543', role: 'Pharmacien adjoint' };

async function record(db: RegisterDatabase, ...drafts: Draft[]) {
  const events = [];
  for (const draft of drafts) events.push(accepted(await appendEvent(db, draft, NOW)));
  return events;
}

/** Opened on 5 January, Morphine defined as P2, 30 received. */
async function openedRegister() {
  const db = trackedDatabase();
  await record(db, on('2026-01-05', openingDraft()), on('2026-01-05', productDraft()), on('2026-01-15', receiptDraft({ quantity: units(30) })));
  return db;
}

describe('people who may validate', () => {
  it('records the authorised person as the validator of what they record, and refuses them once revoked', async () => {
    const db = await openedRegister();
    await record(db, { operationDate: '2026-03-01', body: { type: 'validator.authorized', person: ADJOINT } });
    expect(await listValidators(db)).toEqual([{ ...HOLDER, role: 'Titulaire' }, ADJOINT]);

    const [dispensation] = await record(db, { ...dispensationDraft({ quantity: units(2) }), validatedBy: ADJOINT.orderNumber });
    expect(dispensation?.validatedBy).toEqual({ name: ADJOINT.name, orderNumber: ADJOINT.orderNumber });

    await record(db, { operationDate: '2026-03-02', body: { type: 'validator.revoked', person: { name: ADJOINT.name, orderNumber: ADJOINT.orderNumber } } });
    expect(await listValidators(db)).toEqual([{ ...HOLDER, role: 'Titulaire' }]);
    const refused = await appendEvent(db, { ...dispensationDraft({ quantity: units(2) }), validatedBy: ADJOINT.orderNumber }, NOW);
    expect(refusal(refused)).toMatchObject({ code: 'validator.notAuthorized', field: 'validatedBy' });
    expect(await db.events.count()).toBe(6);
  });
});

describe('products as their changes leave them', () => {
  it('refuses any movement of a deactivated product, and accepts them again once reactivated', async () => {
    const db = await openedRegister();
    await record(db, { operationDate: '2026-03-01', body: { type: 'product.changed', productId: 'P2', product: MORPHINE, active: false } });
    expect(await listProducts(db)).toMatchObject([{ productId: 'P2', active: false }]);
    expect(refusal(await appendEvent(db, dispensationDraft(), NOW))).toMatchObject({ code: 'product.inactive', field: 'productId' });

    await record(db, {
      operationDate: '2026-03-02',
      body: { type: 'product.changed', productId: 'P2', product: { ...MORPHINE, designation: 'Morphine LP 10' }, active: true },
    });
    expect((await findProduct(db, 'P2'))?.definition.designation).toBe('Morphine LP 10');
    await record(db, dispensationDraft({ quantity: units(1) }));
  });

  it('locks the unit of a product that has moved, not of one that has not', async () => {
    const db = await openedRegister();
    const change = (productId: string): Draft => ({
      operationDate: '2026-03-01',
      body: { type: 'product.changed', productId, product: { ...MORPHINE, unit: 'mg' }, active: true },
    });
    expect(refusal(await appendEvent(db, change('P2'), NOW))).toMatchObject({ code: 'product.unitLocked', field: 'unit' });
    await record(db, on('2026-03-01', productDraft({ designation: 'Oxycodone 5 mg' })));
    const [changed] = await record(db, change('P4'));
    expect(changed).toMatchObject({ type: 'product.changed', productId: 'P4' });
  });
});

describe('the quarantine compartment', () => {
  it('counts a patient return in the balance but never in what can be dispensed', async () => {
    const db = await openedRegister();
    await record(db, { operationDate: '2026-03-01', body: { type: 'patient.return', productId: 'P2', quantity: units(5), returnedBy: 'Famille Dupont' } });
    expect(await productStock(db, 'P2')).toEqual({ total: units(35), quarantine: units(5) });
    expect(refusal(await appendEvent(db, dispensationDraft({ quantity: units(31) }), NOW))).toMatchObject({
      code: 'stock.insufficient',
      params: { available: '30', requested: '31' },
    });
    const returned: Draft = {
      operationDate: '2026-03-02',
      body: {
        type: 'supplier.return',
        productId: 'P2',
        quantity: units(5),
        compartment: 'quarantine',
        supplier: { name: 'Répartiteur Ouest', address: 'Caudan' },
        reason: 'Reprise pour destruction',
      },
    };
    await record(db, returned);
    expect(await productStock(db, 'P2')).toEqual({ total: units(30), quarantine: units(0) });
  });

  it('reverses a patient return out of quarantine when it is corrected', async () => {
    const db = await openedRegister();
    const [patientReturn] = await record(db, {
      operationDate: '2026-03-01',
      body: { type: 'patient.return', productId: 'P2', quantity: units(5), returnedBy: 'Famille Dupont' },
    });
    const [correction] = await record(db, {
      operationDate: '2026-03-01',
      body: { type: 'correction', corrects: patientReturn!.seq, reason: 'doublon', comment: 'Saisi deux fois' },
    });
    expect(correction).toMatchObject({ reverses: 'entry', compartment: 'quarantine', quantity: units(5) });
    expect(await productStock(db, 'P2')).toEqual({ total: units(30), quarantine: units(0) });
    const again = await appendEvent(
      db,
      { operationDate: '2026-03-01', body: { type: 'correction', corrects: patientReturn!.seq, reason: 'doublon', comment: 'Encore' } },
      NOW,
    );
    expect(refusal(again)).toMatchObject({ code: 'correction.alreadyCorrected', params: { by: String(correction!.seq) } });
  });
});

describe('balances carried over from a previous register', () => {
  it('takes one per compartment before any other movement, and refuses a second or a late one', async () => {
    const db = trackedDatabase();
    await record(db, on('2026-01-05', openingDraft()), on('2026-01-05', productDraft()));
    const carried = (compartment: 'dispensable' | 'quarantine', quantity: number): Draft => ({
      operationDate: '2026-01-05',
      body: { type: 'opening.balance', productId: 'P2', quantity: units(quantity), compartment, source: 'Registre papier n° 3, folio 112' },
    });
    await record(db, carried('dispensable', 40), carried('quarantine', 3));
    expect(await productStock(db, 'P2')).toEqual({ total: units(43), quarantine: units(3) });
    expect(refusal(await appendEvent(db, carried('quarantine', 1), NOW))).toMatchObject({ code: 'opening.duplicate', field: 'compartment' });
    await record(db, on('2026-01-15', receiptDraft()));
    expect(refusal(await appendEvent(db, carried('dispensable', 1), NOW))).toMatchObject({ code: 'opening.afterMovements', field: 'productId' });
    expect(await db.events.count()).toBe(5);
  });
});

describe('the establishment and the opening day', () => {
  it('reads the latest name and address, keeping the kind and the holder of the opening', async () => {
    const db = await openedRegister();
    await record(db, {
      operationDate: '2026-03-01',
      body: { type: 'establishment.changed', establishment: { name: 'Pharmacie du Port', address: '3 quai des Indes, 56100 Lorient' } },
    });
    expect(await readIdentity(db)).toEqual({
      registerId: 'REG-2026-001',
      establishment: { name: 'Pharmacie du Port', address: '3 quai des Indes, 56100 Lorient', kind: ESTABLISHMENT.kind },
      holder: HOLDER,
      openedOn: '2026-01-05',
    });
  });

  it('refuses an operation dated before the register was opened', async () => {
    const db = await openedRegister();
    expect(refusal(await appendEvent(db, on('2026-01-04', receiptDraft()), NOW))).toMatchObject({
      code: 'date.beforeOpening',
      params: { openedOn: '2026-01-05' },
    });
  });
});

describe('database version 2', () => {
  it('opens a version 1 database and gives its monthly totals zero quarantine', async () => {
    const name = uniqueDatabaseName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ events: 'seq, type, [productId+seq]', monthlyTotals: '[productId+month], productId' });
    await v1.table('monthlyTotals').add({ productId: 'P2', month: '2026-01', entries: 30_000, exits: 12_000 });
    v1.close();

    const db = openRegisterDatabase(name);
    try {
      expect(await db.monthlyTotals.toArray()).toEqual([
        { productId: 'P2', month: '2026-01', entries: 30_000, exits: 12_000, quarantineEntries: 0, quarantineExits: 0 },
      ]);
      const [month] = await db.monthlyTotals.toArray();
      expect(month && balanceAfter(EMPTY_STOCK, month)).toEqual({ total: 18_000, quarantine: 0 });
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
