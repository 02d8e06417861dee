// A register that records every kind of event a person can validate, in an order the
// rules accept: an officine from its opening to its definitive closure after a cession,
// and a veterinary practice for the two movements only it records. Order numbers are
// fixed by the order, so that the same drafts can be recorded one by one or as one act.
import type { EventType } from '../../../shared/register/events';
import type { Draft } from '../../../shared/register/validate';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import {
  COLLEAGUE,
  openingBalanceDraft,
  patientReturnDraft,
  preparationUseDraft,
  quarantineMoveDraft,
  supplierReturnDraft,
  theftDraft,
  vetAdministrationDraft,
  vetDispensingDraft,
} from '../../shared/register/drafts';

/**
 * Every kind of event a person validates; the compiler refuses this list if a kind is
 * added to the register and not here. The register writes `clock.setBack` by itself, in
 * front of a draft validated while the clock is behind: clock-set-back.test.ts sends it
 * through the same door. It records `signingKey.recorded` by itself too, in front of the
 * first closure a workstation signs: test/shared/signature/signed-closures.test.ts.
 */
export const EVERY_TYPE: Record<Exclude<EventType, 'clock.setBack' | 'signingKey.recorded'>, true> = {
  'register.opened': true,
  'establishment.changed': true,
  'validator.authorized': true,
  'validator.revoked': true,
  'product.defined': true,
  'product.changed': true,
  'opening.balance': true,
  receipt: true,
  'patient.return': true,
  dispensation: true,
  'vet.administration': true,
  'vet.dispensing': true,
  'preparation.use': true,
  'supplier.return': true,
  theft: true,
  'quarantine.moved': true,
  correction: true,
  'inventory.taken': true,
  'inventory.adjustment': true,
  'destruction.planned': true,
  'destruction.certified': true,
  destruction: true,
  'destruction.copySent': true,
  'destruction.cancelled': true,
  'month.closed': true,
  'edition.produced': true,
  'holder.changed': true,
  'register.closed': true,
};

/** The machine's clock for every draft: 10 April 2026, so that March can be closed. */
export const NOW = new Date(2026, 3, 10, 18, 0);

const WITNESS = { name: 'Dr Hélène Kerjean', orderNumber: '10004455667', council: 'Conseil régional de l’Ordre des pharmaciens de Bretagne' };
export const BUYER = { name: 'Yann Le Floch', orderNumber: '10007654321' };

function draft(operationDate: string, body: unknown): Draft {
  return { operationDate, body: body as Draft['body'] };
}

/**
 * P2 morphine: 40 carried over + 30 received (lot L4521), 12 dispensed then corrected,
 * 3 used, 5 returned to the supplier, 4 stolen; 6 brought back and 5 of L4521 set aside,
 * all 11 destroyed; 53 left, counted 0 at the contradictory inventory of the cession.
 */
export function officineDrafts(): Draft[] {
  return [
    on('2026-03-02', openingDraft()), // 1
    on('2026-03-02', productDraft()), // 2: P2
    draft('2026-03-02', {
      type: 'product.changed',
      productId: 'P2',
      product: { ...(productDraft().body as { product: object }).product, strength: '10 mg LP' },
      active: true,
    }), // 3
    draft('2026-03-02', { type: 'establishment.changed', establishment: { name: 'Pharmacie du Port', address: '1 quai des Indes, 56100 Lorient' } }), // 4
    draft('2026-03-02', { type: 'validator.authorized', person: { ...COLLEAGUE } }), // 5
    draft('2026-03-02', { type: 'validator.revoked', person: { name: COLLEAGUE.name, orderNumber: COLLEAGUE.orderNumber } }), // 6
    on('2026-03-02', openingBalanceDraft({ productId: 'P2', quantity: units(40) })), // 7
    on('2026-03-03', receiptDraft({ productId: 'P2', quantity: units(30), lot: 'L4521' })), // 8
    on('2026-03-03', patientReturnDraft({ productId: 'P2', quantity: units(6) })), // 9
    on('2026-03-04', dispensationDraft({ productId: 'P2', quantity: units(12) })), // 10
    on('2026-03-04', preparationUseDraft({ productId: 'P2', quantity: units(3) })), // 11
    on('2026-03-04', supplierReturnDraft({ productId: 'P2', quantity: units(5) })), // 12
    on('2026-03-04', theftDraft({ productId: 'P2', quantity: units(4) })), // 13
    on('2026-03-05', quarantineMoveDraft({ productId: 'P2', quantity: units(5), lot: 'L4521' })), // 14
    draft('2026-03-05', { type: 'correction', corrects: 10, reason: 'quantite', comment: 'Délivrance annulée' }), // 15
    draft('2026-03-06', {
      type: 'destruction.planned',
      plannedDate: '2026-03-12',
      witness: WITNESS,
      inspector: 'ARS Bretagne',
      items: [{ productId: 'P2', lot: 'L4521', quantity: units(5) }],
    }), // 16: PV-2026-001
    draft('2026-03-07', { type: 'destruction.cancelled', dossier: 'PV-2026-001', reason: 'Témoin indisponible' }), // 17
    draft('2026-03-08', {
      type: 'destruction.planned',
      plannedDate: '2026-03-12',
      witness: WITNESS,
      inspector: 'ARS Bretagne',
      items: [
        { productId: 'P2', lot: 'L4521', quantity: units(5) },
        { productId: 'P2', quantity: units(6) },
      ],
    }), // 18: PV-2026-002
    draft('2026-03-12', { type: 'destruction.certified', dossier: 'PV-2026-002', method: 'Dissolution puis gélifiant' }), // 19
    draft('2026-03-12', { type: 'destruction', dossier: 'PV-2026-002', productId: 'P2', lot: 'L4521' }), // 20
    draft('2026-03-12', { type: 'destruction', dossier: 'PV-2026-002', productId: 'P2' }), // 21
    draft('2026-03-13', { type: 'destruction.copySent', dossier: 'PV-2026-002' }), // 22
    draft('2026-03-30', {
      type: 'inventory.taken',
      lines: [
        { productId: 'P2', compartment: 'dispensable', counted: 0, method: 'count', reason: 'Stock remis au repreneur hors registre' },
        { productId: 'P2', compartment: 'quarantine', counted: 0, method: 'count' },
      ],
      countedBy: 'Claire Martin, Yann Le Floch',
      counterParty: BUYER,
    }), // 23
    draft('2026-03-30', { type: 'inventory.adjustment', inventory: 23, productId: 'P2', compartment: 'dispensable' }), // 24
    draft('2026-03-31', { type: 'month.closed', month: '2026-03' }), // 25
    draft('2026-04-01', {
      type: 'edition.produced',
      edition: 'transfer-inventory',
      inventory: 23,
      from: '2026-03-30',
      to: '2026-03-30',
      fileName: '2026-03-30_inventaire-cession_20260401-1000.pdf',
      sha256: 'a'.repeat(64),
      size: 1,
    }), // 26
    draft('2026-04-02', { type: 'holder.changed', holder: BUYER, inventory: 23 }), // 27
    draft('2026-04-03', { type: 'register.closed', reason: 'Cessation d’activité', depositedWith: { authority: 'ARS', address: 'ARS Bretagne' } }), // 28
  ];
}

/** A veterinary practice: ketamine received, administered, dispensed to a keeper. */
export function veterinaryDrafts(): Draft[] {
  return [
    on(
      '2026-03-02',
      openingDraft({
        registerId: 'REG-2026-VET',
        establishment: { name: 'Clinique vétérinaire du Blavet', address: '9 quai du Blavet, 56700 Hennebont', kind: 'veterinaire' },
      }),
    ),
    on('2026-03-02', productDraft({ designation: 'Kétamine 100 mg/mL', form: 'solution injectable', strength: '100 mg/mL', unit: 'mL', perBox: units(10) })),
    on('2026-03-03', receiptDraft({ productId: 'P2', quantity: units(50) })),
    on('2026-03-04', vetAdministrationDraft({ productId: 'P2', quantity: units(2) })),
    on('2026-03-04', vetDispensingDraft({ productId: 'P2', quantity: units(10) })),
  ];
}
